//! `data/events.toml` (the timeline, oldest first) and `data/figures.toml` (the key numbers).

use std::collections::BTreeSet;

use super::Known;
use super::item::{Check, Doc};
use crate::model::{Event, Figure};

pub(super) fn load_events<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Event<'a>>> {
    let mut previous = None;
    check.each(doc, "event", |item| {
        let date = item.dated("date", known.as_of);
        if previous.is_some_and(|previous| date < previous) {
            item.error("date", format!("{date} is out of order: list events oldest first"));
        }
        previous = Some(date);
        item.label = format!("event[{}]", date.iso());
        Event {
            date,
            title: item.text("title"),
            text: item.sentences("text", 1..=3),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })
}

pub(super) fn load_figures<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Figure<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "figure", |item| {
        let id = item.slug("id", &mut seen, "figure id");
        item.label = format!("figure[{id}]");
        Figure {
            id,
            label: item.text("label"),
            value: item.text("value"),
            detail: item.text("detail"),
            attribution: item.text("attribution"),
            as_of: item.dated("as_of", known.as_of),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })
}
