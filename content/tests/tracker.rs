//! The status tracker (`data/status.toml`): every point has a dated history that opens on the
//! plan's publication, runs oldest first, and gives each status from the vocabulary with a
//! reason and a source.

mod common;

use common::*;

const FILE: &str = "data/status.toml";

#[test]
fn the_fixture_tracker_loads_with_every_point_in_order() {
    let content = load_fixture_replacing(&[]).unwrap_or_else(|e| panic!("{e:#?}"));
    let points: Vec<u8> = content.tracker.iter().map(|t| t.point.get()).collect();
    assert_eq!(points, [1, 2, 3]);
    assert!(content.tracker.iter().all(|t| t.entries.first().map(|e| e.date) == Some(content.plan.published)));
}

#[test]
fn a_status_outside_the_vocabulary_is_rejected() {
    let broken = fixture_with(FILE, "status = \"under-way\"", "status = \"ongoing\"");
    assert_one_error(
        FILE,
        &broken,
        "status = \"ongoing\"",
        "field `point[1].entry.status`: bad status \"ongoing\" (expected one of: done, partly-done, under-way, \
         stalled, disputed, not-started, no-public-information)",
    );
}

#[test]
fn entries_out_of_date_order_are_rejected() {
    // Either of the two entries is the misplaced one: one message, at one of them.
    let broken = fixture_with(FILE, "date = 2020-02-10", "date = 2020-01-05");
    let errors = errors_for(FILE, &broken);
    let lines = [
        line_of(&broken, "date = 2020-01-05"),
        line_of(&broken, "date = 2020-01-10\nstatus = \"not-started\"\nwhy = \"Fixture: nothing"),
    ];
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        lines.iter().any(|line| errors[0].starts_with(&format!("{FILE}:{line}: field `point[1].entry.date`: "))),
        "{errors:#?}"
    );
    assert!(errors[0].ends_with("is out of order: list entries oldest first"), "{errors:#?}");
}

#[test]
fn a_history_that_does_not_open_on_the_plans_publication_is_rejected() {
    let broken = fixture_with(
        FILE,
        "number = 3\n\n[[point.entry]]\ndate = 2020-01-10",
        "number = 3\n\n[[point.entry]]\ndate = 2020-01-20",
    );
    assert_one_error(
        FILE,
        &broken,
        "date = 2020-01-20",
        "field `point[3].entry.date`: the history must open on the plan's publication (2020-01-10), not \
         2020-01-20",
    );
}

#[test]
fn a_date_after_the_as_of_date_is_rejected() {
    let broken = fixture_with(FILE, "date = 2020-03-31", "date = 2020-04-02");
    assert_one_error_containing(
        FILE,
        &broken,
        "date = 2020-04-02",
        "`point[2].entry.date`: 2020-04-02 is after the explainer's as-of date",
    );
}

#[test]
fn a_status_without_a_source_is_rejected() {
    let broken = fixture_with(FILE, "sources = [\"source-three\"]", "sources = []");
    assert_one_error_containing(
        FILE,
        &broken,
        "sources = []",
        "`point[2].entry.sources`: needs at least one source id",
    );
}

#[test]
fn a_point_without_a_status_is_rejected() {
    let cut = fixture(FILE).find("[[point]]\nnumber = 3").expect("point 3 in the fixture");
    let errors = errors_for(FILE, &fixture(FILE)[..cut]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("no status for point(s) 3: every point needs a history"), "{errors:#?}");
}

#[test]
fn a_point_with_no_entry_is_rejected_where_it_is() {
    let broken = fixture_and(FILE, "\n[[point]]\nnumber = 2\n");
    let errors = errors_for(FILE, &broken);
    assert!(errors.iter().any(|e| e.contains("point 2 has a second history")), "{errors:#?}");
}

#[test]
fn a_later_entry_resting_on_the_plan_alone_is_rejected() {
    // source-one is the plan's source in the fixture meta.toml.
    let broken = fixture_with(
        FILE,
        "why = \"Fixture: a first step was reported.\"\nsources = [\"source-two\"]",
        "why = \"Fixture: a first step was reported.\"\nsources = [\"source-one\"]",
    );
    assert_one_error(
        FILE,
        &broken,
        "date = 2020-02-10",
        "field `point[1].entry.date`: the entry of 2020-02-10 rests on the plan alone: a status changes only \
         on a dated, sourced event (a re-check with nothing new moves the point's `checked` date instead)",
    );
}

#[test]
fn an_entry_dated_on_no_event_and_no_source_is_rejected() {
    // 2020-02-12: no event in the fixture timeline, and source-two was published on 2020-02-20.
    let broken = fixture_with(FILE, "date = 2020-02-10", "date = 2020-02-12");
    assert_one_error(
        FILE,
        &broken,
        "date = 2020-02-12",
        "field `point[1].entry.date`: 2020-02-12 is neither the date of an event in data/events.toml nor the \
         publication date of one of the entry's sources: date a status by the event that set it",
    );
}

#[test]
fn an_entry_dated_on_its_sources_publication_is_accepted() {
    // source-two was published on 2020-02-20, though no event falls on that day.
    let moved = fixture_with(FILE, "date = 2020-02-10", "date = 2020-02-20");
    let content = load_fixture_replacing(&[(FILE, &moved)]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.tracker[0].entries[1].date.iso().to_string(), "2020-02-20");
}

#[test]
fn a_check_date_is_shown_with_the_point_and_must_follow_its_newest_entry() {
    let content = load_fixture_replacing(&[]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.tracker[1].checked.map(|d| d.iso().to_string()), Some("2020-04-10".to_owned()));
    let broken = fixture_with(FILE, "checked = 2020-04-10", "checked = 2020-01-10");
    assert_one_error(
        FILE,
        &broken,
        "checked = 2020-01-10",
        "field `point[2].checked`: 2020-01-10 is not after the newest entry (2020-03-31): leave it out, or \
         give the day the sources were last searched",
    );
    let late = fixture_with(FILE, "checked = 2020-04-10", "checked = 2020-05-01");
    assert_one_error(
        FILE,
        &late,
        "checked = 2020-05-01",
        "field `point[2].checked`: 2020-05-01 is after the explainer's last update (2020-04-30) in data/meta.toml",
    );
}
