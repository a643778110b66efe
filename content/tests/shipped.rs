//! The shipped data, checked by shape only so that editors can rewrite it freely, and the
//! fixtures every other data test breaks.

mod common;

use common::*;
use gaza_plan_content::check::FILES;

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

// --- Facts of the shipped data that the pages must carry (tests/render.rs checks that each
// point's summary, each stance and each person's role reach the page) ---

#[test]
fn point_five_summary_names_both_prisoner_groups_and_the_remains_ratio() {
    let content = load_shipped();
    let five = content.points.iter().find(|p| p.number.get() == 5).expect("point 5 in data");
    // The plan's numbers, which every version of the summary must carry.
    for number in ["250", "1,700", "15", "7 October 2023"] {
        assert!(five.summary.contains(number), "point 5's summary lacks {number}: {}", five.summary);
    }
}

#[test]
fn point_seven_summary_names_the_aid_baseline_agreement() {
    let content = load_shipped();
    let seven = content.points.iter().find(|p| p.number.get() == 7).expect("point 7 in data");
    assert!(seven.summary.contains("19 January 2025"), "point 7 must name the aid baseline: {}", seven.summary);
}

#[test]
fn governance_and_the_hostage_handover_are_issues_where_the_parties_diverge() {
    // The sources show Hamas stating positions incompatible with the US plan's on both (issue 13).
    let content = load_shipped();
    for slug in ["governance", "hostage-handover"] {
        let camps: Vec<&str> = content
            .positions
            .iter()
            .filter(|p| p.issue.to_string() == slug)
            .filter_map(|p| p.stance.as_ref().map(|s| s.camp))
            .collect();
        assert!(camps.iter().any(|camp| *camp != camps[0]), "{slug}: stated positions in one camp: {camps:?}");
        let camp_of = |party: &str| {
            let position = content.positions.iter().find(|p| p.issue.to_string() == slug && p.party.as_str() == party);
            position.and_then(|p| p.stance.as_ref()).map(|s| s.camp)
        };
        assert!(camp_of("hamas").is_some() && camp_of("hamas") != camp_of("united-states"), "{slug}");
    }
}

#[test]
fn ahmed_saadat_is_named_as_the_pflp_leader_not_a_fatah_figure() {
    let content = load_shipped();
    let saadat =
        content.people.iter().find(|p| p.name.contains("Saadat")).expect("Ahmed Saadat is in data/people.toml");
    assert!(saadat.role.contains("PFLP") || saadat.role.contains("Popular Front"), "{}", saadat.role);
}
