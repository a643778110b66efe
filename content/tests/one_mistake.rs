//! One mistake, one message: what a mistake makes look wrong elsewhere is not reported too.

mod common;

use common::*;
use gaza_plan_content::check::FILES;

#[test]
fn a_mistyped_point_number_is_one_message() {
    let broken = fixture_with("data/points.toml", "number = 2\n", "number = 44\n");
    // Not "out of order" for point 3, nor the count, nor the issue that names point 2.
    assert_one_error(
        "data/points.toml",
        &broken,
        "number = 44",
        "field `point[44].number`: point 2 is missing: found 44 where 2 was expected",
    );
}

#[test]
fn a_point_without_a_number_is_one_message() {
    let broken = fixture_with("data/points.toml", "number = 2\n", "");
    assert_one_error(
        "data/points.toml",
        &broken,
        "[[point]]\ntitle = \"Fixture point two\"",
        "field `point[?].number`: is missing",
    );
}

#[test]
fn an_issues_toml_syntax_error_is_one_message() {
    let broken = fixture_with("data/issues.toml", "slug = \"issue-two\"", "slug = \"issue-two");
    // Not the positions naming its issues, nor the correction naming /positions/issue-one.
    only_error("data/issues.toml", &broken, "slug = \"issue-two");
}

#[test]
fn a_file_that_does_not_parse_is_that_files_only_message() {
    for file in FILES {
        let broken = fixture_and(file, "\n[[not closed\n");
        let errors = errors_for(file, &broken);
        assert_eq!(errors.len(), 1, "{file}: {errors:#?}");
        let line = broken.lines().count();
        assert!(errors[0].starts_with(&format!("{file}:{line}: ")), "{file}: {errors:#?}");
    }
}

#[test]
fn a_date_of_the_wrong_kind_is_one_message() {
    let meta = fixture_with("data/meta.toml", "as_of = 2020-03-31", "as_of = \"31 March 2020\"");
    // Nothing else is compared with a date that is not there.
    assert_one_error(
        "data/meta.toml",
        &meta,
        "as_of =",
        "field `explainer.as_of`: must be a date like 2025-09-29, with no time",
    );
}

#[test]
fn a_misdated_event_is_the_one_called_out_of_order() {
    let event = |date: &str| {
        format!(
            "[[event]]\ndate = {date}\ntitle = \"An event\"\ntext = \"It happened.\"\nsources = [\"source-one\"]\n\n"
        )
    };
    let events: String = ["2020-01-05", "2020-03-30", "2020-02-10", "2020-02-20"].map(event).concat();
    // The entry that breaks the order, not the next one, which only looks late beside it.
    assert_one_error(
        "data/events.toml",
        &events,
        "2020-03-30",
        "field `event.date`: 2020-03-30 is out of order: list events oldest first",
    );
}

#[test]
fn a_mistyped_party_id_is_one_message_at_its_definition() {
    let broken = fixture_with("data/parties.toml", "id = \"party-b\"", "id = \"party-bb\"");
    // Not each position and person naming party-b, nor each issue party-bb has no position on.
    assert_one_error(
        "data/parties.toml",
        &broken,
        "id = \"party-bb\"",
        "field `party[party-bb].id`: \"party-bb\" is named nowhere else, while \"party-b\" is named 3 time(s) and defined nowhere: is \"party-bb\" a typo for \"party-b\"?",
    );
}

#[test]
fn a_mistyped_source_id_or_issue_slug_is_one_message_at_its_definition() {
    let sources = fixture_with("data/sources.toml", "id = \"source-three\"", "id = \"source-thre\"");
    let expected = "field `source[3].id`: \"source-thre\" is named nowhere else, while \"source-three\" is named";
    assert_one_error_starting("data/sources.toml", &sources, "id = \"source-thre\"", expected);
    let issues = fixture_with("data/issues.toml", "slug = \"issue-two\"", "slug = \"issue-tvo\"");
    let message = only_error("data/issues.toml", &issues, "slug = \"issue-tvo\"");
    assert!(message.ends_with("is \"issue-tvo\" a typo for \"issue-two\"?"), "{message}");
}

