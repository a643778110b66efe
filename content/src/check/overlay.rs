//! Another edition's words over the English data files. `data/ar/NAME.toml` holds the tables of
//! `data/NAME.toml` in the same order, each with its identifying key and its text fields only,
//! translated; the edition's file is the English one with each text value replaced by its
//! counterpart, so every check runs on it as on the English, and what is not words (ids, dates,
//! numbers, sources) is the English file's: shared, never copied per language. A text without
//! its counterpart, on either side, is a message with the file, the line and the field.

use std::fmt::Write as _;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::report::DataError;

/// Fields whose strings are not words: ids, keys, vocabularies, addresses.
const NOT_WORDS: [&str; 22] = [
    "id", "slug", "sources", "source", "party", "parties", "issue", "points", "phase", "topics", "status", "camp",
    "measure", "key", "figure", "draw", "views", "urls", "group", "view", "searched", "binds",
];

/// Fields each edition may give or not, as its own text needs: a glossary term's spellings to mark.
const PER_EDITION: [&str; 1] = ["forms"];

/// Fields that say which table a table is, when an array holds several: the same in both files.
const IDENTIFYING: [&str; 9] = ["number", "id", "slug", "issue", "party", "date", "key", "figure", "view"];

/// The English file `name` (`data/points.toml`, text `english`) with its words replaced by those of
/// `translated` (the file `translated_name`, `data/ar/points.toml`).
pub fn overlay(name: &str, english: &str, translated_name: &str, translated: &str) -> Result<String, Vec<DataError>> {
    let mut walk = Walk { name, english, translated_name, translated, errors: Vec::new(), swaps: Vec::new() };
    let (en, ar) = (parse(name, english)?, parse(translated_name, translated)?);
    walk.table("", en.get_ref(), ar.get_ref(), ar.span());
    if !walk.errors.is_empty() {
        return Err(walk.errors);
    }
    walk.swaps.sort_by_key(|(span, _)| span.start);
    let mut out = String::with_capacity(english.len() * 2);
    let mut done = 0;
    for (span, literal) in walk.swaps {
        out.push_str(&english[done..span.start]);
        out.push_str(&literal);
        done = span.end;
    }
    out.push_str(&english[done..]);
    Ok(out)
}

fn parse<'t>(file: &str, text: &'t str) -> Result<Spanned<DeTable<'t>>, Vec<DataError>> {
    DeTable::parse(text).map_err(|err| {
        let line = err.span().map(|span| line_of(text, span.start));
        vec![DataError { file: file.to_owned(), line, field: String::new(), message: err.message().trim().to_owned() }]
    })
}

struct Walk<'t> {
    name: &'t str,
    english: &'t str,
    translated_name: &'t str,
    translated: &'t str,
    errors: Vec<DataError>,
    /// Where each English text is, and the translation's TOML literal that replaces it.
    swaps: Vec<(Range<usize>, String)>,
}

