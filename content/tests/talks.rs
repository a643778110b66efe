//! The talks: parties, issues, positions, people, and the timeline's events.

mod common;

use common::*;

#[test]
fn a_position_naming_an_unknown_party_is_rejected() {
    let broken = fixture_with(
        "data/positions.toml",
        "issue = \"issue-two\"\nparty = \"party-b\"",
        "issue = \"issue-two\"\nparty = \"someone-else\"",
    );
    let line = line_of(&broken, "party = \"someone-else\"");
    // Spelt like no party: not taken for party B's entry, which is then missing, said at the
    // issue's line. (A near spelling is one message: tests/one_mistake.rs.)
    let issue_line = line_of(fixture("data/issues.toml"), "slug = \"issue-two\"");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [
            format!(
                "data/positions.toml:{line}: field `position[issue-two/someone-else].party`: unknown party \"someone-else\" (not in data/parties.toml)"
            ),
            format!(
                "data/issues.toml:{issue_line}: field `issue[issue-two]`: party \"party-b\" has neither a position nor `no_public_position = true` in data/positions.toml"
            ),
        ]
    );
}

#[test]
fn a_position_naming_an_unknown_issue_is_rejected() {
    let broken = fixture_with(
        "data/positions.toml",
        "issue = \"issue-one\"\nparty = \"party-a\"",
        "issue = \"issue-onx\"\nparty = \"party-a\"",
    );
    // Not also party A's entry on issue one, which it is, mistyped.
    assert_one_error(
        "data/positions.toml",
        &broken,
        "issue = \"issue-onx\"",
        "field `position[issue-onx/party-a].issue`: unknown issue \"issue-onx\" (not in data/issues.toml): is it \"issue-one\", on which \"party-a\" has no position?",
    );
}

#[test]
fn a_position_citing_an_unknown_source_is_rejected() {
    let broken = fixture_with(
        "data/positions.toml",
        "as_of = 2020-02-02\nsources = [\"source-two\"]",
        "as_of = 2020-02-02\nsources = [\"rumour\"]",
    );
    assert_one_error(
        "data/positions.toml",
        &broken,
        "\"rumour\"",
        "field `position[issue-one/party-b].sources`: unknown source id \"rumour\" (not in data/sources.toml)",
    );
}

#[test]
fn a_party_with_neither_a_position_nor_an_explicit_none_is_rejected() {
    let entry = "[[position]]\nissue = \"issue-two\"\nparty = \"party-b\"\nno_public_position = true\n\
                 checked = 2020-04-10\nsearched = [\"source-two\"]\n";
    let broken = fixture_with("data/positions.toml", entry, "");
    let line = line_of(fixture("data/issues.toml"), "slug = \"issue-two\"");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [format!(
            "data/issues.toml:{line}: field `issue[issue-two]`: party \"party-b\" has neither a position nor `no_public_position = true` in data/positions.toml"
        )]
    );
}

#[test]
fn no_public_position_cannot_also_carry_a_stance() {
    let broken = fixture_with(
        "data/positions.toml",
        "party = \"party-b\"\nno_public_position = true",
        "party = \"party-b\"\nno_public_position = true\nlabel = \"Guessing\"",
    );
    assert_one_error(
        "data/positions.toml",
        &broken,
        "party = \"party-b\"\nno_public_position",
        "field `position[issue-two/party-b].no_public_position`: has `no_public_position = true` and also label: keep one or the other",
    );
}

#[test]
fn a_stance_missing_its_date_and_sources_is_rejected() {
    let broken = fixture_with(
        "data/positions.toml",
        "camp = \"camp-y\"\nas_of = 2020-02-02\nsources = [\"source-two\"]\n",
        "camp = \"camp-y\"\n",
    );
    assert_one_error(
        "data/positions.toml",
        &broken,
        "party = \"party-b\"\nlabel = \"Fixture label B1\"",
        "field `position[issue-one/party-b].stance`: needs as_of, sources (or `no_public_position = true` if our sources give no position)",
    );
}

