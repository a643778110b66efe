//! Writes checked content as a Rust expression, so the app embeds it with no parser. Structs
//! get their impls where they are declared (`model.rs`); here are the leaves.

use std::fmt::Write;

use crate::date::Date;
use crate::ids::{ChartSlug, FigureId, IssueSlug, PartyId, PointNumber, SourceId};
use crate::model::Content;
use crate::status::Status;
use crate::vocab::{Draw, PersonGroup, Phase, Topic};

/// A value written as a Rust expression of its own type, with paths from the crate root.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

/// The expression for `content`, for `include!` as the initializer of a `Content<'static>`.
pub fn bake(content: &Content<'_>) -> String {
    let mut out = String::from("// Generated from data/*.toml by gaza-plan-content. Edit those files, not this.\n");
    content.bake(&mut out);
    out.push('\n');
    out
}

impl Bake for &str {
    fn bake(&self, out: &mut String) {
        // Debug is a valid Rust string literal: quotes, backslashes and controls escaped.
        let _ = write!(out, "{self:?}");
    }
}

/// Numbers print as literals of their own type.
macro_rules! bake_number {
    ($($ty:ty),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

bake_number!(u8, u32);

impl Bake for Date {
    fn bake(&self, out: &mut String) {
        let Date { year, month, day } = self;
        let _ = write!(out, "::gaza_plan_content::Date {{ year: {year}, month: {month}, day: {day} }}");
    }
}

/// Ids print as their constructor for generated code, e.g. `PointNumber::baked(7)`.
macro_rules! bake_id {
    ($($ty:ident $(<$lt:lifetime>)?),*) => {$(
        impl Bake for $ty $(<$lt>)? {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "::gaza_plan_content::{}::baked({:?})", stringify!($ty), self.as_str());
            }
        }
    )*};
}

bake_id!(IssueSlug, ChartSlug, PartyId<'_>, SourceId<'_>, FigureId<'_>);

impl Bake for PointNumber {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "::gaza_plan_content::PointNumber::baked({self})");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: Bake> Bake for &[T] {
    fn bake(&self, out: &mut String) {
        out.push_str("&[");
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.bake(out);
        }
        out.push(']');
    }
}

/// Vocabulary values print as their variant's path, e.g. `Phase::Transition`.
macro_rules! bake_enum {
    ($($ty:ident),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "::gaza_plan_content::{}::{self:?}", stringify!($ty));
            }
        }
    )*};
}

bake_enum!(Phase, Topic, PersonGroup, Status, Draw);

/// What the app's build script does: checks `data/` under the package being built and writes the
/// baked content to `$OUT_DIR/content.rs`. Problems go to cargo as `cargo::error` lines, which it
/// prints first and plainly and which fail the build, rather than as a failed script, whose
/// output cargo buries under its own.
pub fn build_script() {
    for name in crate::check::FILES {
        println!("cargo::rerun-if-changed={name}");
    }
    let path = |var: &str| std::env::var_os(var).map(std::path::PathBuf::from).unwrap_or_default();
    let arena = crate::check::Arena::new();
    let written = match crate::check::load_dir(&path("CARGO_MANIFEST_DIR"), &arena) {
        Ok(content) => {
            let out = path("OUT_DIR").join("content.rs");
            std::fs::write(&out, bake(&content)).map_err(|err| vec![format!("{}: cannot write: {err}", out.display())])
        }
        Err(errors) => Err(errors.iter().map(ToString::to_string).collect()),
    };
    for message in written.err().into_iter().flatten() {
        println!("cargo::error={message}");
    }
}
