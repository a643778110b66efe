//! The ids of places inside a view that links point at (search results): one function each,
//! which the view and every link to it call.

use crate::model::{Date, FigureId, SourceId};

/// A person on /people: `person-khalil-al-hayya`.
pub fn person(name: &str) -> String {
    crate::search::anchor("person", name)
}

/// A source on /sources: `source-national-2025-10-06`.
pub fn source(id: SourceId) -> String {
    format!("source-{id}")
}

/// A figure in /positions' key figures: `figure-<id>`.
pub fn figure(id: FigureId) -> String {
    format!("figure-{id}")
}

/// The timeline's heading for a date's month: `month-2025-10`.
pub fn month(date: Date) -> String {
    format!("month-{}-{:02}", date.year, date.month)
}

/// A term on /glossary: its slug from data/glossary.toml.
pub fn term(slug: &str) -> String {
    slug.to_owned()
}