#[test]
fn a_party_with_no_entry_at_all_is_one_message_at_its_definition() {
    let party = "\n[[party]]\nid = \"party-c\"\nname = \"Party C\"\ndescription = \"A third party.\"\nsources = [\"source-one\"]\n";
    let broken = fixture_and("data/parties.toml", party);
    assert_one_error(
        "data/parties.toml",
        &broken,
        "id = \"party-c\"",
        "field `party[party-c].id`: has no entry in data/positions.toml: give it a position, or `no_public_position = true`, on each issue",
    );
}

#[test]
fn a_mistyped_party_where_a_position_names_it_is_one_message() {
    let broken = fixture_with(
        "data/positions.toml",
        "issue = \"issue-one\"\nparty = \"party-b\"",
        "issue = \"issue-one\"\nparty = \"party-bb\"",
    );
    // Not also "party-b has neither a position nor …" at issue one: this is that entry.
    assert_one_error(
        "data/positions.toml",
        &broken,
        "party = \"party-bb\"",
        "field `position[issue-one/party-bb].party`: unknown party \"party-bb\" (not in data/parties.toml): is it \"party-b\", which has no position on \"issue-one\"?",
    );
}

#[test]
fn a_source_id_left_as_copied_is_one_message_at_the_copy() {
    let broken = fixture_with("data/sources.toml", "id = \"source-two\"", "id = \"source-one\"");
    // Not also every citation of source-two, which is now defined nowhere.
    let cited = citations_of("source-two");
    assert_one_error(
        "data/sources.toml",
        &broken,
        "id = \"source-one\"\nshort = \"Source Two\"",
        &format!(
            "field `source[2].id`: duplicate source id \"source-one\", while \"source-two\" is named {cited} time(s) and defined nowhere: is this one \"source-two\"?"
        ),
    );
}

#[test]
fn a_copied_party_id_or_issue_slug_is_one_message_at_the_copy() {
    let parties = fixture_with("data/parties.toml", "id = \"party-b\"", "id = \"party-a\"");
    let message = only_error("data/parties.toml", &parties, "id = \"party-a\"\nname = \"Party B\"");
    assert!(message.ends_with("while \"party-b\" is named 3 time(s) and defined nowhere: is this one \"party-b\"?"));
    let issues = fixture_with("data/issues.toml", "slug = \"issue-two\"", "slug = \"issue-one\"");
    let message = only_error("data/issues.toml", &issues, "slug = \"issue-one\"\ntitle = \"Fixture issue two");
    assert!(
        message.ends_with("while \"issue-two\" is named 2 time(s) and defined nowhere: is this one \"issue-two\"?")
    );
}

#[test]
fn a_copied_id_with_two_ids_undefined_is_not_guessed() {
    let sources = fixture_with("data/sources.toml", "id = \"source-two\"", "id = \"source-one\"");
    let points = fixture_with("data/points.toml", "sources = [\"source-three\"]", "sources = [\"nytimes\"]");
    let errors = load_fixture_replacing(&[("data/sources.toml", &sources), ("data/points.toml", &points)])
        .expect_err("rejected");
    // Either could be the one meant: the duplicate is said plainly, and each citation stands.
    assert!(errors[0].ends_with("duplicate source id \"source-one\""), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("unknown source id \"nytimes\"")), "{errors:#?}");
    let cited = citations_of("source-two");
    assert_eq!(errors.iter().filter(|e| e.contains("unknown source id \"source-two\"")).count(), cited, "{errors:#?}");
}

/// How many times the fixtures cite `id`, outside the file that defines it.
fn citations_of(id: &str) -> usize {
    let quoted = format!("\"{id}\"");
    let files = gaza_plan_content::check::FILES.into_iter().filter(|name| *name != "data/sources.toml");
    files.map(|name| common::fixture(name).matches(quoted.as_str()).count()).sum()
}
