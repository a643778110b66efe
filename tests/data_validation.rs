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

use validate::{DataFiles, load};

const META: &str = include_str!("../data/meta.toml");
const SOURCES: &str = include_str!("../data/sources.toml");
const POINTS: &str = include_str!("../data/points.toml");

/// Loads the shipped files with one of them replaced.
fn load_with(meta: &str, sources: &str, points: &str) -> Result<validate::Content, Vec<String>> {
    let files = DataFiles {
        meta: ("data/meta.toml", meta),
        sources: ("data/sources.toml", sources),
        points: ("data/points.toml", points),
    };
    load(&files).map_err(|errors| errors.iter().map(ToString::to_string).collect())
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
        assert!(
            !point.commitments.is_empty(),
            "point {} commits nobody",
            point.number
        );
        assert!(
            !point.sources.is_empty(),
            "point {} has no source",
            point.number
        );
    }
}

#[test]
fn point_five_carries_every_number_the_plan_names() {
    let content = load_with(META, SOURCES, POINTS).expect("valid");
    let five = &content.points[4];
    let text: String = five.commitments.iter().map(|c| c.what.as_str()).collect();
    for number in ["250", "1,700", "15"] {
        assert!(
            text.contains(number),
            "point 5 commitments lack {number}: {text}"
        );
    }
    let four = &content.points[3];
    assert!(
        four.commitments[0]
            .when
            .as_deref()
            .unwrap_or("")
            .contains("72 hours")
    );
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
        errors.contains(&format!(
            "data/points.toml:{line}: field `point[7].number`: duplicate point number 7"
        )),
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
    let start = POINTS
        .find("summary = \"\"\"\nNobody is to be forced")
        .expect("point 12 summary");
    let end = start + POINTS[start..].find("\"\"\"\n").expect("open") + 4;
    let end = end + POINTS[end..].find("\"\"\"\n").expect("close") + 4;
    let broken = format!("{}summary = \"  \"\n{}", &POINTS[..start], &POINTS[end..]);
    let line = line_of(&broken, "summary = \"  \"");
    assert_eq!(
        errors_for_points(&broken),
        [format!(
            "data/points.toml:{line}: field `point[12].summary`: must not be empty"
        )]
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
        errors[0].starts_with(&format!("data/points.toml:{line}: field `point[7].topics`: bad topic \"aids\" (expected one of: hostages-prisoners,")),
        "{errors:#?}"
    );
}

#[test]
fn misspelt_field_is_caught_by_the_parser_with_its_line() {
    let broken = points_with(
        "title = \"A special economic zone\"",
        "titel = \"A special economic zone\"",
    );
    let errors = errors_for_points(&broken);
    let line = line_of(&broken, "titel =");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "data/points.toml:{line}: field `titel`: unknown field `titel`"
        )),
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
    assert!(
        errors[0].ends_with("field `point[11].summary`: has 1 sentence(s); write 2 to 4"),
        "{errors:#?}"
    );
}

#[test]
fn a_point_without_sources_makes_no_claim() {
    let broken = points_with(
        "sources = [\"wh-plan-2025-09-29\"]\n\n[[point.commitment]]\nwhat = \"Force no one",
        "sources = []\n\n[[point.commitment]]\nwhat = \"Force no one",
    );
    let errors = errors_for_points(&broken);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].ends_with(
            "field `point[12].sources`: needs at least one source id: no source, no claim"
        )
    );
}

#[test]
fn duplicate_source_id_is_reported() {
    let broken = SOURCES.replacen("id = \"unsc-2803\"", "id = \"wafa-2025-10-06\"", 1);
    let errors = load_with(META, &broken, POINTS).expect_err("rejected");
    let line = line_of(
        &broken,
        "id = \"wafa-2025-10-06\"\npublisher = \"United Nations",
    );
    assert_eq!(
        errors,
        [format!(
            "data/sources.toml:{line}: field `source[12].id`: duplicate source id \"wafa-2025-10-06\""
        )]
    );
}

#[test]
fn an_impossible_date_is_one_error_not_an_avalanche() {
    let broken = SOURCES.replacen("published = 2025-10-13", "published = 2025-02-30", 1);
    let errors = load_with(META, &broken, POINTS).expect_err("rejected");
    let line = line_of(&broken, "2025-02-30");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!("data/sources.toml:{line}: ")),
        "{errors:#?}"
    );
    assert!(errors[0].contains("day"), "{errors:#?}");
}

#[test]
fn errors_in_several_files_are_all_reported_together() {
    let meta = META.replacen(
        "title = \"The 20-point",
        "title = \"\"\n# \"The 20-point",
        1,
    );
    let points = points_with("phase = \"long-term\"", "phase = \"later\"");
    let errors = load_with(&meta, SOURCES, &points).expect_err("rejected");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("data/meta.toml:") && e.contains("`explainer.title`"))
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("data/points.toml:") && e.contains("`point[1].phase`"))
    );
}
