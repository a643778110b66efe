//! The Atom feeds (RFC 4287) of every dated change: a point's new status, an event, what happened
//! next on a disputed issue, a figure, a correction. One feed holds them all (`feed.xml`), and
//! each point has one of its own (`points/N/feed.xml`); every page's head names its feeds.
//!
//! An entry's id comes from what it is in the data, never from its place in a list, so a feed
//! reader sees the same entry as the same one in every build, and a new fact only as new.

use std::str::FromStr as _;

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use yew_router::Routable as _;

use super::Site;
use crate::model::{
    CHARTS, CORRECTIONS, Chart, Correction, Date, EVENTS, EXPLAINER, Event, FIGURES, Figure, ISSUES, Issue,
    PointNumber, SourceId, StatusEntry, TRACKER, Tracked, source,
};
use crate::route::Route;
use crate::say;
use crate::words::{WORDS, status};

/// The whole explainer's feed, below the site.
pub const FEED_FILE: &str = "feed.xml";

/// The `tag:` URI (RFC 4151) authority of every id: a name, not an address, so that ids do not
/// change when the site moves.
const TAG: &str = "tag:gaza-plan-explainer,2025";

/// Which changes a feed holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Whole,
    Point(PointNumber),
}

impl Scope {
    /// Every feed the site has.
    pub fn all() -> Vec<Scope> {
        std::iter::once(Scope::Whole).chain(TRACKER.iter().map(|tracked| Scope::Point(tracked.point))).collect()
    }

    /// Its file, below the site.
    pub fn path(self) -> String {
        match self {
            Scope::Whole => FEED_FILE.into(),
            Scope::Point(number) => format!("points/{number}/{FEED_FILE}"),
        }
    }

    /// Its title, as feed readers and the page's head name it.
    pub fn title(self) -> String {
        match self {
            Scope::Whole => say!(feed_title, title = EXPLAINER.title),
            Scope::Point(number) => say!(feed_point_title, number = number),
        }
    }

    /// The feeds a view's head names: the whole explainer's, and a point page's own.
    pub fn of_route(route: Route) -> Vec<Scope> {
        match route {
            Route::Point { number } => vec![Scope::Whole, Scope::Point(number)],
            _ => vec![Scope::Whole],
        }
    }

    fn holds(self, change: &Change) -> bool {
        match self {
            Scope::Whole => true,
            Scope::Point(number) => change.points.contains(&number),
        }
    }

    fn view(self) -> Route {
        match self {
            Scope::Whole => Route::Overview,
            Scope::Point(number) => Route::Point { number },
        }
    }
}

/// One dated change, as an entry of the feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What it is in the data ("status/7/2025-10-10"), the tail of its id.
    pub key: String,
    pub date: Date,
    pub title: String,
    pub text: String,
    /// The view that shows it.
    pub route: Route,
    pub sources: Vec<SourceId>,
    /// The points whose feeds hold it.
    pub points: Vec<PointNumber>,
}

/// Every change in the data, newest first (on one day, in the order of their keys).
pub fn changes() -> Vec<Change> {
    let mut all = status_changes(TRACKER);
    all.extend(event_changes(EVENTS));
    all.extend(ISSUES.iter().flat_map(outcome_changes));
    all.extend(figure_changes(FIGURES, CHARTS));
    all.extend(correction_changes(CORRECTIONS));
    all.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.key.cmp(&b.key)));
    all
}

/// Each status entry of each point: the tracker's history.
pub fn status_changes(tracker: &[Tracked]) -> Vec<Change> {
    let change = |number: PointNumber, entry: &StatusEntry| Change {
        key: format!("status/{number}/{}", entry.date.iso()),
        date: entry.date,
        title: say!(feed_status, number = number, status = status(entry.status)),
        text: entry.why.to_owned(),
        route: Route::Point { number },
        sources: entry.sources.to_vec(),
        points: vec![number],
    };
    tracker.iter().flat_map(|tracked| tracked.entries.iter().map(move |entry| change(tracked.point, entry))).collect()
}

