//! `data/glossary.toml`: terms readers stumble on, each with a short definition in our own
//! words and a source, and the spellings to mark where they appear in the text.

use std::collections::BTreeSet;

use super::Known;
use super::report::{Check, Doc};
use crate::model::Term;

/// The longest a definition may be: it opens in place, over the text being read.
pub const MOST_WORDS: usize = 60;

pub(super) fn load<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Term<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "term", |item| {
        let slug = item.slug("slug", &mut seen, "term slug");
        item.label = format!("term[{slug}]");
        let term = item.text("term");
        let definition = item.text("definition");
        let words = definition.split_whitespace().count();
        if words > MOST_WORDS {
            item.error("definition", format!("has {words} words: a definition has at most {MOST_WORDS}"));
        }
        let mut forms: Vec<&'a str> = item.optional_strings("forms").into_iter().map(|(form, _)| form).collect();
        if !forms.contains(&term) {
            forms.push(term);
        }
        // Longest first, so "International Stabilization Force" is marked before "ISF" could be.
        forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
        Term {
            slug,
            term,
            forms: item.list(forms),
            definition,
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })
}
