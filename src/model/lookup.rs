//! Questions the views ask of the content, answered by deriving from it rather than storing.

use std::fmt::Display;

use super::{
    CHARTS, CORRECTIONS, Chart, Correction, Date, EVENTS, EXPLAINER, FIGURES, Group, ISSUES, Intro, Issue, IssueSlug,
    PARTIES, PEOPLE, PLAN, POINTS, POSITIONS, Party, PartyId, Phase, Point, PointNumber, Position, SOURCES, Source,
    SourceId, StatusEntry, TRACKER,
};

/// The item an id names. Every id the app holds comes from the baked statics, or through
/// `Route::parse`, which keeps only ids that name something: a miss is a bug there, not data.
fn named<T>(items: &'static [T], is: impl Fn(&T) -> bool, id: impl Display) -> &'static T {
    items.iter().find(|item| is(item)).unwrap_or_else(|| panic!("{id} is not in the baked content"))
}

pub fn point(number: PointNumber) -> &'static Point {
    named(POINTS, |p| p.number == number, number)
}

pub fn issue(slug: IssueSlug) -> &'static Issue {
    named(ISSUES, |i| i.slug == slug, slug)
}

pub fn source(id: SourceId) -> &'static Source {
    named(SOURCES, |s| s.id == id, id)
}

pub fn party(id: PartyId) -> &'static Party {
    named(PARTIES, |p| p.id == id, id)
}

/// The sourced sentence of fact that introduces the view at `path`, if the content gives it one.
pub fn intro(path: &str) -> Option<&'static Intro> {
    EXPLAINER.intros.iter().find(|intro| intro.view == path)
}

/// The sourced sentence under the overview's group of points for `phase`; the checker gives every
/// phase one.
pub fn group(phase: Phase) -> Option<&'static Group> {
    EXPLAINER.groups.iter().find(|group| group.phase == phase)
}

/// The first point of the walkthrough; the checker rejects a plan without points.
pub fn first_point() -> PointNumber {
    POINTS[0].number
}

pub fn last_point() -> PointNumber {
    POINTS[POINTS.len() - 1].number
}

/// The point before this one in the walkthrough, if any.
pub fn previous_point(number: PointNumber) -> Option<PointNumber> {
    let at = POINTS.iter().position(|p| p.number == number)?;
    Some(POINTS.get(at.checked_sub(1)?)?.number)
}

pub fn next_point(number: PointNumber) -> Option<PointNumber> {
    let at = POINTS.iter().position(|p| p.number == number)?;
    Some(POINTS.get(at + 1)?.number)
}

pub fn points_in(phase: Phase) -> impl Iterator<Item = &'static Point> {
    POINTS.iter().filter(move |p| p.phase == phase)
}

/// One party's entry on one issue.
pub fn position(issue: IssueSlug, party: PartyId) -> Option<&'static Position> {
    POSITIONS.iter().find(|p| p.issue == issue && p.party == party)
}

/// Each party's entry on the issue, in matrix column order.
pub fn positions_on(issue: &Issue) -> impl Iterator<Item = (&'static Party, Option<&'static Position>)> {
    let slug = issue.slug;
    PARTIES.iter().map(move |party| (party, position(slug, party.id)))
}

/// The issues at the talks that touch a plan point.
pub fn issues_touching(point: PointNumber) -> impl Iterator<Item = &'static Issue> {
    ISSUES.iter().filter(move |issue| issue.points.contains(&point))
}
/// Each party's id with the index of its camp on the issue (A is 0), `None` where it stated
/// no position, in matrix column order: what the comparison and the badge judge.
pub fn party_camps(issue: &Issue) -> Vec<(&'static str, Option<usize>)> {
    let camps = camps(issue);
    positions_on(issue)
        .map(|(party, position)| {
            let camp = position.and_then(|p| p.stance.as_ref()).and_then(|s| camps.iter().position(|c| *c == s.camp));
            (party.id.as_str(), camp)
        })
        .collect()
}

