//! The checks that stand between an editor's typo and a reader: each broken input below must
//! fail the build with the file, the line and the field.
//!
//! Two kinds of test. A few check the SHIPPED files in `data/`, by shape only, so that an
//! editor can rewrite any sentence or move any date. Every test that plants a mistake does it
//! in the small fixture files in `tests/fixtures/data/`, which these tests own: they are loaded
//! under the names in `check::FILES` ("data/points.toml", ...), so the messages read exactly
//! as an editor would see them.

use gaza_plan_content::Content;
use gaza_plan_content::check::{Arena, FILES, load};

/// The shipped data files, by name.
fn shipped(name: &str) -> &'static str {
    match name {
        "data/meta.toml" => include_str!("../../data/meta.toml"),
        "data/sources.toml" => include_str!("../../data/sources.toml"),
        "data/points.toml" => include_str!("../../data/points.toml"),
        "data/parties.toml" => include_str!("../../data/parties.toml"),
        "data/issues.toml" => include_str!("../../data/issues.toml"),
        "data/positions.toml" => include_str!("../../data/positions.toml"),
        "data/people.toml" => include_str!("../../data/people.toml"),
        "data/events.toml" => include_str!("../../data/events.toml"),
        "data/figures.toml" => include_str!("../../data/figures.toml"),
        "data/corrections.toml" => include_str!("../../data/corrections.toml"),
        other => panic!("no data file {other}"),
    }
}

/// The test-owned stand-in for each data file, by the data file's name.
fn fixture(name: &str) -> &'static str {
    match name {
        "data/meta.toml" => include_str!("fixtures/data/meta.toml"),
        "data/sources.toml" => include_str!("fixtures/data/sources.toml"),
        "data/points.toml" => include_str!("fixtures/data/points.toml"),
        "data/parties.toml" => include_str!("fixtures/data/parties.toml"),
        "data/issues.toml" => include_str!("fixtures/data/issues.toml"),
        "data/positions.toml" => include_str!("fixtures/data/positions.toml"),
        "data/people.toml" => include_str!("fixtures/data/people.toml"),
        "data/events.toml" => include_str!("fixtures/data/events.toml"),
        "data/figures.toml" => include_str!("fixtures/data/figures.toml"),
        "data/corrections.toml" => include_str!("fixtures/data/corrections.toml"),
        other => panic!("no fixture for {other}: add one to content/tests/fixtures/data/"),
    }
}

/// Where a test's content lives: for the rest of the test run, which is short.
fn arena() -> &'static Arena {
    Box::leak(Box::default())
}

/// The shipped files, checked; panics with every message if they are rejected.
fn load_shipped() -> Content<'static> {
    load(&|name| Ok(shipped(name).to_owned()), arena()).unwrap_or_else(|errors| {
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the shipped data is rejected: {messages:#?}")
    })
}

/// Loads the fixtures with some files replaced, returning the messages an editor would see.
fn load_fixture_replacing(replaced: &[(&str, &str)]) -> Result<Content<'static>, Vec<String>> {
    for (name, _) in replaced {
        assert!(FILES.contains(name), "not a data file: {name}");
    }
    let read = |name: &str| {
        Ok(replaced
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| fixture(name).to_owned(), |(_, text)| (*text).to_owned()))
    };
    load(&read, arena()).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The messages for the fixtures with `file` replaced by `text`, which must be rejected.
fn errors_for(file: &str, text: &str) -> Vec<String> {
    load_fixture_replacing(&[(file, text)]).expect_err("broken data must be rejected")
}

/// The fixture for `file` with `from`, which must occur exactly once, replaced by `to`.
fn fixture_with(file: &str, from: &str, to: &str) -> String {
    let text = fixture(file);
    assert_eq!(text.matches(from).count(), 1, "fixture text must occur once in {file}: {from}");
    text.replacen(from, to, 1)
}

/// The 1-based line on which `needle`, which must occur exactly once, starts.
fn line_of(text: &str, needle: &str) -> usize {
    assert_eq!(text.matches(needle).count(), 1, "needle must occur once: {needle}");
    let at = text.find(needle).expect("needle in text");
    text[..at].matches('\n').count() + 1
}

// --- The shipped data: shape only, so that editors can rewrite it freely ---

