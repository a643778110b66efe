//! The Atom feeds of every dated change, read by a parser that is not the one writing them
//! (feed-rs), as a feed reader would: well formed, newest first, one entry per change in the
//! data, each linking a view the site has, and ids that do not depend on where the site lives.

use feed_rs::model::Feed;
use gaza_plan_explainer::Route;
use gaza_plan_explainer::embed::Frame;
use gaza_plan_explainer::model::{CORRECTIONS, EVENTS, FIGURES, ISSUES, TRACKER};
use gaza_plan_explainer::prerender::feed::{FEED_FILE, Scope};
use gaza_plan_explainer::prerender::page_path;
use yew_router::Routable as _;

const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    \
                        <title>t</title>\n  </head>\n  <body><div id=\"app\"></div></body>\n</html>\n";

mod common;
use common::file;

fn files(public_url: &str) -> Vec<(String, String)> {
    common::files(TEMPLATE, public_url)
}

fn parsed(files: &[(String, String)], path: &str) -> Feed {
    feed_rs::parser::parse(file(files, path).as_bytes()).unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
}

/// The view an entry's page link names, below the site at `base`.
fn view_of(link: &str, base: &str) -> Option<Route> {
    let path = link.strip_prefix(base)?;
    Route::recognize(if path.is_empty() { "/" } else { path })
}

#[test]
fn the_whole_feed_has_one_entry_per_dated_change_newest_first() {
    let files = files("https://news.example.com/gaza/");
    let feed = parsed(&files, FEED_FILE);
    let statuses: usize = TRACKER.iter().map(|tracked| tracked.entries.len()).sum();
    let outcomes: usize = ISSUES.iter().map(|issue| issue.outcomes.len()).sum();
    let expected = statuses + EVENTS.len() + outcomes + FIGURES.len() + CORRECTIONS.len();
    assert_eq!(feed.entries.len(), expected, "statuses, events, outcomes, figures, corrections");
    let dates: Vec<_> = feed.entries.iter().map(|entry| entry.updated.expect("every entry is dated")).collect();
    assert!(dates.windows(2).all(|pair| pair[0] >= pair[1]), "newest first");
    for event in EVENTS {
        let entry = feed.entries.iter().find(|entry| entry.title.as_ref().is_some_and(|t| t.content == event.title));
        let entry = entry.unwrap_or_else(|| panic!("no entry for the event {:?}", event.title));
        assert_eq!(entry.updated.map(|d| d.date_naive().to_string()), Some(event.date.iso().to_string()));
        assert_eq!(entry.summary.as_ref().map(|s| s.content.as_str()), Some(event.text));
    }
    for entry in &feed.entries {
        let page =
            entry.links.iter().find(|link| link.rel.as_deref() == Some("alternate")).expect("a link to its view");
        assert!(view_of(&page.href, "https://news.example.com/gaza").is_some(), "{} links no view", page.href);
        assert!(entry.summary.as_ref().is_some_and(|s| !s.content.trim().is_empty()), "{:?} says nothing", entry.id);
        assert!(
            entry.links.iter().any(|link| link.rel.as_deref() == Some("related")),
            "{:?} cites no source",
            entry.id
        );
    }
}

#[test]
fn each_point_s_feed_holds_its_status_history() {
    let files = files("/");
    for tracked in TRACKER {
        let path = Scope::Point(tracked.point).path();
        let feed = parsed(&files, &path);
        let own = format!("/points/{}", tracked.point);
        let statuses = feed.entries.iter().filter(|entry| {
            entry.links.iter().any(|link| link.rel.as_deref() == Some("alternate") && link.href == own)
        });
        assert!(statuses.count() >= tracked.entries.len(), "{path}");
        for entry in &tracked.entries[1..] {
            assert!(feed.entries.iter().any(|e| e.summary.as_ref().is_some_and(|s| s.content == entry.why)), "{path}");
        }
    }
}

#[test]
fn ids_do_not_depend_on_where_the_site_is_published() {
    let ids = |public_url: &str| -> Vec<String> {
        let files = files(public_url);
        Scope::all().into_iter().flat_map(|scope| parsed(&files, &scope.path()).entries).map(|entry| entry.id).collect()
    };
    let here = ids("/");
    assert!(!here.is_empty());
    assert_eq!(here, ids("https://news.example.com/elsewhere/"));
}

#[test]
fn every_page_names_its_feeds_in_its_head_and_embeds_name_none() {
    let files = files("/");
    for route in Route::all() {
        let page = file(&files, &page_path(route, Frame::Site));
        let head = &page[..page.find("</head>").expect("a head")];
        for scope in Scope::of_route(route) {
            let link = format!("type=\"application/atom+xml\" href=\"/{}\"", scope.path());
            assert!(head.contains(&link), "{route:?} does not name {}", scope.path());
            file(&files, &scope.path());
        }
        let embed = file(&files, &page_path(route, Frame::Embed));
        assert!(!embed.contains("application/atom+xml"), "{route:?}'s embed");
    }
}
