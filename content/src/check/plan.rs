//! `data/points.toml`: the plan's points, numbered 1, 2, 3… in order, each with what it
//! commits whom to.

use std::collections::BTreeSet;
use std::ops::Range;

use super::Known;
use super::item::Item;
use super::report::{Check, Doc};
use super::rules::bad_choice;
use super::talks::refer_to_party;
use crate::ids::{PartyId, PointNumber};
use crate::model::{Commitment, Plan, Point};
use crate::vocab::{Phase, Topic};

/// The points, and the numbers other files may name; `None` when the file does not parse:
/// references to points are then not checked.
pub(super) fn load<'a>(
    check: &mut Check<'a>,
    doc: &Doc<'a>,
    plan: Option<&Plan<'a>>,
    known: &Known<'a>,
) -> Option<(Vec<Point<'a>>, Option<BTreeSet<PointNumber>>)> {
    let mut read = Vec::new();
    let points = check.each(doc, "point", |item| {
        let number = item.integer("number");
        item.label = format!("point[{}]", number.map_or_else(|| "?".to_owned(), |n| n.to_string()));
        read.push((number, item.span_of("number"), item.field("number")));
        let phase = item.choice("phase", &Phase::ALL, Phase::slug, "phase");
        let topics = topics(item);
        let summary = item.sentences("summary", 2..=4);
        let commitments = item.tables("commitment", |c| {
            let party = c.optional_text("party");
            if let Some(party) = party {
                refer_to_party(c, party, known);
            }
            Commitment {
                who: c.optional_text("who"),
                party: party.map(PartyId::baked),
                what: c.text("what"),
                when: c.optional_text("when"),
            }
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
    let count = plan.map(|plan| i64::from(plan.point_count));
    let in_sequence = numbering(check, doc, &read, count);
    let numbers: BTreeSet<PointNumber> = points.iter().map(|p| p.number).collect();
    // After a numbering mistake, the plan's count says which points exist: naming any of
    // them elsewhere is no second mistake.
    let named = match (in_sequence, plan) {
        (true, _) => Some(numbers),
        (false, Some(plan)) => Some((1..=plan.point_count).map(PointNumber::baked).collect()),
        (false, None) => None,
    };
    Some((points, named))
}

/// Checks that each number is one more than the one before and that the last is the plan's
/// count; true if so. A wrong number is one message: when the points after it carry on from
/// the number it should have had, it is read as that number, not as a new start.
fn numbering(
    check: &mut Check<'_>,
    doc: &Doc<'_>,
    read: &[(Option<i64>, Range<usize>, String)],
    count: Option<i64>,
) -> bool {
    let mut previous = 0;
    let mut seen = BTreeSet::new();
    let mut in_sequence = true;
    for (i, (number, span, field)) in read.iter().enumerate() {
        // Already reported; the points after it are checked as if it had the right number.
        let Some(number) = *number else {
            (previous, in_sequence) = (previous + 1, false);
            continue;
        };
        let expected = previous + 1;
        if number == expected {
            previous = number;
            seen.insert(number);
            continue;
        }
        in_sequence = false;
        let message = if seen.contains(&number) {
            format!("duplicate point number {number}")
        } else if number > expected {
            format!("point {expected} is missing: found {number} where {expected} was expected")
        } else {
            format!("points must be in order 1, 2, 3…: found {number} after {previous}")
        };
        check.error(doc, span.clone(), field.clone(), message);
        seen.insert(number);
        let next = read.get(i + 1).and_then(|(next, ..)| *next);
        let carries_on = next.map_or(count == Some(expected), |next| next == expected + 1);
        previous = if carries_on { expected } else { previous.max(number) };
    }
    if let (true, Some(count), Some((_, span, field))) = (in_sequence, count, read.last())
        && previous != count
    {
        let message = format!(
            "the plan has {count} points (plan.point_count in data/meta.toml) but the last point here is {previous}"
        );
        check.error(doc, span.clone(), field.clone(), message);
        return false;
    }
    in_sequence
}

/// One or more topics, each once.
fn topics(item: &mut Item<'_, '_>) -> Vec<Topic> {
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
            None => {
                item.error_at(span, "topics", bad_choice("topic", slug, &Topic::ALL, Topic::slug));
            }
        }
    }
    topics
}
