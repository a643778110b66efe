//! The checks that stand between an editor's typo and a reader: each broken input below must
//! fail the build with the file, the line and the field.
#![cfg(not(target_arch = "wasm32"))]

// The same modules build.rs compiles; only the loading half is exercised here.
#[allow(dead_code)]
#[path = "../src/model/date.rs"]
mod date;
#[path = "../src/model/validate.rs"]
mod validate;
#[allow(dead_code)]
#[path = "../src/model/vocab.rs"]
mod vocab;

use validate::{FILES, load};

/// The shipped data files, by name.
fn shipped(name: &str) -> &'static str {
    match name {
        "data/meta.toml" => include_str!("../data/meta.toml"),
        "data/sources.toml" => include_str!("../data/sources.toml"),
        "data/points.toml" => include_str!("../data/points.toml"),
        "data/parties.toml" => include_str!("../data/parties.toml"),
        "data/issues.toml" => include_str!("../data/issues.toml"),
        "data/positions.toml" => include_str!("../data/positions.toml"),
        "data/people.toml" => include_str!("../data/people.toml"),
        "data/events.toml" => include_str!("../data/events.toml"),
        "data/figures.toml" => include_str!("../data/figures.toml"),
        other => panic!("no data file {other}"),
    }
}

const META: &str = include_str!("../data/meta.toml");
const SOURCES: &str = include_str!("../data/sources.toml");
const POINTS: &str = include_str!("../data/points.toml");

/// Loads the shipped files with some replaced, returning the messages an editor would see.
fn load_replacing(replaced: &[(&str, &str)]) -> Result<validate::Content, Vec<String>> {
    for (name, _) in replaced {
        assert!(FILES.contains(name), "not a data file: {name}");
    }
    let read = |name: &str| {
        Ok(replaced
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| shipped(name).to_owned(), |(_, text)| (*text).to_owned()))
    };
    load(&read).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn load_with(meta: &str, sources: &str, points: &str) -> Result<validate::Content, Vec<String>> {
    load_replacing(&[("data/meta.toml", meta), ("data/sources.toml", sources), ("data/points.toml", points)])
}

/// The shipped points file with `from` replaced once by `to`; panics if `from` is absent.
fn points_with(from: &str, to: &str) -> String {
    assert!(POINTS.contains(from), "fixture text not found: {from}");
    POINTS.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("needle in text");
    text[..at].lines().count() + usize::from(text[..at].ends_with('\n'))
}

fn errors_for_points(points: &str) -> Vec<String> {
    load_with(META, SOURCES, points).expect_err("broken data must be rejected")
}

#[test]
fn shipped_data_is_valid_and_complete() {
    let content = load_with(META, SOURCES, POINTS).unwrap_or_else(|e| panic!("{e:#?}"));
    let numbers: Vec<u8> = content.points.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=20).collect::<Vec<u8>>());
    assert_eq!(content.plan.point_count, 20);
    for point in &content.points {
        assert!(!point.commitments.is_empty(), "point {} commits nobody", point.number);
        assert!(!point.sources.is_empty(), "point {} has no source", point.number);
    }
}

#[test]
fn point_five_carries_every_number_the_plan_names() {
    let content = load_with(META, SOURCES, POINTS).expect("valid");
    let five = &content.points[4];
    let text: String = five.commitments.iter().map(|c| c.what.as_str()).collect();
    for number in ["250", "1,700", "15"] {
        assert!(text.contains(number), "point 5 commitments lack {number}: {text}");
    }
    let four = &content.points[3];
    assert!(four.commitments[0].when.as_deref().unwrap_or("").contains("72 hours"));
}

#[test]
fn unknown_source_id_names_file_line_and_field() {
    let broken = points_with(
        "sources = [\"wh-plan-2025-09-29\"]\n\n[[point.commitment]]\nwho = \"Hamas\"",
        "sources = [\"wh-plan-2025-09-29\", \"nytimes\"]\n\n[[point.commitment]]\nwho = \"Hamas\"",
    );
    let line = line_of(&broken, "\"nytimes\"");
    assert_eq!(
        errors_for_points(&broken),
        [format!(
            "data/points.toml:{line}: field `point[4].sources`: unknown source id \"nytimes\" (not in data/sources.toml)"
        )]
    );
}