#[test]
fn shipped_data_is_valid_and_complete() {
    let content = load_shipped();
    assert_eq!(content.plan.point_count, 20);
    let numbers: Vec<u8> = content.points.iter().map(|p| p.number.get()).collect();
    assert_eq!(numbers, (1..=20).collect::<Vec<u8>>());
    for point in content.points {
        assert!(!point.commitments.is_empty(), "point {} commits nobody", point.number);
        assert!(!point.sources.is_empty(), "point {} has no source", point.number);
    }
}

#[test]
fn point_five_carries_every_number_the_plan_names() {
    let content = load_shipped();
    let point = |n: u8| content.points.iter().find(|p| p.number.get() == n).expect("point in data");
    let text: String = point(5).commitments.iter().map(|c| c.what).collect();
    for number in ["250", "1,700", "15"] {
        assert!(text.contains(number), "point 5 commitments lack {number}: {text}");
    }
    let four = point(4);
    assert!(four.commitments.iter().any(|c| c.when.unwrap_or("").contains("72 hours")));
}

#[test]
fn shipped_positions_cover_every_issue_and_party() {
    let content = load_shipped();
    assert!(content.issues.len() >= 9, "the issue asks for at least nine issues");
    for issue in content.issues {
        for party in content.parties {
            let entries = content.positions.iter().filter(|p| p.issue == issue.slug && p.party == party.id).count();
            assert_eq!(entries, 1, "{} / {}", issue.slug, party.id);
        }
    }
    let parties: Vec<&str> = content.parties.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(parties, ["hamas", "israel", "united-states", "mediators"]);
}

// --- The fixtures every test below breaks ---

#[test]
fn the_fixtures_are_valid() {
    for file in FILES {
        assert!(fixture(file).starts_with("# Test fixture: not editorial content."), "{file} lacks the header");
    }
    let content = load_fixture_replacing(&[]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.plan.point_count, 3);
    let numbers: Vec<u8> = content.points.iter().map(|p| p.number.get()).collect();
    assert_eq!(numbers, [1, 2, 3]);
    // A multi-line summary is kept without the whitespace its line continuations leave.
    assert_eq!(content.points[1].summary, "Fixture point two spans lines. It has a second sentence and a third.");
    assert_eq!(content.issues.len(), 2);
    assert_eq!(content.positions.len(), content.issues.len() * content.parties.len());
    assert_eq!(content.positions.iter().filter(|p| p.stance.is_none()).count(), 1);
    assert_eq!(content.corrections.len(), 1);
    assert_eq!(content.corrections[0].views, ["/points/1", "/positions/issue-one", "/about"]);
}

// --- Points, sources and meta ---

#[test]
fn unknown_source_id_names_file_line_and_field() {
    let broken = fixture_with(
        "data/points.toml",
        "sources = [\"source-one\", \"source-two\"]",
        "sources = [\"source-one\", \"nytimes\"]",
    );
    let line = line_of(&broken, "\"nytimes\"");
    assert_eq!(
        errors_for("data/points.toml", &broken),
        [format!(
            "data/points.toml:{line}: field `point[2].sources`: unknown source id \"nytimes\" (not in data/sources.toml)"
        )]
    );
}

