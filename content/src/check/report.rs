//! Where problems go: the parsed files, each problem with its file, line and field, and the
//! arena the checked values live in.

use std::fmt;
use std::ops::Range;

use bumpalo::Bump;
use toml::Spanned;
use toml::de::DeTable;

use super::item::Item;
use super::renames::Ids;

/// One problem in one data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based; `None` only when the file cannot be read at all.
    pub line: Option<usize>,
    /// Dotted path of the field, e.g. `point[7].sources`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: ", self.file)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.field.is_empty() {
            write!(f, "field `{}`: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

/// A data file, parsed once: every span any check reports comes from this tree.
pub struct Doc<'a> {
    pub name: &'static str,
    text: &'a str,
    /// `None` when the file did not parse; that error is the only one it gets.
    root: Option<Spanned<DeTable<'a>>>,
}

impl Doc<'_> {
    /// A message's place: the file, the line `span` starts on, and the field.
    pub fn at(&self, span: Range<usize>, field: impl Into<String>) -> DataError {
        let end = span.start.min(self.text.len());
        let line = self.text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1;
        DataError { file: self.name.to_owned(), line: Some(line), field: field.into(), message: String::new() }
    }
}

/// Where checked values live and where problems go, shared by every loader in file order.
pub struct Check<'a> {
    pub arena: &'a Bump,
    pub errors: Vec<DataError>,
    /// Where ids are defined and used, to fold what a mistyped definition causes.
    pub ids: Ids,
}

impl<'a> Check<'a> {
    pub fn new(arena: &'a Bump) -> Self {
        Check { arena, errors: Vec::new(), ids: Ids::default() }
    }

    /// Parses `text`, reporting a syntax or shape error at the parser's position.
    pub fn parse(&mut self, name: &'static str, text: &'a str) -> Doc<'a> {
        match DeTable::parse(text) {
            Ok(root) => Doc { name, text, root: Some(root) },
            Err(err) => {
                let doc = Doc { name, text, root: None };
                let message = err.message().trim();
                // The parser names the key in backticks ("unknown field `titel`"), or a token.
                let quoted = message.split('`').nth(1).unwrap_or_default();
                let is_key = quoted.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                let field = if is_key { quoted.to_owned() } else { String::new() };
                self.error(&doc, err.span().unwrap_or(0..0), field, message);
                doc
            }
        }
    }

    /// Reports a problem; returns its place among the messages.
    pub fn error(
        &mut self,
        doc: &Doc<'_>,
        span: Range<usize>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> usize {
        self.errors.push(DataError { message: message.into(), ..doc.at(span, field) });
        self.errors.len() - 1
    }

    /// Reads every `[[key]]` table of `doc` with `read`; `None` when the file did not parse.
    pub fn each<T>(
        &mut self,
        doc: &Doc<'a>,
        key: &'static str,
        read: impl FnMut(&mut Item<'_, 'a>) -> T,
    ) -> Option<Vec<T>> {
        self.root(doc, |root| root.tables(key, read))
    }

    /// Reads the top of `doc` with `read`; `None` when the file did not parse.
    pub fn root<T>(&mut self, doc: &Doc<'a>, read: impl FnOnce(&mut Item<'_, 'a>) -> T) -> Option<T> {
        let root = doc.root.as_ref()?;
        let mut item = Item::new(self, doc, root.get_ref(), root.span(), String::new());
        let value = read(&mut item);
        item.finish();
        Some(value)
    }

    pub fn list<T: Copy>(&self, items: impl IntoIterator<Item = T, IntoIter: ExactSizeIterator>) -> &'a [T] {
        self.arena.alloc_slice_fill_iter(items)
    }
}
