//! The talks: `data/parties.toml` (the matrix's columns), `data/issues.toml` (its rows),
//! `data/positions.toml` (its cells) and `data/people.toml` (who was there).

use std::collections::BTreeSet;
use std::ops::Range;

use super::Known;
use super::item::Item;
use super::renames::{Kind, close};
use super::report::{Check, DataError, Doc};
use super::rules::UNREAD;
use crate::ids::{IssueSlug, PartyId, PointNumber};
use crate::model::{Issue, Outcome, Party, Person, Position, Stance, Unstated};
use crate::vocab::PersonGroup;

/// `None` when the file does not parse: references to parties are then not checked.
pub(super) fn load_parties<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Party<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "party", |item| {
        let (id, duplicate) = item.id_slug(Kind::Party, "id", &mut seen);
        item.label = format!("party[{id}]");
        item.define(Kind::Party, "id", id, duplicate);
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
        let (text, duplicate) = item.id_slug(Kind::Issue, "slug", &mut seen);
        item.label = format!("issue[{text}]");
        item.define(Kind::Issue, "slug", text, duplicate);
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

/// A position, with the places of the messages already given where it names an issue or a
/// party that does not exist.
pub(super) struct Cell<'a> {
    pub position: Position<'a>,
    unknown_issue: Option<usize>,
    unknown_party: Option<usize>,
}

pub(super) fn load_positions<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Cell<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "position", |item| {
        let (issue, party) = (item.text("issue"), item.text("party"));
        item.label = format!("position[{issue}/{party}]");
        let slug = issue.parse().ok();
        let unknown = known.issues.as_ref().is_some_and(|issues| !slug.is_some_and(|slug| issues.contains(&slug)));
        let message = unknown.then(|| format!("unknown issue \"{issue}\" (not in data/issues.toml)"));
        let unknown_issue = item.refer(Kind::Issue, issue, item.span_of("issue"), "issue", message);
        let unknown_party = refer_to_party(item, party, known);
        if !seen.insert((issue, party)) {
            item.error("party", format!("a second position for \"{party}\" on \"{issue}\""));
        }
        // A placeholder only where an error was just reported.
        let issue = slug.unwrap_or(IssueSlug::baked(""));
        let (stance, unstated) = stance(item, known);
        let position = Position { issue, party: PartyId::baked(party), stance, unstated };
        Cell { position, unknown_issue, unknown_party }
    })
}

/// A stance needs all its fields; `no_public_position = true` needs none of them, but the day
/// the sources were searched and which ones: a blank cell is a finding, shown as one.
fn stance<'a>(item: &mut Item<'_, 'a>, known: &Known<'a>) -> (Option<Stance<'a>>, Option<Unstated<'a>>) {
    const FIELDS: [&str; 5] = ["label", "stance", "camp", "as_of", "sources"];
    const SEARCH: [&str; 2] = ["checked", "searched"];
    let none = item.flag("no_public_position").unwrap_or(false);
    let given: Vec<&str> = FIELDS.into_iter().filter(|key| item.value(key).is_some()).collect();
    if none {
        if !given.is_empty() {
            let message =
                format!("has `no_public_position = true` and also {}: keep one or the other", given.join(", "));
            item.error_at(item.span_of("party"), "no_public_position", message);
        }
        let missing: Vec<&str> = SEARCH.into_iter().filter(|key| item.value(key).is_none()).collect();
        if !missing.is_empty() {
            let message = format!(
                "needs {}: the day our sources were searched for a position and the ids of those searched",
                missing.join(" and ")
            );
            item.error_at(item.span_of("no_public_position"), "no_public_position", message);
            return (None, None);
        }
        let checked = item.searched_on("checked", known.updated).unwrap_or(UNREAD);
        let searched = item.sources("searched", known.sources.as_ref());
        return (None, Some(Unstated { checked, searched }));
    }
    if let Some(key) = SEARCH.into_iter().find(|key| item.value(key).is_some()) {
        item.error(key, "belongs only with `no_public_position = true`: a stance gives its own `as_of` and `sources`");
    }
    if given.len() < FIELDS.len() {
        let missing: Vec<&str> = FIELDS.into_iter().filter(|key| !given.contains(key)).collect();
        let message =
            format!("needs {} (or `no_public_position = true` if our sources give no position)", missing.join(", "));
        item.error_at(item.span_of("party"), "stance", message);
        return (None, None);
    }
    let stance = Stance {
        label: item.text("label"),
        text: item.sentences("stance", 1..=3),
        camp: item.text("camp"),
        as_of: item.dated("as_of", known.as_of).unwrap_or(UNREAD),
        sources: item.sources("sources", known.sources.as_ref()),
    };
    (Some(stance), None)
}

