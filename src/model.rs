//! The explainer's content as typed, read-only data.
//!
//! Editors write `data/*.toml`; `build.rs` checks it with the content crate (`content/`) and
//! bakes the statics in [`content`], so nothing here can fail at run time. The types are the
//! content crate's, held for the life of the program; every id names something that exists.

mod charts;
mod content;
mod lookup;

pub use charts::{Plotted, chart, chart_sources, charts_for, figure, newest, plotted, span, takeaway};
pub use content::{
    CHARTS, CORRECTIONS, EVENTS, EXPLAINER, FIGURES, GLOSSARY, ISSUES, PARTIES, PEOPLE, PLAN, POINTS, POSITIONS,
    SOURCES, TRACKER,
};
pub use gaza_plan_content::status::Status;
pub use gaza_plan_content::{ChartSlug, Date, Draw, IssueSlug, NotFound, PersonGroup, Phase, PointNumber, Topic};
pub use lookup::{
    Citation, bound_parties, camps, citations, corrections_newest_first, corrections_of, first_point, group, intro,
    issue, issues_touching, last_point, next_point, parties_bound_by, party, party_camps, point, points_in, position,
    positions_on, positions_reported, previous_point, source, sources_of_positions, status_change_dates,
    status_checked, status_history, status_on,
};

/// The content crate's types as the app holds them: baked, so borrowed for `'static`.
macro_rules! baked {
    ($($name:ident),*) => {
        $(pub type $name = gaza_plan_content::$name<'static>;)*
    };
}

#[rustfmt::skip]
baked!(
    AboutSection, Chart, ChartPoint, Commitment, Correction, Event, Explainer, Figure, FigureId, Group, Intro, Issue, Level,
    Marker, Outcome, Panel, Party, PartyId, Person, Plan, Point, Position, Series, Source, SourceId, Stance,
    StatusEntry, Term, Tracked, Unstated
);
