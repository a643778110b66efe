//! Points, sources and meta: `data/points.toml`, `data/sources.toml`, `data/meta.toml`.

mod common;

use common::*;

#[test]
fn unknown_source_id_names_file_line_and_field() {
    let broken = fixture_with(
        "data/points.toml",
        "sources = [\"source-one\", \"source-two\"]",
        "sources = [\"source-one\", \"nytimes\"]",
    );
    assert_one_error(
        "data/points.toml",
        &broken,
        "\"nytimes\"",
        "field `point[2].sources`: unknown source id \"nytimes\" (not in data/sources.toml)",
    );
}

#[test]
fn duplicate_point_number_is_reported_where_it_repeats() {
    let broken = fixture_with("data/points.toml", "number = 3\n", "number = 2\n");
    // And nothing else: not also the count, which is short only because of it.
    let at = "number = 2\ntitle = \"Fixture point three\"";
    assert_one_error("data/points.toml", &broken, at, "field `point[2].number`: duplicate point number 2");
}

#[test]
fn missing_point_number_is_reported_where_the_gap_is() {
    let broken = fixture_with("data/points.toml", "number = 2\n", "number = 3\n");
    // And nothing else: not also the point after it, which carries on in sequence.
    assert_one_error(
        "data/points.toml",
        &broken,
        "number = 3\ntitle = \"Fixture point two\"",
        "field `point[3].number`: point 2 is missing: found 3 where 2 was expected",
    );
}

#[test]
fn dropping_the_last_point_breaks_the_count() {
    let points = fixture("data/points.toml");
    let cut = points.find("[[point]]\nnumber = 3").expect("point 3");
    assert_one_error(
        "data/points.toml",
        &points[..cut],
        "number = 2",
        "field `point[2].number`: the plan has 3 points (plan.point_count in data/meta.toml) but the last point here is 2",
    );
}

#[test]
fn empty_summary_is_rejected() {
    let summary =
        "summary = \"\"\"\nFixture point two spans lines. It has a second sentence \\\nand a third.\\\n\"\"\"";
    let broken = fixture_with("data/points.toml", summary, "summary = \"  \"");
    assert_one_error("data/points.toml", &broken, "summary = \"  \"", "field `point[2].summary`: must not be empty");
}

#[test]
fn bad_phase_lists_the_allowed_ones() {
    let broken = fixture_with("data/points.toml", "phase = \"transition\"", "phase = \"phase-two\"");
    assert_one_error(
        "data/points.toml",
        &broken,
        "phase-two",
        "field `point[2].phase`: bad phase \"phase-two\" (expected one of: first-phase, transition, long-term)",
    );
}

#[test]
fn bad_topic_lists_the_allowed_ones() {
    let broken = fixture_with("data/points.toml", "topics = [\"aid\"]", "topics = [\"aids\"]");
    let expected = "field `point[2].topics`: bad topic \"aids\" (expected one of: hostages-prisoners,";
    assert_one_error_starting("data/points.toml", &broken, "\"aids\"", expected);
}

#[test]
fn misspelt_field_is_caught_by_the_parser_with_its_line() {
    let broken = fixture_with("data/points.toml", "title = \"Fixture point three\"", "titel = \"Fixture point three\"");
    assert_one_error_starting("data/points.toml", &broken, "titel =", "field `titel`: unknown field `titel`");
}

#[test]
fn a_one_sentence_summary_is_too_short() {
    let broken = fixture_with("data/points.toml", "a first thing. It then says", "a first thing, and then says");
    assert_one_error(
        "data/points.toml",
        &broken,
        "a first thing, and then",
        "field `point[1].summary`: has 1 sentence(s); write 2 to 4",
    );
}

#[test]
fn a_point_without_sources_makes_no_claim() {
    let broken = fixture_with("data/points.toml", "sources = [\"source-three\"]", "sources = []");
    assert_one_error(
        "data/points.toml",
        &broken,
        "sources = []",
        "field `point[3].sources`: needs at least one source id: no source, no claim",
    );
}

#[test]
fn duplicate_source_id_is_reported() {
    // A source entered twice; for one whose id was left as copied, see tests/one_mistake.rs.
    let again = "\n[[source]]\nid = \"source-two\"\nshort = \"Again\"\npublisher = \"Again\"\ntitle = \"Again\"\n";
    let broken = fixture_and("data/sources.toml", again);
    let at = "id = \"source-two\"\nshort = \"Again\"";
    assert_one_error("data/sources.toml", &broken, at, "field `source[4].id`: duplicate source id \"source-two\"");
}

#[test]
fn an_impossible_date_is_one_error_not_an_avalanche() {
    let broken = fixture_with("data/sources.toml", "published = 2020-02-20", "published = 2020-02-30");
    assert!(only_error("data/sources.toml", &broken, "2020-02-30").contains("day"));
}

#[test]
fn errors_in_several_files_are_all_reported_together() {
    let meta = fixture_with("data/meta.toml", "title = \"Fixture explainer title\"", "title = \"\"");
    let points = fixture_with("data/points.toml", "phase = \"long-term\"", "phase = \"later\"");
    let errors =
        load_fixture_replacing(&[("data/meta.toml", &meta), ("data/points.toml", &points)]).expect_err("rejected");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let (meta_line, points_line) = (line_of(&meta, "title = \"\""), line_of(&points, "\"later\""));
    assert_eq!(errors[0], format!("data/meta.toml:{meta_line}: field `explainer.title`: must not be empty"));
    assert!(
        errors[1].starts_with(&format!("data/points.toml:{points_line}: field `point[3].phase`: bad phase \"later\"")),
        "{errors:#?}"
    );
}