impl Walk<'_> {
    fn missing(&mut self, span: Range<usize>, field: &str, what: &str) {
        let message = format!("{what} has no counterpart in {}", self.translated_name);
        let line = Some(line_of(self.english, span.start));
        self.errors.push(DataError { file: self.name.to_owned(), line, field: field.to_owned(), message });
    }

    fn extra(&mut self, span: Range<usize>, field: &str, message: String) {
        let line = Some(line_of(self.translated, span.start));
        self.errors.push(DataError { file: self.translated_name.to_owned(), line, field: field.to_owned(), message });
    }

    /// One table of each file, `path` naming it for messages (`point[7]`).
    fn table(&mut self, path: &str, en: &DeTable<'_>, ar: &DeTable<'_>, ar_span: Range<usize>) {
        let field = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
        for name in PER_EDITION {
            let theirs = ar.get(name).filter(|value| is_words(name, value.get_ref()));
            match (en.get_key_value(name), theirs) {
                (Some((_, mine)), Some(theirs)) => self.swaps.push((mine.span(), literal(theirs.get_ref()))),
                (Some((key, mine)), None) => self.swaps.push((key.span().start..mine.span().end, String::new())),
                (None, Some(theirs)) => {
                    // After the table's identifying key: TOML keeps a table's keys in any order.
                    let after = IDENTIFYING.iter().find_map(|key| en.get(*key)).map(|value| value.span().end);
                    if let Some(at) = after {
                        self.swaps.push((at..at, format!("\n{name} = {}", literal(theirs.get_ref()))));
                    }
                }
                (None, None) => {}
            }
        }
        for (key, value) in en {
            let key = key.get_ref().as_ref();
            if PER_EDITION.contains(&key) {
                continue;
            }
            let there = ar.get(key);
            match (value.get_ref(), there.map(Spanned::get_ref)) {
                (DeValue::Array(items), Some(DeValue::Array(theirs)))
                    if items.iter().any(|item| matches!(item.get_ref(), DeValue::Table(_))) =>
                {
                    self.tables(&field(key), items, theirs, there.map_or(ar_span.clone(), Spanned::span));
                }
                (DeValue::Array(items), None) if items.iter().any(|item| has_words(item.get_ref())) => {
                    self.missing(value.span(), &field(key), "this list of tables");
                }
                (DeValue::Table(inner), Some(DeValue::Table(theirs))) => {
                    let span = there.map_or(ar_span.clone(), Spanned::span);
                    self.table(&field(key), inner, theirs, span);
                }
                (DeValue::Table(inner), None) if inner.values().any(|value| has_words(value.get_ref())) => {
                    self.missing(value.span(), &field(key), "this table");
                }
                (english, theirs) if is_words(key, english) => match theirs.filter(|t| is_words(key, t)) {
                    Some(_) => {
                        let literal = literal(there.map(Spanned::get_ref).unwrap_or(english));
                        self.swaps.push((value.span(), literal));
                    }
                    None => self.missing(value.span(), &field(key), "this text"),
                },
                _ => {}
            }
        }
        for (key, value) in ar {
            let name = key.get_ref().as_ref();
            let english = en.get(name).map(Spanned::get_ref);
            let known = match english {
                Some(english) => is_words(name, english) || matches!(english, DeValue::Table(_) | DeValue::Array(_)),
                None => false,
            } || (IDENTIFYING.contains(&name) && english.is_some())
                || PER_EDITION.contains(&name);
            if !known {
                let message =
                    format!("`{name}` is no text of the English file's table: translate only its text fields");
                self.extra(key.span().start..value.span().end, &field(name), message);
            }
        }
    }

    /// The tables of one array in each file: the same number, in the same order, each the same
    /// table by its identifying keys.
    fn tables(&mut self, path: &str, en: &[Spanned<DeValue<'_>>], ar: &[Spanned<DeValue<'_>>], ar_span: Range<usize>) {
        if en.len() != ar.len() {
            let message =
                format!("{} tables here, {} in {}: the same tables, in the same order", ar.len(), en.len(), self.name);
            self.extra(ar_span, path, message);
            return;
        }
        for (i, (mine, theirs)) in en.iter().zip(ar).enumerate() {
            let (DeValue::Table(mine), DeValue::Table(their_table)) = (mine.get_ref(), theirs.get_ref()) else {
                continue;
            };
            let label = identity(mine).map_or_else(|| format!("{path}[{}]", i + 1), |id| format!("{path}[{id}]"));
            let differs = IDENTIFYING.iter().find(|key| {
                let (a, b) = (mine.get(**key), their_table.get(**key));
                a.zip(b).is_some_and(|(a, b)| scalar(a.get_ref()) != scalar(b.get_ref()))
            });
            if let Some(key) = differs {
                let message = format!(
                    "`{key}` differs from the English table's at this place: the same tables, in the same order"
                );
                self.extra(theirs.span(), &label, message);
                continue;
            }
            self.table(&label, mine, their_table, theirs.span());
        }
    }
}

/// Whether a value of field `key` is words: a string, or a list of strings, of a field that holds text.
fn is_words(key: &str, value: &DeValue<'_>) -> bool {
    if NOT_WORDS.contains(&key) {
        return false;
    }
    match value {
        DeValue::String(_) => true,
        DeValue::Array(items) => {
            !items.is_empty() && items.iter().all(|item| matches!(item.get_ref(), DeValue::String(_)))
        }
        _ => false,
    }
}

/// Whether a table (or a list of them) holds any text field.
fn has_words(value: &DeValue<'_>) -> bool {
    match value {
        DeValue::Table(table) => {
            table.iter().any(|(key, value)| is_words(key.get_ref(), value.get_ref()) || has_words(value.get_ref()))
        }
        DeValue::Array(items) => items.iter().any(|item| has_words(item.get_ref())),
        _ => false,
    }
}

/// How messages name a table: its first identifying key's value.
fn identity(table: &DeTable<'_>) -> Option<String> {
    IDENTIFYING.iter().find_map(|key| table.get(*key).and_then(|value| scalar(value.get_ref())))
}

/// A string, number or date as text, for comparing identifying keys.
fn scalar(value: &DeValue<'_>) -> Option<String> {
    match value {
        DeValue::String(text) => Some(text.to_string()),
        DeValue::Integer(n) => Some(n.as_str().to_owned()),
        DeValue::Datetime(date) => Some(date.to_string()),
        _ => None,
    }
}

/// A string or a list of strings as a TOML literal.
fn literal(value: &DeValue<'_>) -> String {
    let string = |text: &str| {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => {
                    let _ = write!(out, "\\u{:04X}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    match value {
        DeValue::String(text) => string(text),
        DeValue::Array(items) => {
            let texts: Vec<String> = items.iter().filter_map(|item| item.get_ref().as_str()).map(string).collect();
            format!("[{}]", texts.join(", "))
        }
        _ => String::new(),
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}
