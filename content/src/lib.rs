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

/// The language `data/sources.toml` is written in: one list of sources, shared by every
/// edition and never translated, so its publishers and titles keep their own language.
pub const SOURCES_LANGUAGE: &str = "en";

/// Whether a claim written in `edition` (a language tag) puts someone else's words in our
/// translation: its `texts` quote ("…", “…”, «…») and none of its sources is written in the
/// edition's language.
pub fn quotes_in_translation<'a>(texts: &[&str], mut sources: impl Iterator<Item = &'a str>, edition: &str) -> bool {
    let quotes = |text: &&str| text.matches('"').count() >= 2 || text.contains('“') || text.contains('«');
    texts.iter().any(quotes) && sources.all(|language| language != edition)
}

#[cfg(test)]
mod tests {
    use super::quotes_in_translation;

    #[test]
    fn quoted_words_are_ours_where_no_source_is_in_the_editions_language() {
        let en = || ["en", "en"].into_iter();
        assert!(quotes_in_translation(&["قال إنه «لن يتسامح»"], en(), "ar"));
        assert!(quotes_in_translation(&["no quote", "a \"quoted\" word"], ["ru"].into_iter(), "en"));
        assert!(!quotes_in_translation(&["قال إنه «لن يتسامح»"], ["en", "ar"].into_iter(), "ar"));
        assert!(!quotes_in_translation(&["a \"quoted\" word"], en(), "en"));
        // An apostrophe or one stray mark is not a quotation.
        assert!(!quotes_in_translation(&["Hamas's reply, 5\" long"], ["ru"].into_iter(), "en"));
    }
}
