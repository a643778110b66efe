//! The explainer's content model: its types (once), ids, vocabularies and dates.
//!
//! The app depends on this crate without features and reads the content as statics its build
//! script baked. With feature `check` (build scripts, xtask, tests; never the wasm) it also has
//! [`check`], which reads and checks `data/*.toml`, and [`bake`], which writes the checked
//! content as Rust for those statics.

#[cfg(feature = "check")]
pub mod bake;
#[cfg(feature = "check")]
pub mod check;
mod date;
mod ids;
mod model;
pub mod status;
mod vocab;

use std::collections::BTreeSet;

pub use date::{Date, IsoDate};
pub use ids::{IssueSlug, NotFound, PartyId, PointNumber, SourceId, is_slug};
pub use model::{
    AboutSection, Commitment, Content, Correction, Event, Explainer, Figure, Issue, Outcome, Party, Person, Plan,
    Point, Position, Source, Stance, StatusEntry, Tracked,
};
pub use status::Status;
pub use vocab::{PersonGroup, Phase, Topic};

/// The path of every view an editor may name, as the app's `Route::all` lists them (a test in
/// the app keeps the two equal): a correction's `views` must be among them.
pub fn view_paths(
    points: impl IntoIterator<Item = PointNumber>,
    issues: impl IntoIterator<Item = IssueSlug>,
) -> BTreeSet<String> {
    let fixed = ["/", "/status", "/positions", "/timeline", "/people", "/sources", "/about", "/corrections"];
    let points = points.into_iter().map(|n| format!("/points/{n}"));
    let issues = issues.into_iter().map(|slug| format!("/positions/{slug}"));
    fixed.iter().map(|path| (*path).to_owned()).chain(points).chain(issues).collect()
}