/// The camps on an issue, in order of first appearance: the matrix labels them A, B, …
pub fn camps(issue: &Issue) -> Vec<&'static str> {
    let mut camps = Vec::new();
    for (_, position) in positions_on(issue) {
        if let Some(stance) = position.and_then(|p| p.stance.as_ref())
            && !camps.contains(&stance.camp)
        {
            camps.push(stance.camp);
        }
    }
    camps
}

/// Where a source is cited, as text a reader can follow: "Point 7", "Positions: Disarming Hamas".
#[derive(Debug, Clone, PartialEq)]
pub enum Citation {
    Plan,
    Point(PointNumber),
    Issue(&'static Issue),
    Party(&'static Party),
    Person(&'static str),
    Event(&'static str),
    Figure(&'static str),
    Chart(&'static Chart),
    Correction(&'static Correction),
    /// The introduction of a view.
    Intro(&'static Intro),
    /// The sentence under a group of points on the overview.
    Group(&'static Group),
}

/// Everything that cites the source, in the order a reader meets it.
pub fn citations(id: SourceId) -> Vec<Citation> {
    let cites = |sources: &[SourceId]| sources.contains(&id);
    let mut found = Vec::new();
    if cites(PLAN.sources) {
        found.push(Citation::Plan);
    }
    found.extend(EXPLAINER.intros.iter().filter(|i| cites(i.sources)).map(Citation::Intro));
    found.extend(EXPLAINER.groups.iter().filter(|g| cites(g.sources)).map(Citation::Group));
    found.extend(POINTS.iter().filter(|p| cites(p.sources)).map(|p| Citation::Point(p.number)));
    for issue in ISSUES {
        let in_positions = positions_on(issue)
            .filter_map(|(_, p)| p.and_then(|p| p.stance.as_ref()))
            .any(|stance| cites(stance.sources));
        if cites(issue.sources) || issue.outcomes.iter().any(|o| cites(o.sources)) || in_positions {
            found.push(Citation::Issue(issue));
        }
    }
    found.extend(PARTIES.iter().filter(|p| cites(p.sources)).map(Citation::Party));
    found.extend(PEOPLE.iter().filter(|p| cites(p.sources)).map(|p| Citation::Person(p.name)));
    found.extend(EVENTS.iter().filter(|e| cites(e.sources)).map(|e| Citation::Event(e.title)));
    found.extend(FIGURES.iter().filter(|f| cites(f.sources)).map(|f| Citation::Figure(f.label)));
    let in_chart = |chart: &Chart| {
        chart.markers.iter().any(|m| cites(m.sources))
            || chart.panels.iter().flat_map(|p| p.levels).any(|l| cites(l.sources))
    };
    found.extend(CHARTS.iter().filter(|c| in_chart(c)).map(Citation::Chart));
    found.extend(CORRECTIONS.iter().filter(|c| cites(c.sources)).map(Citation::Correction));
    found
}

/// Every source the positions cite, in the order of `data/sources.toml`.
pub fn sources_of_positions() -> Vec<SourceId> {
    let cited = |id: SourceId| POSITIONS.iter().filter_map(|p| p.stance.as_ref()).any(|s| s.sources.contains(&id));
    SOURCES.iter().map(|s| s.id).filter(|id| cited(*id)).collect()
}

/// The earliest and latest dates of the positions shown, for the matrix's as-of line.
pub fn positions_reported() -> Option<(Date, Date)> {
    let dates = || POSITIONS.iter().filter_map(|p| p.stance.as_ref()).map(|s| s.as_of);
    Some((dates().min()?, dates().max()?))
}

/// Every correction with its number (1 for the oldest: the file lists them oldest first), newest
/// first. The number is stable as corrections are added, so links to it keep working.
pub fn corrections_newest_first() -> impl Iterator<Item = (usize, &'static Correction)> {
    CORRECTIONS.iter().enumerate().map(|(i, c)| (i + 1, c)).rev()
}

/// The corrections that affect the view at `path`, newest first, with their numbers.
pub fn corrections_of(path: &str) -> impl Iterator<Item = (usize, &'static Correction)> {
    corrections_newest_first().filter(move |(_, c)| c.views.contains(&path))
}

/// A point's dated status history, oldest first (the checker gives every point one).
pub fn status_history(number: PointNumber) -> &'static [StatusEntry] {
    TRACKER.iter().find(|tracked| tracked.point == number).map_or(&[], |tracked| tracked.entries)
}

/// The status in force for a point on `date`.
/// The day the sources were last searched for news of a point, where that is after its newest
/// entry.
pub fn status_checked(number: PointNumber) -> Option<Date> {
    TRACKER.iter().find(|tracked| tracked.point == number).and_then(|tracked| tracked.checked)
}

pub fn status_on(number: PointNumber, date: Date) -> Option<&'static StatusEntry> {
    gaza_plan_content::status::in_force(status_history(number), date, |entry| entry.date)
}

/// The dates the tracker can show, oldest first: the plan's publication, every date on which a
/// status changed, and the newest fact's.
pub fn status_change_dates() -> Vec<Date> {
    let mut dates: Vec<Date> = TRACKER.iter().flat_map(|tracked| tracked.entries.iter().map(|e| e.date)).collect();
    dates.extend([PLAN.published, EXPLAINER.as_of]);
    dates.sort();
    dates.dedup();
    dates
}

/// The parties a point's commitments assign tasks to, each once, in data/parties.toml's order.
pub fn parties_bound_by(point: &Point) -> Vec<&'static Party> {
    PARTIES.iter().filter(|party| point.commitments.iter().any(|c| c.party == Some(party.id))).collect()
}

/// The parties the plan assigns some task: the choices of the overview's "Plan assigns to" filter.
pub fn bound_parties() -> Vec<&'static Party> {
    PARTIES
        .iter()
        .filter(|party| POINTS.iter().flat_map(|p| p.commitments).any(|c| c.party == Some(party.id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EXPLAINER;

    /// The look-ups above cannot miss because every id in the baked content names something:
    /// the checker's guarantee, held here against the statics themselves.
    #[test]
    fn every_id_in_the_baked_content_names_something() {
        let mut cited: Vec<&[SourceId]> = vec![PLAN.sources];
        cited.extend(POINTS.iter().map(|p| p.sources));
        cited.extend(PARTIES.iter().map(|p| p.sources));
        cited
            .extend(ISSUES.iter().flat_map(|i| std::iter::once(i.sources).chain(i.outcomes.iter().map(|o| o.sources))));
        cited.extend(POSITIONS.iter().filter_map(|p| p.stance.map(|s| s.sources)));
        cited.extend(PEOPLE.iter().map(|p| p.sources));
        cited.extend(EVENTS.iter().map(|e| e.sources));
        cited.extend(FIGURES.iter().map(|f| f.sources));
        cited.extend(CORRECTIONS.iter().map(|c| c.sources));
        cited.extend(EXPLAINER.intros.iter().map(|i| i.sources));
        cited.extend(EXPLAINER.groups.iter().map(|g| g.sources));
        for &id in cited.into_iter().flatten() {
            assert_eq!(source(id).id, id);
        }
        for issue in ISSUES {
            assert!(issue.points.iter().all(|&n| point(n).number == n), "{}", issue.slug);
        }
        for position in POSITIONS {
            assert_eq!((self::issue(position.issue).slug, party(position.party).id), (position.issue, position.party));
        }
        assert!(PEOPLE.iter().filter_map(|p| p.party).all(|id| party(id).id == id));
        assert!(!EXPLAINER.title.is_empty() && first_point() <= last_point());
    }
}