#[test]
fn markup_characters_in_the_data_are_kept_as_they_are() {
    let broken = fixture_with(
        "data/points.toml",
        "title = \"Fixture point three\"",
        "title = \"A <b>special</b> zone: \\\"Tom & Jerry's\\\" \\\\ end\"",
    );
    let content = load_fixture_replacing(&[("data/points.toml", &broken)]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.points[2].title, "A <b>special</b> zone: \"Tom & Jerry's\" \\ end");
}

#[test]
fn a_commitment_names_a_party_at_the_talks_or_none() {
    let content = load_fixture_replacing(&[]).expect("the fixtures are valid");
    let parties: Vec<_> = content.points[0].commitments.iter().map(|c| c.party.map(|p| p.as_str())).collect();
    assert_eq!(parties, [Some("party-a")]);
    let broken = fixture_with("data/points.toml", "party = \"party-a\"", "party = \"party-c\"");
    assert_one_error_containing("data/points.toml", &broken, "party = \"party-c\"", "unknown party \"party-c\"");
}

#[test]
fn the_about_text_may_hold_only_the_dates_it_computes() {
    let broken = fixture_with(
        "data/meta.toml",
        "paragraphs = [\"A fixture paragraph for the about page.\"]",
        "paragraphs = [\"Positions date from {positions_from} to {as_of}.\"]",
    );
    assert_one_error(
        "data/meta.toml",
        &broken,
        "paragraphs = [",
        "field `about.paragraphs`: unknown placeholder {as_of}: the /about text may use {positions_from}, {positions_to}",
    );
}

#[test]
fn a_view_is_introduced_once_by_a_sourced_sentence_on_a_page_the_app_serves() {
    let intro = |view: &str, source: &str| {
        format!("\n[[intro]]\nview = \"{view}\"\ntext = \"A fixture fact.\"\nsources = [\"{source}\"]\n")
    };
    let served = fixture_and(
        "data/meta.toml",
        &[intro("/positions/issue-two", "source-one"), intro("/points/3", "source-two")].concat(),
    );
    let content = load_fixture_replacing(&[("data/meta.toml", &served)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let intros: Vec<_> = content.explainer.intros.iter().map(|i| (i.view, i.text, i.sources[0].as_str())).collect();
    assert_eq!(
        intros,
        [("/positions/issue-two", "A fixture fact.", "source-one"), ("/points/3", "A fixture fact.", "source-two")]
    );

    let broken = fixture_and("data/meta.toml", &[intro("/points/9", "source-one"), intro("/", "nytimes")].concat());
    assert_errors(
        "data/meta.toml",
        &broken,
        &[
            (
                "sources = [\"nytimes\"]",
                "field `intro.sources`: unknown source id \"nytimes\" (not in data/sources.toml)",
            ),
            (
                "view = \"/points/9\"",
                "field `intro.view`: no view at \"/points/9\" (write a path such as \"/positions\" or \"/points/7\")",
            ),
        ],
    );

    let twice = fixture_and("data/meta.toml", &[intro("/", "source-one"), intro("/", "source-two")].concat());
    let at = "view = \"/\"\ntext = \"A fixture fact.\"\nsources = [\"source-two\"]";
    assert_one_error(
        "data/meta.toml",
        &twice,
        at,
        "field `intro.view`: \"/\" has an introduction already: write one per view",
    );
}

#[test]
fn every_group_of_points_has_one_sourced_sentence_in_the_phases_order() {
    let content = load_fixture_replacing(&[]).unwrap_or_else(|e| panic!("{e:#?}"));
    let groups: Vec<_> = content.explainer.groups.iter().map(|g| (g.phase.slug(), g.sources[0].as_str())).collect();
    assert_eq!(groups, [("first-phase", "source-one"), ("transition", "source-one"), ("long-term", "source-two")]);

    let meta = fixture("data/meta.toml");
    let second = meta.find("[[group]]\nphase = \"transition\"").expect("the second group");
    let third = meta.find("[[group]]\nphase = \"long-term\"").expect("the third group");
    let without_second = [&meta[..second], &meta[third..]].concat();
    assert_one_error(
        "data/meta.toml",
        &without_second,
        "[[group]]\nphase = \"first-phase\"",
        "field `group`: no [[group]] for phase \"transition\": write one per phase, \"first-phase\", \"transition\", \"long-term\"",
    );

    let twice = fixture_with("data/meta.toml", "phase = \"long-term\"", "phase = \"transition\"");
    let errors = errors_for("data/meta.toml", &twice);
    assert!(
        errors.iter().any(|e| e.contains("phase \"transition\" has a group already")),
        "a second group for one phase is reported: {errors:#?}"
    );
    assert!(errors.iter().any(|e| e.contains("no [[group]] for phase \"long-term\"")), "{errors:#?}");

    let unsourced = fixture_with("data/meta.toml", "sources = [\"source-two\"]", "sources = []");
    assert_one_error_containing("data/meta.toml", &unsourced, "sources = []", "no source, no claim");
}