#[test]
fn duplicate_point_number_is_reported_where_it_repeats() {
    let broken = fixture_with("data/points.toml", "number = 3\n", "number = 2\n");
    let errors = errors_for("data/points.toml", &broken);
    let line = line_of(&broken, "number = 2\ntitle = \"Fixture point three\"");
    assert!(
        errors.contains(&format!("data/points.toml:{line}: field `point[2].number`: duplicate point number 2")),
        "{errors:#?}"
    );
    // And nothing else: not also the count, which is short only because of it.
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn missing_point_number_is_reported_where_the_gap_is() {
    let broken = fixture_with("data/points.toml", "number = 2\n", "number = 3\n");
    let errors = errors_for("data/points.toml", &broken);
    let line = line_of(&broken, "number = 3\ntitle = \"Fixture point two\"");
    assert_eq!(
        errors.first().map(String::as_str),
        Some(
            format!(
                "data/points.toml:{line}: field `point[3].number`: point 2 is missing: found 3 where 2 was expected"
            )
            .as_str()
        ),
        "{errors:#?}"
    );
    // And nothing else: not also the point after it, which carries on in sequence.
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn dropping_the_last_point_breaks_the_count() {
    let points = fixture("data/points.toml");
    let cut = points.find("[[point]]\nnumber = 3").expect("point 3");
    let errors = errors_for("data/points.toml", &points[..cut]);
    let line = line_of(points, "number = 2");
    assert_eq!(
        errors,
        [format!(
            "data/points.toml:{line}: field `point[2].number`: the plan has 3 points (plan.point_count in data/meta.toml) but the last point here is 2"
        )]
    );
}

#[test]
fn empty_summary_is_rejected() {
    let summary =
        "summary = \"\"\"\nFixture point two spans lines. It has a second sentence \\\nand a third.\\\n\"\"\"";
    let broken = fixture_with("data/points.toml", summary, "summary = \"  \"");
    let line = line_of(&broken, "summary = \"  \"");
    assert_eq!(
        errors_for("data/points.toml", &broken),
        [format!("data/points.toml:{line}: field `point[2].summary`: must not be empty")]
    );
}

#[test]
fn bad_phase_lists_the_allowed_ones() {
    let broken = fixture_with("data/points.toml", "phase = \"transition\"", "phase = \"phase-two\"");
    let line = line_of(&broken, "phase-two");
    assert_eq!(
        errors_for("data/points.toml", &broken),
        [format!(
            "data/points.toml:{line}: field `point[2].phase`: bad phase \"phase-two\" (expected one of: first-phase, transition, long-term)"
        )]
    );
}

#[test]
fn bad_topic_lists_the_allowed_ones() {
    let broken = fixture_with("data/points.toml", "topics = [\"aid\"]", "topics = [\"aids\"]");
    let line = line_of(&broken, "\"aids\"");
    let errors = errors_for("data/points.toml", &broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "data/points.toml:{line}: field `point[2].topics`: bad topic \"aids\" (expected one of: hostages-prisoners,"
        )),
        "{errors:#?}"
    );
}

#[test]
fn misspelt_field_is_caught_by_the_parser_with_its_line() {
    let broken = fixture_with("data/points.toml", "title = \"Fixture point three\"", "titel = \"Fixture point three\"");
    let errors = errors_for("data/points.toml", &broken);
    let line = line_of(&broken, "titel =");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!("data/points.toml:{line}: field `titel`: unknown field `titel`")),
        "{errors:#?}"
    );
}

#[test]
fn a_one_sentence_summary_is_too_short() {
    let broken = fixture_with("data/points.toml", "a first thing. It then says", "a first thing, and then says");
    let line = line_of(&broken, "a first thing, and then");
    assert_eq!(
        errors_for("data/points.toml", &broken),
        [format!("data/points.toml:{line}: field `point[1].summary`: has 1 sentence(s); write 2 to 4")]
    );
}

#[test]
fn a_point_without_sources_makes_no_claim() {
    let broken = fixture_with("data/points.toml", "sources = [\"source-three\"]", "sources = []");
    let line = line_of(&broken, "sources = []");
    assert_eq!(
        errors_for("data/points.toml", &broken),
        [format!(
            "data/points.toml:{line}: field `point[3].sources`: needs at least one source id: no source, no claim"
        )]
    );
}

#[test]
fn duplicate_source_id_is_reported() {
    let broken = fixture_with("data/sources.toml", "id = \"source-three\"", "id = \"source-two\"");
    let errors = errors_for("data/sources.toml", &broken);
    let line = line_of(&broken, "id = \"source-two\"\nshort = \"Source Three\"");
    assert_eq!(
        errors[0],
        format!("data/sources.toml:{line}: field `source[3].id`: duplicate source id \"source-two\""),
        "{errors:#?}"
    );
    // The renamed id's citations now point nowhere, and are reported after it.
    assert!(errors.len() > 1, "{errors:#?}");
    assert!(errors[1..].iter().all(|e| e.contains("unknown source id \"source-three\"")), "{errors:#?}");
}

#[test]
fn an_impossible_date_is_one_error_not_an_avalanche() {
    let broken = fixture_with("data/sources.toml", "published = 2020-02-20", "published = 2020-02-30");
    let errors = errors_for("data/sources.toml", &broken);
    let line = line_of(&broken, "2020-02-30");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(&format!("data/sources.toml:{line}: ")), "{errors:#?}");
    assert!(errors[0].contains("day"), "{errors:#?}");
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