#[test]
fn a_second_position_for_the_same_party_and_issue_is_rejected() {
    let extra = "\n[[position]]\nissue = \"issue-one\"\nparty = \"party-a\"\nno_public_position = true\n\
                 checked = 2020-04-10\nsearched = [\"source-one\"]\n";
    let broken = fixture_and("data/positions.toml", extra);
    assert_one_error(
        "data/positions.toml",
        &broken,
        "party = \"party-a\"\nno_public_position",
        "field `position[issue-one/party-a].party`: a second position for \"party-a\" on \"issue-one\"",
    );
}

#[test]
fn an_issue_naming_a_point_the_plan_lacks_is_rejected() {
    let broken = fixture_with("data/issues.toml", "points = [1, 2]", "points = [1, 4]");
    assert_one_error(
        "data/issues.toml",
        &broken,
        "points = [1, 4]",
        "field `issue[issue-two].points`: unknown point 4 (not in data/points.toml)",
    );
}

#[test]
fn nothing_may_be_dated_after_the_as_of_date() {
    let broken = fixture_with("data/events.toml", "date = 2020-03-31", "date = 2020-04-05");
    assert_one_error(
        "data/events.toml",
        &broken,
        "date = 2020-04-05",
        "field `event.date`: 2020-04-05 is after the explainer's as-of date (2020-03-31) in data/meta.toml",
    );
}

#[test]
fn events_out_of_order_are_rejected() {
    let broken = fixture_with("data/events.toml", "date = 2020-02-10", "date = 2019-12-25");
    assert_one_error(
        "data/events.toml",
        &broken,
        "date = 2019-12-25",
        "field `event.date`: 2019-12-25 is out of order: list events oldest first",
    );
}

#[test]
fn a_person_in_an_unknown_group_or_party_is_rejected() {
    let people = fixture("data/people.toml");
    assert_eq!(people.matches("group = \"delegate\"").count(), 1);
    assert_eq!(people.matches("party = \"party-b\"").count(), 1);
    let broken = people.replacen("group = \"delegate\"", "group = \"negotiator\"", 1).replacen(
        "party = \"party-b\"",
        "party = \"party-z\"",
        1,
    );
    assert_errors(
        "data/people.toml",
        &broken,
        &[
            (
                "\"negotiator\"",
                "field `person[Fixture Person One].group`: bad group \"negotiator\" (expected one of: delegate, official, prisoner)",
            ),
            (
                "\"party-z\"",
                "field `person[Fixture Person Two].party`: unknown party \"party-z\" (not in data/parties.toml)",
            ),
        ],
    );
}

#[test]
fn a_blank_position_names_the_sources_searched_and_when() {
    let content = load_fixture_replacing(&[]).unwrap_or_else(|e| panic!("{e:#?}"));
    let blank = content.positions.iter().find(|p| p.stance.is_none()).expect("the fixture has a blank cell");
    let unstated = blank.unstated.expect("a blank cell carries its search");
    assert_eq!(unstated.checked.iso().to_string(), "2020-04-10");
    assert_eq!(unstated.searched.iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["source-two"]);
}

#[test]
fn a_blank_position_without_its_search_is_rejected() {
    let broken = fixture_with("data/positions.toml", "checked = 2020-04-10\nsearched = [\"source-two\"]\n", "");
    assert_one_error(
        "data/positions.toml",
        &broken,
        "no_public_position = true",
        "field `position[issue-two/party-b].no_public_position`: needs checked and searched: the day our sources were \
         searched for a position and the ids of those searched",
    );
}

#[test]
fn a_search_dated_after_the_last_update_is_rejected() {
    let broken = fixture_with("data/positions.toml", "checked = 2020-04-10", "checked = 2020-05-02");
    assert_one_error(
        "data/positions.toml",
        &broken,
        "checked = 2020-05-02",
        "field `position[issue-two/party-b].checked`: 2020-05-02 is after the explainer's last update (2020-04-30) \
         in data/meta.toml",
    );
}

#[test]
fn a_stance_cannot_carry_a_search() {
    let broken = fixture_with(
        "data/positions.toml",
        "camp = \"camp-y\"\nas_of = 2020-02-02\n",
        "camp = \"camp-y\"\nas_of = 2020-02-02\nchecked = 2020-04-10\n",
    );
    assert_one_error(
        "data/positions.toml",
        &broken,
        "checked = 2020-04-10\nsources",
        "field `position[issue-one/party-b].checked`: belongs only with `no_public_position = true`: a stance gives its \
         own `as_of` and `sources`",
    );
}
