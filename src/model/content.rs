//! Typed content generated from `data/` at build time, and the look-ups views use.

use std::fmt;
use std::str::FromStr;

use super::date::Date;
use super::vocab::{Phase, Topic};

/// The explainer as a publication.
#[derive(Debug, PartialEq)]
pub struct Explainer {
    pub title: &'static str,
    pub standfirst: &'static str,
    /// No fact in the data is newer than this.
    pub as_of: Date,
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

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The number of an existing point. Parsing accepts only the canonical spelling ("7", not
/// "07" or "+7") of a number that exists, so a URL either names a point or is not found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PointNumber(u8);

impl PointNumber {
    pub fn new(number: u8) -> Option<Self> {
        point_by_number(number).map(|_| PointNumber(number))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn first() -> Self {
        PointNumber(POINTS.first().map_or(1, |p| p.number))
    }

    pub fn last() -> Self {
        PointNumber(POINTS.last().map_or(1, |p| p.number))
    }

    pub fn previous(self) -> Option<Self> {
        self.0.checked_sub(1).and_then(Self::new)
    }

    pub fn next(self) -> Option<Self> {
        self.0.checked_add(1).and_then(Self::new)
    }
}

/// Why a path segment is not a point number.
#[derive(Debug, PartialEq, Eq)]
pub struct NoSuchPoint;

impl fmt::Display for NoSuchPoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no such point")
    }
}

impl FromStr for PointNumber {
    type Err = NoSuchPoint;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let canonical =
            !text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit());
        if !canonical || text.starts_with('0') {
            return Err(NoSuchPoint);
        }
        text.parse::<u8>()
            .ok()
            .and_then(PointNumber::new)
            .ok_or(NoSuchPoint)
    }
}

impl fmt::Display for PointNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

fn point_by_number(number: u8) -> Option<&'static Point> {
    POINTS.iter().find(|p| p.number == number)
}

/// The point with this number; always present, because `PointNumber` only holds real ones.
pub fn point(number: PointNumber) -> Option<&'static Point> {
    point_by_number(number.get())
}

pub fn points_in(phase: Phase) -> impl Iterator<Item = &'static Point> {
    POINTS.iter().filter(move |p| p.phase == phase)
}

pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}