/// Every party needs an entry on every issue, even if only to say our sources have none; said
/// at the issue, in `data/issues.toml`. A party or an issue with no entry at all is one
/// message, at its definition, not one for each cell of its column or row; an entry that is
/// there with its party or issue mistyped is the message about that name, not one here too.
pub(super) fn every_party_on_every_issue(
    check: &mut Check<'_>,
    issues_doc: &Doc<'_>,
    issues: &[(Issue<'_>, Range<usize>)],
    cells: &[Cell<'_>],
    parties: &[Party<'_>],
) {
    let has = |issue: IssueSlug, party: PartyId| {
        cells.iter().any(|cell| cell.position.issue == issue && cell.position.party == party)
    };
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
    let (absent, has) = (&absent, &has);
    let empty = |issue: IssueSlug| !parties.is_empty() && parties.iter().all(|party| !has(issue, party.id));
    // The parties with no entry on an issue that others have entries on.
    let missing = move |issue: IssueSlug| {
        parties.iter().filter(move |party| !absent.contains(&party.id) && !has(issue, party.id))
    };
    let gaps: Vec<(IssueSlug, PartyId)> = issues
        .iter()
        .filter(|(issue, _)| !empty(issue.slug))
        .flat_map(|(issue, _)| missing(issue.slug).map(|party| (issue.slug, party.id)))
        .collect();
    let mistyped = mistyped_entries(cells, &gaps);
    for (error, _, question) in &mistyped {
        let message = &mut check.errors[*error].message;
        *message = format!("{message}: {question}");
    }
    let explained = |gap: (IssueSlug, PartyId)| mistyped.iter().any(|(_, m, _)| gaps[*m] == gap);
    for (issue, span) in issues {
        let field = format!("issue[{}]", issue.slug);
        if empty(issue.slug) {
            let message = "has no entry in data/positions.toml: give each party a position, or \
                           `no_public_position = true`";
            let error = check.error(issues_doc, span.clone(), field, message);
            check.ids.unused(Kind::Issue, issue.slug.as_str(), error);
            continue;
        }
        for party in missing(issue.slug).filter(|party| !explained((issue.slug, party.id))) {
            let message = format!(
                "party \"{}\" has neither a position nor `no_public_position = true` in data/positions.toml",
                party.id
            );
            check.error(issues_doc, span.clone(), field.clone(), message);
        }
    }
}

/// The entries missing from the matrix (`gaps`, each an issue and a party) that a position is
/// there for, mistyped: it names the gap's issue with a party that does not exist but is spelt
/// close to the gap's, or the other way round. Each is its message's place, the gap's index
/// and what to ask; only where position and gap pair off one to one.
fn mistyped_entries(cells: &[Cell<'_>], gaps: &[(IssueSlug, PartyId)]) -> Vec<(usize, usize, String)> {
    let could_be = |cell: &Cell<'_>, (issue, party): (IssueSlug, PartyId)| {
        let written = &cell.position;
        match (cell.unknown_issue, cell.unknown_party) {
            (None, Some(error)) if written.issue == issue && close(written.party.as_str(), party.as_str()) => {
                Some((error, format!("is it \"{party}\", which has no position on \"{issue}\"?")))
            }
            (Some(error), None) if written.party == party && close(written.issue.as_str(), issue.as_str()) => {
                Some((error, format!("is it \"{issue}\", on which \"{party}\" has no position?")))
            }
            _ => None,
        }
    };
    let pairs: Vec<(usize, usize, String)> = cells
        .iter()
        .flat_map(|cell| {
            let each = gaps.iter().enumerate();
            each.filter_map(move |(gap, &at)| could_be(cell, at).map(|(error, question)| (error, gap, question)))
        })
        .collect();
    let one_to_one = |(error, gap, _): &&(usize, usize, String)| {
        pairs.iter().filter(|p| p.0 == *error).count() == 1 && pairs.iter().filter(|p| p.1 == *gap).count() == 1
    };
    pairs.iter().filter(one_to_one).cloned().collect()
}

/// A use of a party's id, which must be in data/parties.toml (unchecked when that did not
/// parse); returns the place of the message if it is not.
pub(super) fn refer_to_party<'a>(item: &mut Item<'_, 'a>, party: &'a str, known: &Known<'a>) -> Option<usize> {
    let unknown = known.parties.as_ref().is_some_and(|parties| !parties.contains(party));
    let message = unknown.then(|| format!("unknown party \"{party}\" (not in data/parties.toml)"));
    item.refer(Kind::Party, party, item.span_of("party"), "party", message)
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
