//! `data/sources.toml`: every source a claim may cite, by id.

use std::collections::BTreeSet;

use super::renames::Kind;
use super::report::{Check, Doc};
use crate::ids::SourceId;
use crate::model::Source;

/// `None` when the file does not parse: citations are then not checked.
pub(super) fn load<'a>(check: &mut Check<'a>, doc: &Doc<'a>) -> Option<Vec<Source<'a>>> {
    let mut seen = BTreeSet::new();
    let mut number = 0;
    check.each(doc, "source", |item| {
        number += 1;
        item.label = format!("source[{number}]");
        let (id, duplicate) = item.id_slug(Kind::Source, "id", &mut seen);
        item.define(Kind::Source, "id", id, duplicate);
        let urls = item.optional_strings("urls");
        for (url, span) in &urls {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                item.error_at(span.clone(), "urls", format!("\"{url}\" must start with https:// or http://"));
            }
        }
        Source {
            id: SourceId::baked(id),
            short: item.text("short"),
            publisher: item.text("publisher"),
            title: item.text("title"),
            published: item.optional_date("published"),
            urls: item.list(urls.into_iter().map(|(url, _)| url)),
            note: item.optional_text("note"),
            language: language(item),
        }
    })
}

/// `language`, English when absent: most sources are; a tag is two or three lower-case letters.
fn language<'a>(item: &mut super::item::Item<'_, 'a>) -> &'a str {
    let Some(value) = item.value("language") else { return "en" };
    let Some(tag) = item.string("language", value) else { return "en" };
    if !(2..=3).contains(&tag.len()) || !tag.bytes().all(|b| b.is_ascii_lowercase()) {
        item.error_at(value.span(), "language", format!("\"{tag}\" is not a language tag such as \"en\" or \"ar\""));
    }
    tag
}