// --- The talks: parties, issues, positions, people, events ---

#[test]
fn a_position_naming_an_unknown_party_is_rejected() {
    let broken = fixture_with(
        "data/positions.toml",
        "issue = \"issue-two\"\nparty = \"party-b\"",
        "issue = \"issue-two\"\nparty = \"party-z\"",
    );
    let line = line_of(&broken, "party = \"party-z\"");
    // Party B now has no entry on that issue: said too, at the issue's line.
    let issue_line = line_of(fixture("data/issues.toml"), "slug = \"issue-two\"");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [
            format!(
                "data/positions.toml:{line}: field `position[issue-two/party-z].party`: unknown party \"party-z\" (not in data/parties.toml)"
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
    let errors = errors_for("data/positions.toml", &broken);
    let line = line_of(&broken, "issue = \"issue-onx\"");
    assert!(
        errors.contains(&format!(
            "data/positions.toml:{line}: field `position[issue-onx/party-a].issue`: unknown issue \"issue-onx\" (not in data/issues.toml)"
        )),
        "{errors:#?}"
    );
}

#[test]
fn a_position_citing_an_unknown_source_is_rejected() {
    let broken = fixture_with(
        "data/positions.toml",
        "as_of = 2020-02-02\nsources = [\"source-two\"]",
        "as_of = 2020-02-02\nsources = [\"rumour\"]",
    );
    let line = line_of(&broken, "\"rumour\"");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [format!(
            "data/positions.toml:{line}: field `position[issue-one/party-b].sources`: unknown source id \"rumour\" (not in data/sources.toml)"
        )]
    );
}

#[test]
fn a_party_with_neither_a_position_nor_an_explicit_none_is_rejected() {
    let entry = "[[position]]\nissue = \"issue-two\"\nparty = \"party-b\"\nno_public_position = true\n";
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
    let line = line_of(&broken, "party = \"party-b\"\nno_public_position");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [format!(
            "data/positions.toml:{line}: field `position[issue-two/party-b].no_public_position`: has `no_public_position = true` and also label: keep one or the other"
        )]
    );
}

#[test]
fn a_stance_missing_its_date_and_sources_is_rejected() {
    let broken = fixture_with(
        "data/positions.toml",
        "camp = \"camp-y\"\nas_of = 2020-02-02\nsources = [\"source-two\"]\n",
        "camp = \"camp-y\"\n",
    );
    let line = line_of(&broken, "party = \"party-b\"\nlabel = \"Fixture label B1\"");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [format!(
            "data/positions.toml:{line}: field `position[issue-one/party-b].stance`: needs as_of, sources (or `no_public_position = true` if our sources give no position)"
        )]
    );
}

#[test]
fn a_second_position_for_the_same_party_and_issue_is_rejected() {
    let extra = "\n[[position]]\nissue = \"issue-one\"\nparty = \"party-a\"\nno_public_position = true\n";
    let broken = format!("{}{extra}", fixture("data/positions.toml"));
    let line = line_of(&broken, "party = \"party-a\"\nno_public_position");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [format!(
            "data/positions.toml:{line}: field `position[issue-one/party-a].party`: a second position for \"party-a\" on \"issue-one\""
        )]
    );
}

#[test]
fn an_issue_naming_a_point_the_plan_lacks_is_rejected() {
    let broken = fixture_with("data/issues.toml", "points = [1, 2]", "points = [1, 4]");
    let line = line_of(&broken, "points = [1, 4]");
    assert_eq!(
        errors_for("data/issues.toml", &broken),
        [format!(
            "data/issues.toml:{line}: field `issue[issue-two].points`: unknown point 4 (not in data/points.toml)"
        )]
    );
}

#[test]
fn nothing_may_be_dated_after_the_as_of_date() {
    let broken = fixture_with("data/events.toml", "date = 2020-03-31", "date = 2020-04-05");
    let line = line_of(&broken, "date = 2020-04-05");
    assert_eq!(
        errors_for("data/events.toml", &broken),
        [format!(
            "data/events.toml:{line}: field `event.date`: 5 April 2020 is after the explainer's as-of date (31 March 2020) in data/meta.toml"
        )]
    );
}

