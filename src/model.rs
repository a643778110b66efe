//! The explainer's content as typed, read-only data.
//!
//! Editors write `data/*.toml`; `build.rs` checks it (see `model/validate.rs`) and generates
//! the statics in [`content`], so nothing here can fail at run time.

mod content;
mod date;
mod vocab;

pub use content::{
    Commitment, EXPLAINER, Explainer, PLAN, POINTS, Plan, Point, PointNumber, SOURCES, Source,
    point, points_in, source,
};
pub use date::Date;
pub use vocab::{Phase, Topic};
