//! Route parameters that can only hold things that exist: a URL either names a point or an
//! issue, or it is not found. No view has to handle a dangling id.

use std::fmt;
use std::str::FromStr;

use super::{ISSUES, Issue, POINTS, Point};

/// Why a path segment names nothing.
#[derive(Debug, PartialEq, Eq)]
pub struct NotFound;

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("nothing at this address")
    }
}

/// The number of an existing point. Parsing accepts only the canonical spelling ("7", not
/// "07" or "+7") of a number that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PointNumber(u8);

impl PointNumber {
    pub fn new(number: u8) -> Option<Self> {
        POINTS.iter().any(|p| p.number == number).then_some(PointNumber(number))
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

    pub fn point(self) -> Option<&'static Point> {
        POINTS.iter().find(|p| p.number == self.0)
    }
}

impl FromStr for PointNumber {
    type Err = NotFound;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let canonical = !text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit());
        if !canonical || text.starts_with('0') {
            return Err(NotFound);
        }
        text.parse::<u8>().ok().and_then(PointNumber::new).ok_or(NotFound)
    }
}

impl fmt::Display for PointNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The slug of an existing issue, e.g. `disarmament`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IssueSlug(&'static str);

impl IssueSlug {
    pub fn of(issue: &'static Issue) -> Self {
        IssueSlug(issue.slug)
    }

    pub fn issue(self) -> Option<&'static Issue> {
        ISSUES.iter().find(|i| i.slug == self.0)
    }
}

impl FromStr for IssueSlug {
    type Err = NotFound;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ISSUES.iter().find(|i| i.slug == text).map(IssueSlug::of).ok_or(NotFound)
    }
}

impl fmt::Display for IssueSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}