#[test]
fn events_out_of_order_are_rejected() {
    let broken = fixture_with("data/events.toml", "date = 2020-02-10", "date = 2019-12-25");
    let line = line_of(&broken, "date = 2019-12-25");
    assert_eq!(
        errors_for("data/events.toml", &broken),
        [format!(
            "data/events.toml:{line}: field `event.date`: 25 December 2019 is out of order: list events oldest first"
        )]
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
    let (group_line, party_line) = (line_of(&broken, "\"negotiator\""), line_of(&broken, "\"party-z\""));
    assert_eq!(
        errors_for("data/people.toml", &broken),
        [
            format!(
                "data/people.toml:{group_line}: field `person[Fixture Person One].group`: bad group \"negotiator\" (expected one of: delegate, official, prisoner)"
            ),
            format!(
                "data/people.toml:{party_line}: field `person[Fixture Person Two].party`: unknown party \"party-z\" (not in data/parties.toml)"
            ),
        ]
    );
}

// --- Corrections ---

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
    let line = line_of(&corrections, "views =");
    assert_eq!(
        errors_for("data/corrections.toml", &corrections),
        [format!(
            "data/corrections.toml:{line}: field `correction[1].views`: no view at \"/points/4\" (write a path such as \"/people\" or \"/points/7\")"
        )]
    );
}

#[test]
fn a_correction_dated_after_the_last_update_is_rejected() {
    let corrections = one_correction("2999-01-01", "[\"/people\"]");
    let line = line_of(&corrections, "date =");
    assert_eq!(
        errors_for("data/corrections.toml", &corrections),
        [format!(
            "data/corrections.toml:{line}: field `correction[1].date`: 1 January 2999 is after explainer.updated (30 April 2020) in data/meta.toml"
        )]
    );
}

#[test]
fn a_correction_dated_before_the_plan_is_rejected() {
    let corrections = one_correction("2019-12-31", "[\"/\"]");
    let line = line_of(&corrections, "date =");
    assert_eq!(
        errors_for("data/corrections.toml", &corrections),
        [format!(
            "data/corrections.toml:{line}: field `correction[1].date`: 31 December 2019 is before the plan was published (10 January 2020)"
        )]
    );
}

#[test]
fn a_correction_without_views_or_sources_is_rejected() {
    let corrections = one_correction(&updated_date(), "[]").replacen("sources = [\"source-one\"]", "sources = []", 1);
    let (views_line, sources_line) = (line_of(&corrections, "views ="), line_of(&corrections, "sources ="));
    assert_eq!(
        errors_for("data/corrections.toml", &corrections),
        [
            format!(
                "data/corrections.toml:{views_line}: field `correction[1].views`: name at least one view the correction affects"
            ),
            format!(
                "data/corrections.toml:{sources_line}: field `correction[1].sources`: needs at least one source id: no source, no claim"
            ),
        ]
    );
}

#[test]
fn an_update_before_the_as_of_date_is_rejected() {
    let meta = fixture_with("data/meta.toml", &format!("updated = {}", updated_date()), "updated = 2020-03-30");
    let line = line_of(&meta, "updated =");
    assert_eq!(
        errors_for("data/meta.toml", &meta),
        [format!(
            "data/meta.toml:{line}: field `explainer.updated`: is earlier than explainer.as_of (31 March 2020): the newest fact cannot postdate the last update"
        )]
    );
}

#[test]
fn a_valid_correction_loads_with_its_views() {
    let corrections = one_correction(&updated_date(), "[\"/people\", \"/positions/issue-two\"]");
    let content =
        load_fixture_replacing(&[("data/corrections.toml", &corrections)]).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.corrections.len(), 1);
    assert_eq!(content.corrections[0].views, ["/people", "/positions/issue-two"]);
}

// --- One mistake, one message: what a mistake makes look wrong elsewhere is not reported ---

#[test]
fn a_mistyped_point_number_is_one_message() {
    let broken = fixture_with("data/points.toml", "number = 2\n", "number = 44\n");
    let line = line_of(&broken, "number = 44");
    // Not "out of order" for point 3, nor the count, nor the issue that names point 2.
    assert_eq!(
        errors_for("data/points.toml", &broken),
        [format!(
            "data/points.toml:{line}: field `point[44].number`: point 2 is missing: found 44 where 2 was expected"
        )]
    );
}

