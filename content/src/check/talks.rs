//! The talks: `data/parties.toml` (the matrix's columns), `data/issues.toml` (its rows),
//! `data/positions.toml` (its cells) and `data/people.toml` (who was there).

use std::collections::BTreeSet;
use std::ops::Range;

use super::Known;
use super::item::Item;
use super::renames::Kind;
use super::report::{Check, DataError, Doc};
use super::rules::UNREAD;
use crate::ids::{IssueSlug, PartyId, PointNumber};
use crate::model::{Issue, Outcome, Party, Person, Position, Stance};
use crate::vocab::PersonGroup;

/// `None` when the file does not parse: references to parties are then not checked.
pub(super) fn load_parties<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Party<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "party", |item| {
        let id = item.slug("id", &mut seen, "party id");
        item.label = format!("party[{id}]");
        item.define(Kind::Party, "id", id);
        Party {
            id: PartyId::baked(id),
            name: item.text("name"),
            description: item.text("description"),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })
}

/// Each issue with where its slug is, for messages about it from other files; `None` when the
/// file does not parse: references to issues are then not checked.
pub(super) fn load_issues<'a>(
    check: &mut Check<'a>,
    doc: &Doc<'a>,
    known: &Known<'a>,
) -> Option<Vec<(Issue<'a>, Range<usize>)>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "issue", |item| {
        let text = item.slug("slug", &mut seen, "issue slug");
        item.label = format!("issue[{text}]");
        item.define(Kind::Issue, "slug", text);
        if text.len() > IssueSlug::MAX_LEN {
            let message = format!("\"{text}\" is too long for a URL: use at most {} characters", IssueSlug::MAX_LEN);
            item.error("slug", message);
        }
        // A placeholder only where an error was just reported.
        let slug = text.parse().unwrap_or(IssueSlug::baked(""));
        let points = points(item, known.points.as_ref());
        let outcomes = item.tables("outcome", |o| Outcome {
            date: o.dated("date", known.as_of).unwrap_or(UNREAD),
            text: o.text("text"),
            sources: o.sources("sources", known.sources.as_ref()),
        });
        if outcomes.is_empty() {
            item.error_at(item.span_of("slug"), "outcome", "needs at least one [[issue.outcome]]: what happened next");
        }
        let issue = Issue {
            slug,
            title: item.text("title"),
            question: item.text("question"),
            summary: item.sentences("summary", 1..=3),
            points: item.list(points),
            sources: item.sources("sources", known.sources.as_ref()),
            outcomes: item.list(outcomes),
        };
        (issue, item.span_of("slug"))
    })
}

/// The plan points an issue touches: at least one, each in `data/points.toml`.
fn points(item: &mut Item<'_, '_>, known: Option<&BTreeSet<PointNumber>>) -> Vec<PointNumber> {
    let Some((span, numbers)) = item.array("points") else { return Vec::new() };
    if numbers.is_empty() {
        item.error_at(span, "points", "name at least one point of the plan");
    }
    let mut points = Vec::new();
    for value in numbers {
        let Some(n) = item.whole_number("points", value) else { continue };
        let number = u8::try_from(n).ok().map(PointNumber::baked);
        if known.is_some_and(|known| !number.is_some_and(|n| known.contains(&n))) {
            item.error_at(value.span(), "points", format!("unknown point {n} (not in data/points.toml)"));
        }
        points.extend(number);
    }
    points
}

pub(super) fn load_positions<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Position<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "position", |item| {
        let (issue, party) = (item.text("issue"), item.text("party"));
        item.label = format!("position[{issue}/{party}]");
        let slug = issue.parse().ok();
        let unknown = known.issues.as_ref().is_some_and(|issues| !slug.is_some_and(|slug| issues.contains(&slug)));
        let message = unknown.then(|| format!("unknown issue \"{issue}\" (not in data/issues.toml)"));
        item.refer(Kind::Issue, issue, item.span_of("issue"), "issue", message);
        refer_to_party(item, party, known);
        if !seen.insert((issue, party)) {
            item.error("party", format!("a second position for \"{party}\" on \"{issue}\""));
        }
        // A placeholder only where an error was just reported.
        let issue = slug.unwrap_or(IssueSlug::baked(""));
        Position { issue, party: PartyId::baked(party), stance: stance(item, known) }
    })
}

