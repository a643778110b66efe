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
            check.error(
                doc,
                span,
                "event.date",
                format!("{date} is out of order: list events oldest first", date = date.iso()),
            );
        }
    }
    Some(events)
}

pub(super) fn load_figures<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Figure<'a>>> {
    let mut seen = BTreeSet::new();
    let mut labels = Vec::new();
    let figures = check.each(doc, "figure", |item| {
        let id = item.slug("id", &mut seen, "figure id");
        item.label = format!("figure[{id}]");
        labels.push((item.span_of("label"), item.label.clone()));
        let value = item.text("value");
        let amount = item.amount("amount", value);
        let amount_to = item.amount("amount_to", value);
        if amount_to.is_some() && amount.is_none_or(|low| amount_to <= Some(low)) {
            item.error("amount_to", "the top of a range needs an `amount` below it");
        }
        Figure {
            id: FigureId::baked(id),
            measure: item.optional_text("measure"),
            label: item.text("label"),
            value,
            amount,
            amount_to,
            detail: item.text("detail"),
            attribution: item.text("attribution"),
            as_of: item.dated("as_of", known.as_of).unwrap_or(UNREAD),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })?;
    for (i, newer) in superseded(&figures) {
        let (span, label) = &labels[i];
        let (figure, newer) = (&figures[i], &figures[newer]);
        let message = format!(
            "reads as current, but figure \"{}\" of the same measure is newer ({}): say its date, {}, in the label",
            newer.id.as_str(),
            newer.as_of.iso(),
            figure.as_of.iso()
        );
        check.error(doc, span.clone(), format!("{label}.label"), message);
    }
    Some(figures)
}

/// Figures that a newer figure of the same measure replaces and whose label does not say their
/// date ("6 October 2025"), with the newest of that measure: an old count must not read as today's.
fn superseded(figures: &[Figure<'_>]) -> Vec<(usize, usize)> {
    let newest = |measure: &str| {
        let same = figures.iter().enumerate().filter(|(_, f)| f.measure == Some(measure));
        same.max_by_key(|(_, f)| f.as_of).map(|(i, _)| i)
    };
    let mut found = Vec::new();
    for (i, figure) in figures.iter().enumerate() {
        let Some(newer) = figure.measure.and_then(newest) else { continue };
        if figures[newer].as_of > figure.as_of && !says_date(figure.label, figure.as_of) {
            found.push((i, newer));
        }
    }
    found
}

/// Whether `label` gives `date`, in whatever language's words for the month: its day and year
/// appear in it as numbers.
fn says_date(label: &str, date: crate::date::Date) -> bool {
    let numbers: Vec<&str> = label.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).collect();
    numbers.contains(&date.year.to_string().as_str()) && numbers.contains(&date.day.to_string().as_str())
}
