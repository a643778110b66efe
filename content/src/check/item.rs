//! The one skeleton every loader stands on: a reader for one table of a data file that turns
//! each value into its type, or into a message with the file, the line and the field.

use std::collections::BTreeSet;
use std::ops::{Range, RangeInclusive};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::renames::Kind;
use super::report::{Check, Doc};
use super::rules::{bad_choice, choose, sentence_count};
use crate::date::Date;
use crate::ids::{SourceId, is_slug};

type Value<'c, 'a> = &'c Spanned<DeValue<'a>>;

/// Pieces of text from a list, each with where it is.
pub type Texts<'a> = Vec<(&'a str, Range<usize>)>;

/// One table of a data file, read key by key. Every key read is known; `finish` reports the
/// rest, so a misspelt field is one message, not also "missing" for the field it meant.
pub struct Item<'c, 'a> {
    check: &'c mut Check<'a>,
    doc: &'c Doc<'a>,
    table: &'c DeTable<'a>,
    span: Range<usize>,
    /// How messages name this table: `point[7]`, `explainer`, or empty for the file's top.
    pub label: String,
    asked: Vec<&'static str>,
    missing: Vec<&'static str>,
}

impl<'c, 'a> Item<'c, 'a> {
    pub(super) fn new(
        check: &'c mut Check<'a>,
        doc: &'c Doc<'a>,
        table: &'c DeTable<'a>,
        span: Range<usize>,
        label: String,
    ) -> Self {
        Item { check, doc, table, span, label, asked: Vec::new(), missing: Vec::new() }
    }

    /// The dotted name of `key` in this table, for messages.
    pub fn field(&self, key: &str) -> String {
        if self.label.is_empty() { key.to_owned() } else { format!("{}.{key}", self.label) }
    }