/// A stance needs all its fields; `no_public_position = true` needs none of them.
fn stance<'a>(item: &mut Item<'_, 'a>, known: &Known<'a>) -> Option<Stance<'a>> {
    const FIELDS: [&str; 5] = ["label", "stance", "camp", "as_of", "sources"];
    let none = item.flag("no_public_position").unwrap_or(false);
    let given: Vec<&str> = FIELDS.into_iter().filter(|key| item.value(key).is_some()).collect();
    if none {
        if !given.is_empty() {
            let message =
                format!("has `no_public_position = true` and also {}: keep one or the other", given.join(", "));
            item.error_at(item.span_of("party"), "no_public_position", message);
        }
        return None;
    }
    if given.len() < FIELDS.len() {
        let missing: Vec<&str> = FIELDS.into_iter().filter(|key| !given.contains(key)).collect();
        let message =
            format!("needs {} (or `no_public_position = true` if our sources give no position)", missing.join(", "));
        item.error_at(item.span_of("party"), "stance", message);
        return None;
    }
    Some(Stance {
        label: item.text("label"),
        text: item.sentences("stance", 1..=3),
        camp: item.text("camp"),
        as_of: item.dated("as_of", known.as_of).unwrap_or(UNREAD),
        sources: item.sources("sources", known.sources.as_ref()),
    })
}

/// Every party needs an entry on every issue, even if only to say our sources have none; said
/// at the issue, in `data/issues.toml`. A party or an issue with no entry at all is one
/// message, at its definition, not one for each cell of its column or row.
pub(super) fn every_party_on_every_issue(
    check: &mut Check<'_>,
    issues_doc: &Doc<'_>,
    issues: &[(Issue<'_>, Range<usize>)],
    positions: &[Position<'_>],
    parties: &[Party<'_>],
) {
    let has = |issue: IssueSlug, party: PartyId| positions.iter().any(|p| p.issue == issue && p.party == party);
    let mut absent = Vec::new();
    for party in parties {
        let Some(at) = check.ids.definition(Kind::Party, party.id.as_str()) else { continue };
        if !issues.is_empty() && issues.iter().all(|(issue, _)| !has(issue.slug, party.id)) {
            let message = "has no entry in data/positions.toml: give it a position, or `no_public_position = true`, \
                           on each issue";
            check.errors.push(DataError { message: message.into(), ..at.clone() });
            check.ids.unused(Kind::Party, party.id.as_str(), check.errors.len() - 1);
            absent.push(party.id);
        }
    }
    for (issue, span) in issues {
        let field = format!("issue[{}]", issue.slug);
        if !parties.is_empty() && parties.iter().all(|party| !has(issue.slug, party.id)) {
            let message = "has no entry in data/positions.toml: give each party a position, or \
                           `no_public_position = true`";
            let error = check.error(issues_doc, span.clone(), field, message);
            check.ids.unused(Kind::Issue, issue.slug.as_str(), error);
            continue;
        }
        for party in parties.iter().filter(|party| !absent.contains(&party.id) && !has(issue.slug, party.id)) {
            let message = format!(
                "party \"{}\" has neither a position nor `no_public_position = true` in data/positions.toml",
                party.id
            );
            check.error(issues_doc, span.clone(), field.clone(), message);
        }
    }
}

/// A use of a party's id, which must be in data/parties.toml (unchecked when that did not parse).
fn refer_to_party<'a>(item: &mut Item<'_, 'a>, party: &'a str, known: &Known<'a>) {
    let unknown = known.parties.as_ref().is_some_and(|parties| !parties.contains(party));
    let message = unknown.then(|| format!("unknown party \"{party}\" (not in data/parties.toml)"));
    item.refer(Kind::Party, party, item.span_of("party"), "party", message);
}

pub(super) fn load_people<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Person<'a>>> {
    check.each(doc, "person", |item| {
        let name = item.text("name");
        item.label = format!("person[{name}]");
        let party = item.optional_text("party");
        if let Some(party) = party {
            refer_to_party(item, party, known);
        }
        let group = item.choice("group", &PersonGroup::ALL, PersonGroup::slug, "group");
        Person {
            name,
            role: item.text("role"),
            party: party.map(PartyId::baked),
            group: group.unwrap_or(PersonGroup::Official),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })
}
