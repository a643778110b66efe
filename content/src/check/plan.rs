//! `data/points.toml`: the plan's points, numbered 1, 2, 3… in order, each with what it
//! commits whom to.

use std::collections::BTreeSet;

use super::Known;
use super::item::{Check, Doc};
use crate::ids::PointNumber;
use crate::model::{Commitment, Plan, Point};
use crate::vocab::{Phase, Topic};

/// `None` when the file does not parse: references to points are then not checked.
pub(super) fn load<'a>(
    check: &mut Check<'a>,
    doc: &Doc<'a>,
    plan: Option<&Plan<'a>>,
    known: &Known<'a>,
) -> Option<Vec<Point<'a>>> {
    let mut numbers = Numbering::default();
    let points = check.each(doc, "point", |item| {
        let number = item.integer("number");
        item.label = format!("point[{}]", number.map_or_else(|| "?".to_owned(), |n| n.to_string()));
        if let Some(number) = number {
            numbers.next(item, number);
        }
        let phase = item.choice("phase", &Phase::ALL, Phase::slug, "phase");
        let topics = topics(item);
        let summary = item.sentences("summary", 2..=4);
        let commitments = item.tables("commitment", |c| Commitment {
            who: c.optional_text("who"),
            what: c.text("what"),
            when: c.optional_text("when"),
        });
        if commitments.is_empty() {
            item.error("number", "needs at least one [[point.commitment]]: what the point commits whom to");
        }
        Point {
            number: PointNumber::baked(number.and_then(|n| u8::try_from(n).ok()).unwrap_or(0)),
            title: item.text("title"),
            phase: phase.unwrap_or(Phase::First),
            topics: item.list(topics),
            summary,
            commitments: item.list(commitments),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })?;
    if points.is_empty() {
        check.error(doc, 0..0, "point", "no [[point]] tables found");
    }
    if let (Some(plan), Some((last, span))) = (plan, numbers.last) {
        let count = i64::from(plan.point_count);
        if last != count {
            let message = format!(
                "the plan has {count} points (plan.point_count in data/meta.toml) but the last point here is {last}"
            );
            check.error(doc, span, format!("point[{last}].number"), message);
        }
    }
    Some(points)
}

/// The points' numbers as they are met: each must be one more than the one before.
#[derive(Default)]
struct Numbering {
    seen: BTreeSet<i64>,
    /// The highest number so far, and where it is.
    last: Option<(i64, std::ops::Range<usize>)>,
}

impl Numbering {
    fn next(&mut self, item: &mut super::item::Item<'_, '_>, number: i64) {
        let expected = self.last.as_ref().map_or(1, |(last, _)| last + 1);
        if !self.seen.insert(number) {
            item.error("number", format!("duplicate point number {number}"));
        } else if number > expected {
            item.error("number", format!("point {expected} is missing: found {number} where {expected} was expected"));
        } else if number < expected {
            let message = format!("points must be in order 1, 2, 3…: found {number} after {}", expected - 1);
            item.error("number", message);
        }
        if number >= expected {
            self.last = Some((number, item.span_of("number")));
        }
    }
}

/// One or more topics, each once.
fn topics<'a>(item: &mut super::item::Item<'_, 'a>) -> Vec<Topic> {
    let Some((span, slugs)) = item.strings("topics") else { return Vec::new() };
    if slugs.is_empty() {
        item.error_at(span, "topics", "needs at least one topic");
    }
    let mut topics = Vec::new();
    for (slug, span) in slugs {
        match Topic::ALL.into_iter().find(|topic| topic.slug() == slug) {
            Some(topic) if topics.contains(&topic) => {
                item.error_at(span, "topics", format!("topic \"{slug}\" is listed twice"));
            }
            Some(topic) => topics.push(topic),
            None => item.error_at(span, "topics", super::item::bad_choice("topic", slug, &Topic::ALL, Topic::slug)),
        }
    }
    topics
}