    pub fn list<T: Copy>(&self, items: impl IntoIterator<Item = T, IntoIter: ExactSizeIterator>) -> &'a [T] {
        self.check.list(items)
    }

    /// Where `key`'s value is, or the table itself when it has none.
    pub fn span_of(&self, key: &str) -> Range<usize> {
        self.table.get(key).map_or_else(|| self.span.clone(), Spanned::span)
    }

    /// A problem with the value of `key` (or with the table, where `key` is absent).
    pub fn error(&mut self, key: &str, message: impl Into<String>) {
        self.error_at(self.span_of(key), key, message);
    }

    pub fn error_at(&mut self, span: Range<usize>, key: &str, message: impl Into<String>) -> usize {
        let field = self.field(key);
        self.check.error(self.doc, span, field, message)
    }

    /// A required id of `kind`, defined here: a slug, each once in its file (`seen`); with the
    /// place of the message that says it is defined a second time, for [`Self::define`].
    pub fn id_slug(&mut self, kind: Kind, key: &'static str, seen: &mut BTreeSet<&'a str>) -> (&'a str, Option<usize>) {
        self.unique_slug(key, seen, kind.noun())
    }

    /// Marks `id`, the value of `key`, as where an id of `kind` is defined (a second time if
    /// `duplicate` is the message that says so).
    pub fn define(&mut self, kind: Kind, key: &str, id: &'a str, duplicate: Option<usize>) {
        let at = self.doc.at(self.span_of(key), self.field(key));
        self.check.ids.define(kind, id, at);
        if let Some(error) = duplicate {
            self.check.ids.duplicate(kind, error);
        }
    }

    /// Marks a use of an id of `kind` at `span`, reporting `unknown` if it names nothing;
    /// returns that message's place.
    pub fn refer(
        &mut self,
        kind: Kind,
        id: &'a str,
        span: Range<usize>,
        key: &str,
        unknown: Option<String>,
    ) -> Option<usize> {
        let error = unknown.map(|message| self.error_at(span, key, message));
        self.check.ids.used(kind, id, error);
        error
    }

    /// The value of an optional key.
    pub fn value(&mut self, key: &'static str) -> Option<Value<'c, 'a>> {
        self.asked.push(key);
        self.table.get(key)
    }

    /// The value of a required key; its absence is reported by `finish`.
    pub fn required(&mut self, key: &'static str) -> Option<Value<'c, 'a>> {
        let value = self.value(key);
        if value.is_none() {
            self.missing.push(key);
        }
        value
    }

    /// `value` as `T`, or a message saying what it must be.
    fn typed<T>(
        &mut self,
        key: &str,
        value: Value<'c, 'a>,
        get: impl FnOnce(&'c DeValue<'a>) -> Option<T>,
        must: &str,
    ) -> Option<T> {
        let typed = get(value.get_ref());
        if typed.is_none() {
            self.error_at(value.span(), key, format!("must be {must}"));
        }
        typed
    }

    /// Text as written, trimmed of the whitespace multi-line strings leave, borrowed from the
    /// file or copied into the arena where TOML unescaped it.
    pub fn string(&mut self, key: &str, value: Value<'c, 'a>) -> Option<&'a str> {
        let arena = self.check.arena;
        let text = |v: &'c DeValue<'a>| match v {
            DeValue::String(std::borrow::Cow::Borrowed(text)) => Some(text.trim()),
            DeValue::String(std::borrow::Cow::Owned(text)) => Some(&*arena.alloc_str(text.trim())),
            _ => None,
        };
        self.typed(key, value, text, "text in quotes")
    }

    /// Required, non-empty text.
    pub fn text(&mut self, key: &'static str) -> &'a str {
        let Some(value) = self.required(key) else { return "" };
        self.nonempty(key, value).unwrap_or_default()
    }

    pub fn optional_text(&mut self, key: &'static str) -> Option<&'a str> {
        let value = self.value(key)?;
        self.nonempty(key, value)
    }

    fn nonempty(&mut self, key: &str, value: Value<'c, 'a>) -> Option<&'a str> {
        let text = self.string(key, value)?;
        if text.is_empty() {
            self.error_at(value.span(), key, "must not be empty");
        }
        Some(text)
    }

    /// Required text of `range` sentences.
    pub fn sentences(&mut self, key: &'static str, range: RangeInclusive<usize>) -> &'a str {
        let text = self.text(key);
        let count = sentence_count(text);
        if !text.is_empty() && !range.contains(&count) {
            let message = format!("has {count} sentence(s); write {} to {}", range.start(), range.end());
            self.error(key, message);
        }
        text
    }

    pub fn integer(&mut self, key: &'static str) -> Option<i64> {
        let value = self.required(key)?;
        self.whole_number(key, value)
    }

    pub fn whole_number(&mut self, key: &str, value: Value<'c, 'a>) -> Option<i64> {
        let number = |v: &DeValue<'_>| v.as_integer().and_then(|n| i64::from_str_radix(n.as_str(), n.radix()).ok());
        self.typed(key, value, number, "a whole number")
    }

    /// An optional count a chart draws, which must appear in `shown`, the value as printed
    /// ("about 1,481" for 1481), so that the picture cannot say other than the words.
    pub fn amount(&mut self, key: &'static str, shown: &str) -> Option<u32> {
        let value = self.value(key)?;
        let number = self.whole_number(key, value)?;
        let Ok(amount) = u32::try_from(number) else {
            self.error_at(value.span(), key, "must be a count of 0 or more");
            return None;
        };
        let digits: String = shown.chars().filter(|c| *c != ',').collect();
        let printed = digits.split(|c: char| !c.is_ascii_digit()).any(|run| run == amount.to_string());
        if !printed {
            self.error_at(value.span(), key, format!("{amount} is not the number in value = \"{shown}\""));
        }
        Some(amount)
    }

    pub fn flag(&mut self, key: &'static str) -> Option<bool> {
        let value = self.value(key)?;
        self.typed(key, value, DeValue::as_bool, "true or false")
    }

    /// A required calendar date with no time; `None` once its problem is reported, so that no
    /// other check compares against a date that is not there.
    pub fn date(&mut self, key: &'static str) -> Option<Date> {
        let value = self.required(key)?;
        self.date_value(key, value)
    }

    pub fn optional_date(&mut self, key: &'static str) -> Option<Date> {
        let value = self.value(key)?;
        self.date_value(key, value)
    }

    fn date_value(&mut self, key: &str, value: Value<'c, 'a>) -> Option<Date> {
        let date = |v: &DeValue<'_>| match v.as_datetime() {
            Some(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.and_then(|d| Date::new(d.year, d.month, d.day))
            }
            _ => None,
        };
        self.typed(key, value, date, "a date like 2025-09-29, with no time")
    }

    /// A required date no later than the explainer's as-of date (when that is known).
    pub fn dated(&mut self, key: &'static str, as_of: Option<Date>) -> Option<Date> {
        let date = self.date(key)?;
        if let Some(latest) = as_of.filter(|latest| date > *latest) {
            self.error(
                key,
                format!(
                    "{date} is after the explainer's as-of date ({latest}) in data/meta.toml",
                    date = date.iso(),
                    latest = latest.iso()
                ),
            );
        }
        Some(date)
    }

    /// The day sources were searched: no later than the explainer's last update (when known),
    /// as a search can postdate the newest fact it found.
    pub fn searched_on(&mut self, key: &'static str, updated: Option<Date>) -> Option<Date> {
        let date = self.date(key)?;
        if let Some(latest) = updated.filter(|latest| date > *latest) {
            self.error(
                key,
                format!(
                    "{date} is after the explainer's last update ({latest}) in data/meta.toml",
                    date = date.iso(),
                    latest = latest.iso()
                ),
            );
        }
        Some(date)
    }

    /// Source ids: at least one, each in `data/sources.toml` (unchecked when that file did not
    /// parse, so one typo there is not echoed by every claim).
    pub fn sources(&mut self, key: &'static str, known: Option<&BTreeSet<&'a str>>) -> &'a [SourceId<'a>] {
        let Some((span, ids)) = self.strings(key) else { return &[] };
        if ids.is_empty() {
            self.error_at(span, key, "needs at least one source id: no source, no claim");
        }
        for (id, span) in &ids {
            let unknown = known.is_some_and(|known| !known.contains(id));
            let message = unknown.then(|| format!("unknown source id \"{id}\" (not in data/sources.toml)"));
            self.refer(Kind::Source, id, span.clone(), key, message);
        }
        self.list(ids.into_iter().map(|(id, _)| SourceId::baked(id)))
    }

    /// A required list of text, each with where it is.
    pub fn strings(&mut self, key: &'static str) -> Option<(Range<usize>, Texts<'a>)> {
        let value = self.required(key)?;
        self.strings_of(key, value)
    }

    /// An optional list of text (empty where absent), each with where it is.
    pub fn optional_strings(&mut self, key: &'static str) -> Texts<'a> {
        let value = self.value(key);
        value.and_then(|value| self.strings_of(key, value)).map(|(_, strings)| strings).unwrap_or_default()
    }

    fn strings_of(&mut self, key: &str, value: Value<'c, 'a>) -> Option<(Range<usize>, Texts<'a>)> {
        let items = self.array_of(key, value)?;
        let strings = items.iter().filter_map(|item| Some((self.string(key, item)?, item.span()))).collect();
        Some((value.span(), strings))
    }

    /// The items of a required list, each with where it is.
    pub fn array(&mut self, key: &'static str) -> Option<(Range<usize>, &'c [Spanned<DeValue<'a>>])> {
        let value = self.required(key)?;
        Some((value.span(), self.array_of(key, value)?))
    }

    fn array_of(&mut self, key: &str, value: Value<'c, 'a>) -> Option<&'c [Spanned<DeValue<'a>>]> {
        self.typed(key, value, |v| v.as_array().map(|a| &a[..]), "a list in square brackets")
    }

    /// One of a fixed vocabulary, by its slug; `noun` names it in the message.
    pub fn choice<T: Copy>(
        &mut self,
        key: &'static str,
        all: &[T],
        slug: fn(T) -> &'static str,
        noun: &str,
    ) -> Option<T> {
        let value = self.required(key)?;
        let text = self.string(key, value)?;
        let found = choose(all, slug, text);
        if found.is_none() {
            self.error_at(value.span(), key, bad_choice(noun, text, all, slug));
        }
        found
    }

    /// A required id: a slug, each once in its file (`seen`); `noun` names it in messages.
    pub fn slug(&mut self, key: &'static str, seen: &mut BTreeSet<&'a str>, noun: &str) -> &'a str {
        self.unique_slug(key, seen, noun).0
    }

    /// [`Self::slug`], with the place of the message that says it is a duplicate.
    fn unique_slug(&mut self, key: &'static str, seen: &mut BTreeSet<&'a str>, noun: &str) -> (&'a str, Option<usize>) {
        let Some(value) = self.required(key) else { return ("", None) };
        let Some(slug) = self.string(key, value) else { return ("", None) };
        if !is_slug(slug) {
            let message = format!("\"{slug}\" must use only lowercase letters, digits and hyphens");
            self.error_at(value.span(), key, message);
        } else if !seen.insert(slug) {
            return (slug, Some(self.error_at(value.span(), key, format!("duplicate {noun} \"{slug}\""))));
        }
        (slug, None)
    }

    /// Every `[[key]]` table below this one (none if absent), each read with `read`.
    pub fn tables<T>(&mut self, key: &'static str, mut read: impl FnMut(&mut Item<'_, 'a>) -> T) -> Vec<T> {
        let Some(value) = self.value(key) else { return Vec::new() };
        let Some(items) = self.typed(key, value, |v| v.as_array(), &format!("[[{key}]] tables")) else {
            return Vec::new();
        };
        let label = self.field(key);
        let mut read_one = |item: Value<'c, 'a>| {
            let table = self.typed(key, item, DeValue::as_table, &format!("[[{key}]] tables"))?;
            let mut child = Item::new(self.check, self.doc, table, item.span(), label.clone());
            let value = read(&mut child);
            child.finish();
            Some(value)
        };
        items.iter().filter_map(&mut read_one).collect()
    }

    /// The `[key]` table below this one, read with `read`; `None` (reported) if absent.
    pub fn table<T>(&mut self, key: &'static str, read: impl FnOnce(&mut Item<'_, 'a>) -> T) -> Option<T> {
        let value = self.required(key)?;
        let table = self.typed(key, value, DeValue::as_table, &format!("a [{key}] table"))?;
        let label = self.field(key);
        let mut child = Item::new(self.check, self.doc, table, value.span(), label);
        let value = read(&mut child);
        child.finish();
        Some(value)
    }

    /// Reports keys nobody read and, unless one of them is the culprit, keys that are missing.
    pub(super) fn finish(self) {
        let mut unknown: Vec<_> =
            self.table.iter().filter(|(key, _)| !self.asked.contains(&key.get_ref().as_ref())).collect();
        unknown.sort_by_key(|(key, _)| key.span().start);
        let missing: Vec<String> = self.missing.iter().map(|key| format!("`{key}`")).collect();
        for (key, _) in &unknown {
            let hint = if missing.is_empty() {
                let known: Vec<String> = self.asked.iter().map(|key| format!("`{key}`")).collect();
                format!("expected one of {}", known.join(", "))
            } else {
                format!("is it {}, which is missing?", missing.join(" or "))
            };
            let message = format!("unknown field `{}`: {hint}", key.get_ref());
            self.check.error(self.doc, key.span(), key.get_ref().to_string(), message);
        }
        if unknown.is_empty() {
            for key in &self.missing {
                self.check.error(self.doc, self.span.clone(), self.field(key), "is missing");
            }
        }
    }
}
