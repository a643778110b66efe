//! Corrections: dated between the plan and the last update, each naming views that exist.

mod common;

use common::*;

/// A corrections file with one correction dated `date` that affects `views`.
fn one_correction(date: &str, views: &str) -> String {
    format!(
        "[[correction]]\ndate = {date}\nviews = {views}\nwrong = \"It said one thing.\"\n\
         now = \"It says another.\"\nsources = [\"source-one\"]\n"
    )
}

/// `explainer.updated` in the fixture meta file, as written there.
fn updated_date() -> String {
    let meta = toml::de::DeTable::parse(fixture("data/meta.toml")).expect("meta.toml parses");
    let explainer = meta.get_ref().get("explainer").and_then(|e| e.get_ref().as_table()).expect("[explainer]");
    let updated =
        explainer.get("updated").and_then(|u| u.get_ref().as_datetime()).expect("explainer.updated is a date");
    updated.to_string()
}

#[test]
fn a_correction_naming_a_view_that_does_not_exist_is_rejected() {
    let corrections = one_correction(&updated_date(), "[\"/people\", \"/points/4\"]");
    assert_one_error(
        "data/corrections.toml",
        &corrections,
        "views =",
        "field `correction[1].views`: no view at \"/points/4\" (write a path such as \"/people\" or \"/points/7\")",
    );
}

#[test]
fn a_correction_dated_after_the_last_update_is_rejected() {
    let corrections = one_correction("2999-01-01", "[\"/people\"]");
    assert_one_error(
        "data/corrections.toml",
        &corrections,
        "date =",
        "field `correction[1].date`: 2999-01-01 is after explainer.updated (2020-04-30) in data/meta.toml",
    );
}

#[test]
fn a_correction_dated_before_the_plan_is_rejected() {
    let corrections = one_correction("2019-12-31", "[\"/\"]");
    assert_one_error(
        "data/corrections.toml",
        &corrections,
        "date =",
        "field `correction[1].date`: 2019-12-31 is before the plan was published (2020-01-10)",
    );
}

#[test]
fn a_correction_without_views_or_sources_is_rejected() {
    let corrections = one_correction(&updated_date(), "[]").replacen("sources = [\"source-one\"]", "sources = []", 1);
    assert_errors(
        "data/corrections.toml",
        &corrections,
        &[
            ("views =", "field `correction[1].views`: name at least one view the correction affects"),
            ("sources =", "field `correction[1].sources`: needs at least one source id: no source, no claim"),
        ],
    );
}

#[test]
fn an_update_before_the_as_of_date_is_rejected() {
    let meta = fixture_with("data/meta.toml", &format!("updated = {}", updated_date()), "updated = 2020-03-30");
    assert_one_error(
        "data/meta.toml",
        &meta,
        "updated =",
        "field `explainer.updated`: is earlier than explainer.as_of (2020-03-31): the newest fact cannot postdate the last update",
    );
}

#[test]
fn a_first_publication_after_the_last_update_is_rejected_and_one_before_it_is_read() {
    let updated = format!("updated = {}", updated_date());
    let late = fixture_with("data/meta.toml", &updated, &format!("{updated}\npublished = 2999-01-01"));
    let message = format!("field `explainer.published`: is later than explainer.updated ({})", updated_date());
    assert_one_error("data/meta.toml", &late, "published = 2999", &message);
    let meta = fixture_with("data/meta.toml", &updated, &format!("{updated}\npublished = 2020-01-01"));
    let content = load_fixture_replacing(&[("data/meta.toml", &meta)]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.explainer.published.map(|d| d.iso().to_string()), Some("2020-01-01".to_owned()));
}

#[test]
fn a_valid_correction_loads_with_its_views() {
    let corrections = one_correction(&updated_date(), "[\"/people\", \"/positions/issue-two\"]");
    let content =
        load_fixture_replacing(&[("data/corrections.toml", &corrections)]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.corrections.len(), 1);
    assert_eq!(content.corrections[0].views, ["/people", "/positions/issue-two"]);
}

#[test]
fn an_editions_own_corrections_join_the_shared_log_by_date_marked_as_its_own() {
    // One a day before the fixture's shared correction (2020-03-20) and one after it.
    let own = [one_correction("2020-03-19", "[\"/people\"]"), one_correction(&updated_date(), "[\"/\"]")].concat();
    let content =
        load_fixture_replacing(&[("data/edition-corrections.toml", &own)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let log: Vec<_> = content.corrections.iter().map(|c| (c.date.iso().to_string(), c.edition_only)).collect();
    assert_eq!(log, [("2020-03-19".into(), true), ("2020-03-20".into(), false), (updated_date(), true)]);

    // Checked as the shared log is, and named by its own file.
    let late = one_correction("2999-01-01", "[\"/people\"]");
    assert_one_error_starting(
        "data/edition-corrections.toml",
        &late,
        "date = 2999-01-01",
        "field `correction[1].date`: 2999-01-01 is after explainer.updated",
    );
}

/// An edition's own corrections are its own file, read as written: neither the English file nor
/// an overlay of it, and not held in step with the other edition.
#[test]
fn an_edition_reads_its_own_corrections_and_not_the_english_ones() {
    use gaza_plan_content::check::{edition_own, read_edition, translated};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let name = "data/edition-corrections.toml";
    assert!(edition_own(name) && !translated(name));
    let english = read_edition(&root, name, None).expect("the English edition's own corrections");
    let arabic = read_edition(&root, name, Some("data/ar/")).expect("the Arabic edition's own corrections");
    assert_eq!(english, shipped(name));
    assert_eq!(arabic, std::fs::read_to_string(root.join("data/ar/edition-corrections.toml")).expect("readable"));
    assert_ne!(english, arabic);
}
