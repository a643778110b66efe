//! `data/status.toml`: where each point stands, date by date. Every point has a history that
//! opens on the plan's publication, runs oldest first to no later than `as_of`, and gives each
//! status from the editorial vocabulary with a reason and a source.

use std::collections::BTreeSet;

use super::Known;
use super::report::{Check, Doc};
use super::rules::{UNREAD, out_of_order};
use crate::date::Date;
use crate::ids::PointNumber;
use crate::model::{StatusEntry, Tracked};
use crate::status::Status;

/// `published` is the plan's publication date, on which every history starts (unchecked when
/// data/meta.toml did not give it).
pub(super) fn load<'a>(
    check: &mut Check<'a>,
    doc: &Doc<'a>,
    published: Option<Date>,
    known: &Known<'a>,
) -> Option<Vec<Tracked<'a>>> {
    let mut seen = BTreeSet::new();
    let tracked = check.each(doc, "point", |item| {
        let number = item.integer("number");
        item.label = format!("point[{}]", number.map_or_else(|| "?".to_owned(), |n| n.to_string()));
        let point = number.and_then(|n| u8::try_from(n).ok()).map(PointNumber::baked);
        if let (Some(point), Some(points)) = (point, &known.points) {
            if !points.contains(&point) {
                item.error("number", format!("no point {point} in data/points.toml"));
            } else if !seen.insert(point) {
                item.error("number", format!("point {point} has a second history: keep one [[point]] per point"));
            }
        }
        let mut dates = Vec::new();
        let entries = item.tables("entry", |entry| {
            let date = entry.dated("date", known.as_of);
            dates.push((date, entry.span_of("date"), entry.field("date")));
            let entry = StatusEntry {
                date: date.unwrap_or(UNREAD),
                status: entry.choice("status", &Status::ALL, Status::slug, "status").unwrap_or(Status::NotStarted),
                why: entry.sentences("why", 1..=3),
                sources: entry.sources("sources", known.sources.as_ref()),
            };
            // A date the reader above already refused is that one message.
            (entry, date.is_some_and(|date| known.as_of.is_none_or(|as_of| date <= as_of)))
        });
        // The first entry is the plan's publication, checked below; every later one is an event.
        for ((entry, dated), (_, span, _)) in entries.iter().zip(&dates).skip(1) {
            if let Some(message) = dated.then(|| not_an_event(entry, known)).flatten() {
                item.error_at(span.clone(), "entry.date", message);
            }
        }
        let entries: Vec<StatusEntry<'a>> = entries.into_iter().map(|(entry, _)| entry).collect();
        let checked = item.value("checked").is_some().then(|| item.searched_on("checked", known.updated)).flatten();
        let newest = entries.iter().map(|e| e.date).max();
        if let (Some(checked), Some(newest)) = (checked, newest.filter(|d| *d != UNREAD))
            && checked <= newest
        {
            let message = format!(
                "{checked} is not after the newest entry ({newest}): leave it out, or give the day the sources were last searched",
                checked = checked.iso(),
                newest = newest.iso()
            );
            item.error("checked", message);
        }
        match (dates.first(), published) {
            (None, _) => item.error("number", "needs at least one [[point.entry]]: a point without a status"),
            (Some((Some(first), span, _)), Some(published)) if *first != published => {
                let message = format!("the history must open on the plan's publication ({published}), not {first}", published = published.iso(), first = first.iso());
                item.error_at(span.clone(), "entry.date", message);
            }
            _ => {}
        }
        let order: Vec<_> = dates.iter().map(|(date, ..)| *date).collect();
        for ((date, span, _), late) in dates.iter().zip(out_of_order(&order)) {
            if let (true, Some(date)) = (late, date) {
                item.error_at(span.clone(), "entry.date", format!("{date} is out of order: list entries oldest first", date = date.iso()));
            }
        }
        Tracked { point: point.unwrap_or(PointNumber::baked(0)), entries: item.list(entries), checked }
    })?;
    if let Some(points) = &known.points {
        let missing: Vec<String> = points.iter().filter(|p| !seen.contains(p)).map(ToString::to_string).collect();
        if !missing.is_empty() {
            let message = format!("no status for point(s) {}: every point needs a history", missing.join(", "));
            check.error(doc, 0..0, "point", message);
        }
    }
    Some(tracked)
}

/// Why a later entry is not a dated, sourced event, if it is not: it must rest on more than the
/// plan, and fall on the day of an event on the timeline or of one of its sources.
fn not_an_event(entry: &StatusEntry<'_>, known: &Known<'_>) -> Option<String> {
    let plan = known.plan_sources.as_ref()?;
    if !entry.sources.is_empty() && entry.sources.iter().all(|s| plan.contains(s.as_str())) {
        return Some(format!(
            "the entry of {} rests on the plan alone: a status changes only on a dated, sourced event (a re-check \
             with nothing new moves the point's `checked` date instead)",
            entry.date.iso()
        ));
    }
    let (events, published) = (known.event_dates.as_ref()?, known.source_dates.as_ref()?);
    let on_source = entry.sources.iter().any(|s| published.get(s.as_str()) == Some(&entry.date));
    (!events.contains(&entry.date) && !on_source).then(|| {
        format!(
            "{} is neither the date of an event in data/events.toml nor the publication date of one of the entry's \
             sources: date a status by the event that set it",
            entry.date.iso()
        )
    })
}