#[test]
fn duplicate_point_number_is_reported_where_it_repeats() {
    let broken = points_with("number = 8\n", "number = 7\n");
    let errors = errors_for_points(&broken);
    let line = line_of(&broken, "number = 7\ntitle = \"Aid handed out");
    assert!(
        errors.contains(&format!("data/points.toml:{line}: field `point[7].number`: duplicate point number 7")),
        "{errors:#?}"
    );
}

#[test]
fn missing_point_number_is_reported_where_the_gap_is() {
    let broken = points_with("number = 8\n", "number = 9\n");
    let errors = errors_for_points(&broken);
    let line = line_of(&broken, "number = 9\ntitle = \"Aid handed out");
    assert_eq!(
        errors.first().map(String::as_str),
        Some(
            format!(
                "data/points.toml:{line}: field `point[9].number`: point 8 is missing: found 9 where 8 was expected"
            )
            .as_str()
        ),
    );
}

#[test]
fn dropping_the_last_point_breaks_the_count() {
    let cut = POINTS.find("[[point]]\nnumber = 20").expect("point 20");
    let errors = errors_for_points(&POINTS[..cut]);
    let line = line_of(POINTS, "number = 19");
    assert_eq!(
        errors,
        [format!(
            "data/points.toml:{line}: field `point[19].number`: the plan has 20 points (plan.point_count in data/meta.toml) but the last point here is 19"
        )]
    );
}

#[test]
fn empty_summary_is_rejected() {
    let start = POINTS.find("summary = \"\"\"\nNobody is to be forced").expect("point 12 summary");
    let end = start + POINTS[start..].find("\"\"\"\n").expect("open") + 4;
    let end = end + POINTS[end..].find("\"\"\"\n").expect("close") + 4;
    let broken = format!("{}summary = \"  \"\n{}", &POINTS[..start], &POINTS[end..]);
    let line = line_of(&broken, "summary = \"  \"");
    assert_eq!(
        errors_for_points(&broken),
        [format!("data/points.toml:{line}: field `point[12].summary`: must not be empty")]
    );
}

#[test]
fn bad_phase_lists_the_allowed_ones() {
    let broken = points_with("phase = \"transition\"", "phase = \"phase-two\"");
    let line = line_of(&broken, "phase-two");
    assert_eq!(
        errors_for_points(&broken),
        [format!(
            "data/points.toml:{line}: field `point[9].phase`: bad phase \"phase-two\" (expected one of: first-phase, transition, long-term)"
        )]
    );
}

#[test]
fn bad_topic_lists_the_allowed_ones() {
    let broken = points_with("topics = [\"aid\"]", "topics = [\"aids\"]");
    let line = line_of(&broken, "\"aids\"");
    let errors = errors_for_points(&broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "data/points.toml:{line}: field `point[7].topics`: bad topic \"aids\" (expected one of: hostages-prisoners,"
        )),
        "{errors:#?}"
    );
}

#[test]
fn misspelt_field_is_caught_by_the_parser_with_its_line() {
    let broken = points_with("title = \"A special economic zone\"", "titel = \"A special economic zone\"");
    let errors = errors_for_points(&broken);
    let line = line_of(&broken, "titel =");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!("data/points.toml:{line}: field `titel`: unknown field `titel`")),
        "{errors:#?}"
    );
}

#[test]
fn a_one_sentence_summary_is_too_short() {
    let broken = points_with(
        "Gaza is to get a special economic zone. The preferential",
        "Gaza is to get a special economic zone, and the preferential",
    );
    let errors = errors_for_points(&broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].ends_with("field `point[11].summary`: has 1 sentence(s); write 2 to 4"), "{errors:#?}");
}

#[test]
fn a_point_without_sources_makes_no_claim() {
    let broken = points_with(
        "sources = [\"wh-plan-2025-09-29\"]\n\n[[point.commitment]]\nwhat = \"Force no one",
        "sources = []\n\n[[point.commitment]]\nwhat = \"Force no one",
    );
    let errors = errors_for_points(&broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].ends_with("field `point[12].sources`: needs at least one source id: no source, no claim"));
}

#[test]
fn duplicate_source_id_is_reported() {
    let broken = SOURCES.replacen("id = \"unsc-2803\"", "id = \"wafa-2025-10-06\"", 1);
    let errors = load_with(META, &broken, POINTS).expect_err("rejected");
    let line = line_of(&broken, "id = \"wafa-2025-10-06\"\nshort = \"United Nations");
    // The renamed id's citations now point nowhere, and are reported after it.
    assert_eq!(
        errors[0],
        format!("data/sources.toml:{line}: field `source[12].id`: duplicate source id \"wafa-2025-10-06\"")
    );
}