#[test]
fn a_point_without_a_number_is_one_message() {
    let broken = fixture_with("data/points.toml", "number = 2\n", "");
    let line = line_of(&broken, "[[point]]\ntitle = \"Fixture point two\"");
    assert_eq!(
        errors_for("data/points.toml", &broken),
        [format!("data/points.toml:{line}: field `point[?].number`: is missing")]
    );
}

#[test]
fn an_issues_toml_syntax_error_is_one_message() {
    let broken = fixture_with("data/issues.toml", "slug = \"issue-two\"", "slug = \"issue-two");
    let line = line_of(&broken, "slug = \"issue-two");
    // Not the positions naming its issues, nor the correction naming /positions/issue-one.
    let errors = errors_for("data/issues.toml", &broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(&format!("data/issues.toml:{line}: ")), "{errors:#?}");
}

#[test]
fn a_file_that_does_not_parse_is_that_files_only_message() {
    for file in FILES {
        let broken = format!("{}\n[[not closed\n", fixture(file));
        let errors = errors_for(file, &broken);
        assert_eq!(errors.len(), 1, "{file}: {errors:#?}");
        let line = broken.lines().count();
        assert!(errors[0].starts_with(&format!("{file}:{line}: ")), "{file}: {errors:#?}");
    }
}

#[test]
fn a_date_of_the_wrong_kind_is_one_message() {
    let meta = fixture_with("data/meta.toml", "as_of = 2020-03-31", "as_of = \"31 March 2020\"");
    let line = line_of(&meta, "as_of =");
    // Nothing else is compared with a date that is not there.
    assert_eq!(
        errors_for("data/meta.toml", &meta),
        [format!("data/meta.toml:{line}: field `explainer.as_of`: must be a date like 2025-09-29, with no time")]
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
    let line = line_of(&events, "2020-03-30");
    // The entry that breaks the order, not the next one, which only looks late beside it.
    assert_eq!(
        errors_for("data/events.toml", &events),
        [format!(
            "data/events.toml:{line}: field `event.date`: 30 March 2020 is out of order: list events oldest first"
        )]
    );
}

#[test]
fn a_mistyped_party_id_is_one_message_at_its_definition() {
    let broken = fixture_with("data/parties.toml", "id = \"party-b\"", "id = \"party-bb\"");
    let line = line_of(&broken, "id = \"party-bb\"");
    // Not each position and person naming party-b, nor each issue party-bb has no position on.
    assert_eq!(
        errors_for("data/parties.toml", &broken),
        [format!(
            "data/parties.toml:{line}: field `party[party-bb].id`: \"party-bb\" is named nowhere else, while \"party-b\" is named 3 time(s) and defined nowhere: is \"party-bb\" a typo for \"party-b\"?"
        )]
    );
}

#[test]
fn a_mistyped_source_id_or_issue_slug_is_one_message_at_its_definition() {
    let sources = fixture_with("data/sources.toml", "id = \"source-three\"", "id = \"source-thre\"");
    let errors = errors_for("data/sources.toml", &sources);
    let line = line_of(&sources, "id = \"source-thre\"");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(&format!("data/sources.toml:{line}: field `source[3].id`: \"source-thre\" is named nowhere else, while \"source-three\" is named")), "{errors:#?}");
    let issues = fixture_with("data/issues.toml", "slug = \"issue-two\"", "slug = \"issue-tvo\"");
    let errors = errors_for("data/issues.toml", &issues);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("is \"issue-tvo\" a typo for \"issue-two\"?"), "{errors:#?}");
}

#[test]
fn a_party_with_no_entry_at_all_is_one_message_at_its_definition() {
    let party = "\n[[party]]\nid = \"party-c\"\nname = \"Party C\"\ndescription = \"A third party.\"\nsources = [\"source-one\"]\n";
    let broken = format!("{}{party}", fixture("data/parties.toml"));
    let line = line_of(&broken, "id = \"party-c\"");
    assert_eq!(
        errors_for("data/parties.toml", &broken),
        [format!(
            "data/parties.toml:{line}: field `party[party-c].id`: has no entry in data/positions.toml: give it a position, or `no_public_position = true`, on each issue"
        )]
    );
}
