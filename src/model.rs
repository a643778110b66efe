//! The explainer's content as typed, read-only data.
//!
//! Editors write `data/*.toml`; `build.rs` checks it (see `model/validate.rs`) and generates
//! the statics in [`content`], so nothing here can fail at run time.

mod content;
mod date;
mod ids;
mod lookup;
mod vocab;

pub use content::{
    AboutSection, CORRECTIONS, Commitment, Correction, EVENTS, EXPLAINER, Event, Explainer, FIGURES, Figure, ISSUES,
    Issue, Outcome, PARTIES, PEOPLE, PLAN, POINTS, POSITIONS, Party, Person, Plan, Point, Position, SOURCES, Source,
    Stance,
};
pub use date::Date;
pub use ids::{IssueSlug, NotFound, PointNumber};
pub use lookup::{
    Agreement, Citation, agreement, camps, citations, corrections_newest_first, corrections_of, issues_touching, party,
    points_in, position, positions_on, positions_reported, source, sources_of_positions,
};
pub use vocab::{PersonGroup, Phase, Topic};
