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
