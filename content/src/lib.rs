//! The explainer's content model: its types (once), ids, vocabularies and dates.
//!
//! The app depends on this crate without features and reads the content as statics its build
//! script baked. With feature `check` (build scripts, xtask, tests; never the wasm) it also has
//! [`check`], which reads and checks `data/*.toml`, and [`bake`], which writes the checked
//! content as Rust for those statics.

pub mod about;
#[cfg(feature = "check")]
pub mod bake;
#[cfg(feature = "check")]
pub mod check;
mod date;
mod ids;
mod model;
pub mod status;
#[cfg(feature = "check")]
pub mod ui;
mod vocab;
pub mod words;

use std::collections::BTreeSet;

pub use date::{Date, IsoDate};
pub use ids::{ChartSlug, FigureId, IssueSlug, NotFound, PartyId, PointNumber, SourceId, is_slug};
pub use model::{
    AboutSection, Chart, ChartPoint, Commitment, Content, Correction, Event, Explainer, Figure, Group, Intro, Issue,
    Level, Marker, Outcome, Panel, Party, Person, Plan, Point, Position, Series, Source, Stance, StatusEntry, Term,
    Tracked, Unstated,
};
pub use status::Status;
pub use vocab::{Draw, PersonGroup, Phase, Topic};

/// The path of every view an editor may name, as the app's `Route::all` lists them (a test in
/// the app keeps the two equal): a correction's `views` and an introduction's `view` must be
/// among them.
pub fn view_paths(
    points: impl IntoIterator<Item = PointNumber>,
    issues: impl IntoIterator<Item = IssueSlug>,
    charts: impl IntoIterator<Item = ChartSlug>,
) -> BTreeSet<String> {
    let fixed = [
        "/",
        "/status",
        "/positions",
        "/figures",
        "/timeline",
        "/people",
        "/sources",
        "/glossary",
        "/about",
        "/corrections",
        "/search",
    ];
    let points = points.into_iter().map(|n| format!("/points/{n}"));
    let issues = issues.into_iter().map(|slug| format!("/positions/{slug}"));
    let charts = charts.into_iter().map(|slug| format!("/figures/{slug}"));
    fixed.iter().map(|path| (*path).to_owned()).chain(points).chain(issues).chain(charts).collect()
}