/// The timeline's events, keyed by their date and their order among that day's.
pub fn event_changes(events: &[Event]) -> Vec<Change> {
    super::numbered_by_day(events, |event| event.date)
        .map(|(nth, event)| Change {
            key: format!("event/{}/{nth}", event.date.iso()),
            date: event.date,
            title: event.title.to_owned(),
            text: event.text.to_owned(),
            route: Route::Timeline,
            sources: event.sources.to_vec(),
            points: Vec::new(),
        })
        .collect()
}

/// What happened next on a disputed issue, on its page and in the feeds of the points it touches.
pub fn outcome_changes(issue: &Issue) -> Vec<Change> {
    super::numbered_by_day(issue.outcomes, |outcome| outcome.date)
        .map(|(nth, outcome)| Change {
            key: format!("outcome/{}/{}/{nth}", issue.slug, outcome.date.iso()),
            date: outcome.date,
            title: say!(feed_outcome, issue = issue.title),
            text: outcome.text.to_owned(),
            route: Route::Issue { slug: issue.slug },
            sources: outcome.sources.to_vec(),
            points: issue.points.to_vec(),
        })
        .collect()
}

/// Each figure, on the first chart that draws it (or /figures), in the feeds of that chart's points.
pub fn figure_changes(figures: &[Figure], charts: &[Chart]) -> Vec<Change> {
    figures
        .iter()
        .map(|figure| {
            let drawn_by: Vec<&Chart> = charts
                .iter()
                .filter(|chart| {
                    chart
                        .panels
                        .iter()
                        .flat_map(|panel| panel.series)
                        .flat_map(|series| series.points)
                        .any(|p| p.figure == figure.id)
                })
                .collect();
            let mut points: Vec<PointNumber> = drawn_by.iter().flat_map(|chart| chart.points.iter().copied()).collect();
            points.sort();
            points.dedup();
            let text =
                say!(feed_figure_text, value = figure.value, attribution = figure.attribution, detail = figure.detail);
            Change {
                key: format!("figure/{}", figure.id.as_str()),
                date: figure.as_of,
                title: say!(feed_figure, label = figure.label, value = figure.value),
                text: text.trim_end().to_owned(),
                route: drawn_by.first().map_or(Route::Figures, |chart| Route::Chart { slug: chart.slug }),
                sources: figure.sources.to_vec(),
                points,
            }
        })
        .collect()
}

/// Each correction, by its number on /corrections (1 for the oldest), in the feeds of the points
/// whose pages it corrects.
pub fn correction_changes(corrections: &[Correction]) -> Vec<Change> {
    corrections
        .iter()
        .enumerate()
        .map(|(i, correction)| Change {
            key: format!("correction/{}", i + 1),
            date: correction.date,
            title: say!(view_corrections_corrected_on, date = crate::words::date(correction.date)),
            text: say!(feed_correction_text, wrong = correction.wrong, now = correction.now),
            route: Route::Corrections,
            sources: correction.sources.to_vec(),
            points: correction.views.iter().filter_map(|view| Route::recognize(view)).filter_map(point_of).collect(),
        })
        .collect()
}

fn point_of(route: Route) -> Option<PointNumber> {
    match route {
        Route::Point { number } => Some(number),
        _ => None,
    }
}

/// The id of an entry or a feed in this edition.
pub fn id(tail: &str) -> String {
    format!("{TAG}:{}/{tail}", WORDS.edition_lang)
}

