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
    let broken = fixture_with(FILE, "date = 2020-02-15", "date = 2020-01-05");
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
        "field `point[3].entry.date`: the history must open on the plan's publication (10 January 2020), not 20 \
         January 2020",
    );
}

#[test]
fn a_date_after_the_as_of_date_is_rejected() {
    let broken = fixture_with(FILE, "date = 2020-03-31", "date = 2020-04-02");
    assert_one_error_containing(
        FILE,
        &broken,
        "date = 2020-04-02",
        "`point[2].entry.date`: 2 April 2020 is after the explainer's as-of date",
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