#[test]
fn an_impossible_date_is_one_error_not_an_avalanche() {
    let broken = SOURCES.replacen("published = 2025-10-13", "published = 2025-02-30", 1);
    let errors = load_with(META, &broken, POINTS).expect_err("rejected");
    let line = line_of(&broken, "2025-02-30");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with(&format!("data/sources.toml:{line}: ")), "{errors:#?}");
    assert!(errors[0].contains("day"), "{errors:#?}");
}

#[test]
fn errors_in_several_files_are_all_reported_together() {
    let meta = META.replacen("title = \"The 20-point", "title = \"\"\n# \"The 20-point", 1);
    let points = points_with("phase = \"long-term\"", "phase = \"later\"");
    let errors = load_with(&meta, SOURCES, &points).expect_err("rejected");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors.iter().any(|e| e.starts_with("data/meta.toml:") && e.contains("`explainer.title`")));
    assert!(errors.iter().any(|e| e.starts_with("data/points.toml:") && e.contains("`point[1].phase`")));
}

// --- The talks: parties, issues, positions, people, events, figures ---

const POSITIONS: &str = include_str!("../data/positions.toml");
const ISSUES: &str = include_str!("../data/issues.toml");

fn positions_with(from: &str, to: &str) -> String {
    assert!(POSITIONS.contains(from), "fixture text not found: {from}");
    POSITIONS.replacen(from, to, 1)
}

fn errors_for(file: &str, text: &str) -> Vec<String> {
    load_replacing(&[(file, text)]).expect_err("broken data must be rejected")
}

#[test]
fn shipped_positions_cover_every_issue_and_party() {
    let content = load_replacing(&[]).expect("valid");
    assert!(content.issues.len() >= 9, "the issue asks for at least nine issues");
    for issue in &content.issues {
        for party in &content.parties {
            let entries = content.positions.iter().filter(|p| p.issue == issue.slug && p.party == party.id).count();
            assert_eq!(entries, 1, "{} / {}", issue.slug, party.id);
        }
    }
    let parties: Vec<&str> = content.parties.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(parties, ["hamas", "israel", "united-states", "mediators"]);
}

#[test]
fn a_position_naming_an_unknown_party_is_rejected() {
    let broken = positions_with("issue = \"remains\"\nparty = \"israel\"", "issue = \"remains\"\nparty = \"egypt\"");
    let errors = errors_for("data/positions.toml", &broken);
    let line = line_of(&broken, "party = \"egypt\"");
    assert!(
        errors.contains(&format!(
            "data/positions.toml:{line}: field `position[remains/egypt].party`: unknown party \"egypt\" (not in data/parties.toml)"
        )),
        "{errors:#?}"
    );
    // Israel now has no entry on that issue: said too, at the issue's line.
    let issue_line = line_of(ISSUES, "slug = \"remains\"");
    assert!(
        errors.contains(&format!(
            "data/issues.toml:{issue_line}: field `issue[remains]`: party \"israel\" has neither a position nor `no_public_position = true` in data/positions.toml"
        )),
        "{errors:#?}"
    );
}

#[test]
fn a_position_naming_an_unknown_issue_is_rejected() {
    let broken = positions_with("issue = \"remains\"\nparty = \"israel\"", "issue = \"remainz\"\nparty = \"israel\"");
    let errors = errors_for("data/positions.toml", &broken);
    let line = line_of(&broken, "issue = \"remainz\"");
    assert!(
        errors.contains(&format!(
            "data/positions.toml:{line}: field `position[remainz/israel].issue`: unknown issue \"remainz\" (not in data/issues.toml)"
        )),
        "{errors:#?}"
    );
}

#[test]
fn a_position_citing_an_unknown_source_is_rejected() {
    let broken = positions_with(
        "camp = \"partial\"\nas_of = 2025-10-06\nsources = [\"national-2025-10-06\"]",
        "camp = \"partial\"\nas_of = 2025-10-06\nsources = [\"rumour\"]",
    );
    let errors = errors_for("data/positions.toml", &broken);
    let line = line_of(&broken, "\"rumour\"");
    assert_eq!(
        errors,
        [format!(
            "data/positions.toml:{line}: field `position[disarmament/hamas].sources`: unknown source id \"rumour\" (not in data/sources.toml)"
        )]
    );
}

