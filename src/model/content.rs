//! Typed content generated from `data/` at build time, and the look-ups views use.

use super::date::Date;
use super::vocab::{PersonGroup, Phase, Topic};

/// The explainer as a publication.
#[derive(Debug, PartialEq)]
pub struct Explainer {
    pub title: &'static str,
    pub standfirst: &'static str,
    /// No fact in the data is newer than this.
    pub as_of: Date,
    /// The day the explainer was last changed (a correction, an update); never before `as_of`.
    pub updated: Date,
    /// The /about page.
    pub about: &'static [AboutSection],
}

#[derive(Debug, PartialEq)]
pub struct AboutSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// The plan being explained.
#[derive(Debug, PartialEq)]
pub struct Plan {
    pub name: &'static str,
    pub published: Date,
    pub point_count: u8,
    pub sources: &'static [&'static str],
}

#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    /// The name used in short citations, e.g. "The National".
    pub short: &'static str,
    pub publisher: &'static str,
    pub title: &'static str,
    pub published: Option<Date>,
    pub urls: &'static [&'static str],
    pub note: Option<&'static str>,
}

#[derive(Debug, PartialEq)]
pub struct Point {
    pub number: u8,
    pub title: &'static str,
    pub phase: Phase,
    pub topics: &'static [Topic],
    pub summary: &'static str,
    pub commitments: &'static [Commitment],
    pub sources: &'static [&'static str],
}

/// What a point commits a party to, and by when.
#[derive(Debug, PartialEq)]
pub struct Commitment {
    /// `None` where the plan names no party.
    pub who: Option<&'static str>,
    pub what: &'static str,
    /// `None` where the plan gives no deadline or trigger.
    pub when: Option<&'static str>,
}

/// A party to the talks: a column of the positions matrix.
#[derive(Debug, PartialEq)]
pub struct Party {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub sources: &'static [&'static str],
}

/// A disputed issue at the talks: a row of the positions matrix.
#[derive(Debug, PartialEq)]
pub struct Issue {
    pub slug: &'static str,
    pub title: &'static str,
    pub question: &'static str,
    pub summary: &'static str,
    /// Numbers of the plan points it touches.
    pub points: &'static [u8],
    pub sources: &'static [&'static str],
    /// What happened next, oldest first.
    pub outcomes: &'static [Outcome],
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub date: Date,
    pub text: &'static str,
    pub sources: &'static [&'static str],
}

/// One party on one issue. The build guarantees one per issue and party.
#[derive(Debug, PartialEq)]
pub struct Position {
    pub issue: &'static str,
    pub party: &'static str,
    /// `None`: our sources give no public position. Never inferred.
    pub stance: Option<Stance>,
}

#[derive(Debug, PartialEq)]
pub struct Stance {
    /// A few words for the matrix cell.
    pub label: &'static str,
    pub text: &'static str,
    /// Parties with the same camp on an issue agree.
    pub camp: &'static str,
    pub as_of: Date,
    pub sources: &'static [&'static str],
}

#[derive(Debug, PartialEq)]
pub struct Person {
    pub name: &'static str,
    pub role: &'static str,
    pub party: Option<&'static str>,
    pub group: PersonGroup,
    pub sources: &'static [&'static str],
}

/// A dated entry on the timeline.
#[derive(Debug, PartialEq)]
pub struct Event {
    pub date: Date,
    pub title: &'static str,
    pub text: &'static str,
    pub sources: &'static [&'static str],
}

/// A key number, with who says so and when.
#[derive(Debug, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    pub label: &'static str,
    pub value: &'static str,
    pub detail: &'static str,
    pub attribution: &'static str,
    pub as_of: Date,
    pub sources: &'static [&'static str],
}

/// A factual correction: what was wrong, what the explainer says now, and where.
#[derive(Debug, PartialEq)]
pub struct Correction {
    pub date: Date,
    /// Paths of the views it affects; the build checks that each exists.
    pub views: &'static [&'static str],
    pub wrong: &'static str,
    pub now: &'static str,
    pub sources: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));