/// The feed `scope` names, as Atom XML.
pub fn feed(scope: Scope, site: &Site) -> Result<String, String> {
    let html_link = |route: Route| Link {
        href: site.url(&route.to_path()),
        rel: "alternate".into(),
        mime_type: Some("text/html".into()),
        hreflang: Some(WORDS.edition_lang.into()),
        ..Link::default()
    };
    let entries = changes()
        .into_iter()
        .filter(|change| scope.holds(change))
        .map(|change| {
            // The publisher's address, or where /sources describes a source that has none.
            let sources = change.sources.iter().map(|id| {
                let source = source(*id);
                let href = source.urls.first().map_or_else(
                    || site.url(&format!("{}#{}", Route::Sources.to_path(), crate::anchors::source(*id))),
                    |url| (*url).to_owned(),
                );
                Link {
                    href,
                    rel: "related".into(),
                    title: Some(say!(feed_source, source = source.short)),
                    ..Link::default()
                }
            });
            Ok(Entry {
                id: id(&change.key),
                title: Text::plain(change.title),
                updated: day(change.date)?,
                summary: Some(Text::plain(change.text)),
                links: std::iter::once(html_link(change.route)).chain(sources).collect(),
                ..Entry::default()
            })
        })
        .collect::<Result<Vec<Entry>, String>>()?;
    let own = Link {
        href: site.url(&scope.path()),
        rel: "self".into(),
        mime_type: Some("application/atom+xml".into()),
        ..Link::default()
    };
    let feed = Feed {
        id: id(&scope.path()),
        title: Text::plain(scope.title()),
        subtitle: Some(Text::plain(WORDS.feed_subtitle)),
        updated: day(EXPLAINER.updated)?,
        authors: vec![Person { name: EXPLAINER.title.into(), ..Person::default() }],
        links: vec![own, html_link(scope.view())],
        lang: Some(WORDS.edition_lang.into()),
        entries,
        ..Feed::default()
    };
    Ok(feed.to_string())
}

/// The start of a day, in UTC: the data dates days, not hours.
fn day(date: Date) -> Result<FixedDateTime, String> {
    FixedDateTime::from_str(&format!("{}T00:00:00Z", date.iso())).map_err(|e| format!("{}: {e}", date.iso()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_event_changes_no_other_entry_s_id() {
        let entries = |events: &[Event]| -> Vec<(String, String)> {
            event_changes(events).into_iter().map(|change| (change.key, change.title)).collect()
        };
        let before = entries(EVENTS);
        let (first, newest) = (EVENTS.first().expect("events"), EVENTS.last().expect("events"));
        let mut more = EVENTS.to_vec();
        // Another event on the newest day, at the end, and one on a day of its own, at the top;
        // each borrows a title from the data, so that every entry stays told apart by its key.
        more.push(Event { title: first.title, ..*newest });
        let day_of_its_own = Date::new(2025, 1, 1).expect("a date");
        more.insert(0, Event { date: day_of_its_own, ..*newest });
        let after = entries(&more);
        assert!(before.iter().all(|entry| after.contains(entry)), "{before:?}\n{after:?}");
        assert_eq!(after.len(), before.len() + 2);
        let unique: std::collections::BTreeSet<&String> = after.iter().map(|(key, _)| key).collect();
        assert_eq!(unique.len(), after.len(), "every key is its own");
    }

    #[test]
    fn every_change_has_its_own_id_and_the_feeds_are_newest_first() {
        let all = changes();
        let ids: std::collections::BTreeSet<String> = all.iter().map(|change| id(&change.key)).collect();
        assert_eq!(ids.len(), all.len());
        assert!(all.windows(2).all(|pair| pair[0].date >= pair[1].date));
    }

    #[test]
    fn a_point_s_feed_holds_its_status_history_and_nothing_of_another_point() {
        for tracked in TRACKER {
            let scope = Scope::Point(tracked.point);
            let held: Vec<Change> = changes().into_iter().filter(|change| scope.holds(change)).collect();
            let statuses = held.iter().filter(|change| change.key.starts_with("status/")).count();
            assert_eq!(statuses, tracked.entries.len(), "point {}", tracked.point);
            assert!(held.iter().all(|change| change.points.contains(&tracked.point)));
        }
    }
}