#[test]
fn a_party_with_neither_a_position_nor_an_explicit_none_is_rejected() {
    let entry = "[[position]]\nissue = \"prisoners\"\nparty = \"united-states\"\nno_public_position = true\n";
    let broken = positions_with(entry, "");
    let line = line_of(ISSUES, "slug = \"prisoners\"");
    assert_eq!(
        errors_for("data/positions.toml", &broken),
        [format!(
            "data/issues.toml:{line}: field `issue[prisoners]`: party \"united-states\" has neither a position nor `no_public_position = true` in data/positions.toml"
        )]
    );
}

#[test]
fn no_public_position_cannot_also_carry_a_stance() {
    let broken = positions_with(
        "issue = \"remains\"\nparty = \"israel\"\nno_public_position = true",
        "issue = \"remains\"\nparty = \"israel\"\nno_public_position = true\nlabel = \"Guessing\"",
    );
    let errors = errors_for("data/positions.toml", &broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].ends_with("has `no_public_position = true` and also label: keep one or the other"),
        "{errors:#?}"
    );
}

#[test]
fn a_stance_missing_its_date_and_sources_is_rejected() {
    let broken = positions_with(
        "camp = \"more-time\"\nas_of = 2025-10-06\nsources = [\"national-2025-10-06\"]\n",
        "camp = \"more-time\"\n",
    );
    let errors = errors_for("data/positions.toml", &broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .contains("field `position[remains/hamas].stance`: needs as_of, sources (or `no_public_position = true`"),
        "{errors:#?}"
    );
}

#[test]
fn a_second_position_for_the_same_party_and_issue_is_rejected() {
    let extra = "\n[[position]]\nissue = \"remains\"\nparty = \"hamas\"\nno_public_position = true\n";
    let broken = format!("{POSITIONS}{extra}");
    let errors = errors_for("data/positions.toml", &broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].ends_with("a second position for \"hamas\" on \"remains\""), "{errors:#?}");
}

#[test]
fn an_issue_naming_a_point_the_plan_lacks_is_rejected() {
    let broken = ISSUES.replacen("points = [13, 6]", "points = [13, 21]", 1);
    let errors = errors_for("data/issues.toml", &broken);
    let line = line_of(&broken, "points = [13, 21]");
    assert_eq!(
        errors,
        [format!(
            "data/issues.toml:{line}: field `issue[disarmament].points`: unknown point 21 (not in data/points.toml)"
        )]
    );
}

#[test]
fn nothing_may_be_dated_after_the_as_of_date() {
    let events = include_str!("../data/events.toml");
    let broken = events.replacen("date = 2025-11-17", "date = 2026-01-05", 1);
    let errors = errors_for("data/events.toml", &broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("5 January 2026 is after the explainer's as-of date (17 November 2025)"), "{errors:#?}");
}

#[test]
fn events_out_of_order_are_rejected() {
    let events = include_str!("../data/events.toml");
    let broken = events.replacen("date = 2025-03-18", "date = 2024-03-18", 1);
    let errors = errors_for("data/events.toml", &broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].ends_with("18 March 2024 is out of order: list events oldest first"), "{errors:#?}");
}

#[test]
fn a_person_in_an_unknown_group_or_party_is_rejected() {
    let people = include_str!("../data/people.toml");
    let broken = people
        .replacen("party = \"hamas\"\ngroup = \"delegate\"", "party = \"hamas\"\ngroup = \"negotiator\"", 1)
        .replacen("party = \"israel\"", "party = \"idf\"", 1);
    let errors = errors_for("data/people.toml", &broken);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].contains("field `person[Khalil Al Hayya].group`: bad group \"negotiator\""), "{errors:#?}");
    assert!(errors[1].contains("field `person[Ron Dermer].party`: unknown party \"idf\""), "{errors:#?}");
}

#[test]
fn markup_characters_in_the_data_are_kept_as_they_are() {
    let broken = points_with(
        "title = \"A special economic zone\"",
        "title = \"A <b>special</b> zone: \\\"Tom & Jerry's\\\" \\\\ end\"",
    );
    let content = load_with(META, SOURCES, &broken).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(content.points[10].title, "A <b>special</b> zone: \"Tom & Jerry's\" \\ end");
}
