//! `data/events.toml` (the timeline, oldest first) and `data/figures.toml` (the key numbers).

use std::collections::BTreeSet;

use super::Known;
use super::report::{Check, Doc};
use super::rules::{UNREAD, out_of_order};
use crate::ids::FigureId;
use crate::model::{Event, Figure};

pub(super) fn load_events<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Event<'a>>> {
    let mut dates = Vec::new();
    let events = check.each(doc, "event", |item| {
        let date = item.dated("date", known.as_of);
        dates.push((date, item.span_of("date")));
        item.label = format!("event[{}]", date.map_or_else(|| "?".to_owned(), |date| date.iso().to_string()));
        Event {
            date: date.unwrap_or(UNREAD),
            title: item.text("title"),
            text: item.sentences("text", 1..=3),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })?;
    let order: Vec<_> = dates.iter().map(|(date, _)| *date).collect();
    for ((date, span), late) in dates.into_iter().zip(out_of_order(&order)) {
        if let (true, Some(date)) = (late, date) {
            check.error(doc, span, "event.date", format!("{date} is out of order: list events oldest first"));
        }
    }
    Some(events)
}

pub(super) fn load_figures<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Figure<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "figure", |item| {
        let id = item.slug("id", &mut seen, "figure id");
        item.label = format!("figure[{id}]");
        let value = item.text("value");
        let amount = item.amount("amount", value);
        let amount_to = item.amount("amount_to", value);
        if amount_to.is_some() && amount.is_none_or(|low| amount_to <= Some(low)) {
            item.error("amount_to", "the top of a range needs an `amount` below it");
        }
        Figure {
            id: FigureId::baked(id),
            label: item.text("label"),
            value,
            amount,
            amount_to,
            detail: item.text("detail"),
            attribution: item.text("attribution"),
            as_of: item.dated("as_of", known.as_of).unwrap_or(UNREAD),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })
}
