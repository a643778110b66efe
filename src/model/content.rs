//! The content, checked and baked from `data/` by `build.rs`, as the statics views read.

use gaza_plan_content::Content;

use super::{
    Chart, Correction, Event, Explainer, Figure, Issue, Party, Person, Plan, Point, Position, Source, Term, Tracked,
};

static CONTENT: Content<'static> = include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// One static per part of the content, each named after its field in upper case.
macro_rules! statics {
    ($($name:ident: $ty:ty = $field:ident),* $(,)?) => {
        $(pub static $name: $ty = CONTENT.$field;)*
    };
}

statics! {
    EXPLAINER: Explainer = explainer,
    PLAN: Plan = plan,
    SOURCES: &[Source] = sources,
    POINTS: &[Point] = points,
    PARTIES: &[Party] = parties,
    ISSUES: &[Issue] = issues,
    POSITIONS: &[Position] = positions,
    PEOPLE: &[Person] = people,
    EVENTS: &[Event] = events,
    FIGURES: &[Figure] = figures,
    CORRECTIONS: &[Correction] = corrections,
    TRACKER: &[Tracked] = tracker,
    CHARTS: &[Chart] = charts,
    GLOSSARY: &[Term] = glossary,
}
