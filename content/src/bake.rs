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
        let _ = match WORDS.get() {
            Words::AsWritten => write!(out, "{self:?}"),
            Words::Pseudo => write!(out, "{:?}", crate::ui::pseudo(self)),
            Words::Accented => write!(out, "{:?}", crate::ui::accented(self)),
        };
    }
}

/// How the baker writes the content's words: as written, or in the pseudo-locale.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Words {
    AsWritten,
    Pseudo,
    /// Accented only: spellings found inside other texts (a glossary term's forms).
    Accented,
}

thread_local! {
    static WORDS: std::cell::Cell<Words> = const { std::cell::Cell::new(Words::AsWritten) };
}

/// Bakes a struct's field: in the pseudo-locale, fields that are not words (addresses, paths,
/// the keys data files match on) stay as written.
pub fn field(name: &str, bake: impl FnOnce()) {
    let before = WORDS.get();
    let during = match (before, name) {
        (Words::AsWritten, _) => Words::AsWritten,
        // Not overlay::NOT_WORDS: that list names TOML keys, and some (`points`, `sources`) are
        // also names of the content's lists of words.
        (_, "urls" | "views" | "view" | "camp" | "measure" | "key" | "slug" | "language") => Words::AsWritten,
        (_, "forms") => Words::Accented,
        (words, _) => words,
    };
    WORDS.set(during);
    bake();
    WORDS.set(before);
}

/// Numbers (and `bool`s) print as literals of their own type.
macro_rules! bake_number {
    ($($ty:ty),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

bake_number!(u8, u32, bool);

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
///
/// It also writes the interface table of the edition `GAZA_EDITION` names (`en` by default) to
/// `$OUT_DIR/words.rs`, failing on a key no file under `src/`, `xtask/src/` or `assets/` names.
/// In the pseudo-locale (`en-XA`) both the content's words and the table's are transformed.
pub fn build_script() {
    use crate::ui::{self, Edition};
    println!("cargo::rerun-if-env-changed=GAZA_EDITION");
    for name in crate::check::FILES {
        println!("cargo::rerun-if-changed={name}");
    }
    let path = |var: &str| std::env::var_os(var).map(std::path::PathBuf::from).unwrap_or_default();
    let root = path("CARGO_MANIFEST_DIR");
    let mut messages = Vec::new();
    let code = std::env::var("GAZA_EDITION").unwrap_or_default();
    let Some(edition) = Edition::from_code(&code) else {
        println!("cargo::error=GAZA_EDITION={code}: no such edition (en, ar, en-XA)");
        return;
    };
    println!("cargo::rerun-if-changed={}", edition.table());
    // A key the code stops naming is found when the code changes, not only the table; every
    // build checks that the other editions are in step with the English files.
    for dir in ["src", "xtask/src", "assets", "data/ar", "data/ui.ar.toml"] {
        println!("cargo::rerun-if-changed={dir}");
    }
    let write = |name: &str, text: String| {
        let out = path("OUT_DIR").join(name);
        std::fs::write(&out, text).map_err(|err| format!("{}: cannot write: {err}", out.display()))
    };
    if edition == Edition::Pseudo {
        WORDS.set(Words::Pseudo);
    }
    let arena = crate::check::Arena::new();
    let mut names = Vec::new();
    match crate::check::load_edition(&root, edition.content_dir(), &arena) {
        Ok(content) => {
            messages.extend(write("content.rs", bake(&content)).err());
            names.extend(content.parties.iter().map(|party| party.name.to_owned()));
            names.extend(content.people.iter().map(|person| person.name.to_owned()));
        }
        Err(errors) => messages.extend(errors.iter().map(ToString::to_string)),
    }
    WORDS.set(Words::AsWritten);
    match ui::load(&root, edition) {
        Ok(table) => {
            let dirs = ["src", "xtask/src", "assets"].map(|dir| root.join(dir));
            messages.extend(ui::unused(&table, &dirs).iter().map(ToString::to_string));
            // The pseudo-locale's names are transformed; its table is checked as English.
            if edition != Edition::Pseudo {
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                messages.extend(ui::states_facts(&table, &names).iter().map(ToString::to_string));
            }
            let table = if edition == Edition::Pseudo { ui::transformed(&table, ui::pseudo) } else { table };
            messages.extend(write("words.rs", ui::generate(&table)).err());
        }
        Err(errors) => messages.extend(errors.iter().map(ToString::to_string)),
    }
    // Every edition in step with the English one, whichever is built: a correction to one alone
    // stops the build.
    let others = [Edition::Arabic];
    for other in others {
        if let Some(dir) = other.content_dir() {
            messages.extend(crate::check::in_step(&root, dir).iter().map(ToString::to_string));
        }
        let tables = ui::load(&root, Edition::English).and_then(|en| Ok((en, ui::load(&root, other)?)));
        match tables {
            Ok((en, theirs)) => messages.extend(ui::compare(&en, &theirs).iter().map(ToString::to_string)),
            Err(errors) => messages.extend(errors.iter().map(ToString::to_string)),
        }
    }
    messages.sort();
    messages.dedup();
    for message in messages {
        println!("cargo::error={message}");
    }
}
