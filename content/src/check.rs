//! Reads the editorial files in `data/` and checks them, so that a mistake stops the build with
//! the file, the line and the field instead of reaching a reader. One loader per file, each on
//! the skeleton in `item.rs`; later files are checked against what earlier ones define.

mod charts;
mod corrections;
mod glossary;
mod item;
mod meta;
pub mod overlay;
mod plan;
mod renames;
mod report;
mod rules;
mod sources;
mod talks;
mod timeline;
mod tracker;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub use bumpalo::Bump as Arena;
pub use report::DataError;

use crate::date::Date;
use crate::ids::{ChartSlug, IssueSlug, PointNumber};
use crate::model::Content;
use report::{Check, Doc};

/// Every data file, in the order they are read.
pub const FILES: [&str; 14] = [
    "data/meta.toml",
    "data/sources.toml",
    "data/points.toml",
    "data/parties.toml",
    "data/issues.toml",
    "data/positions.toml",
    "data/people.toml",
    "data/events.toml",
    "data/figures.toml",
    "data/charts.toml",
    "data/glossary.toml",
    "data/corrections.toml",
    "data/edition-corrections.toml",
    "data/status.toml",
];

/// What a chart reads of a figure: its date, the number it would draw and the count (the
/// `measure`) it belongs to, where it has them.
#[derive(Clone, Copy)]
struct FigureFacts<'a> {
    date: Date,
    amount: Option<u32>,
    measure: Option<&'a str>,
}

/// What later files are checked against. Each is `None` when the file defining it did not
/// parse, so that one broken file is one message, not one for every reference to it.
#[derive(Default)]
struct Known<'a> {
    sources: Option<BTreeSet<&'a str>>,
    /// The explainer's as-of date: nothing may be dated after it.
    as_of: Option<Date>,
    /// The day the explainer last changed: a search of the sources may be dated up to it.
    updated: Option<Date>,
    /// The plan's own sources: a later status cannot rest on them alone.
    plan_sources: Option<BTreeSet<&'a str>>,
    /// Each source's publication date, where it has one.
    source_dates: Option<BTreeMap<&'a str, Date>>,
    /// The dates of the timeline's events.
    event_dates: Option<BTreeSet<Date>>,
    points: Option<BTreeSet<PointNumber>>,
    parties: Option<BTreeSet<&'a str>>,
    issues: Option<BTreeSet<IssueSlug>>,
    /// What a chart reads of each figure, by id.
    figures: Option<BTreeMap<&'a str, FigureFacts<'a>>>,
    charts: Option<BTreeSet<ChartSlug>>,
}

/// Checks the files under `root` (the repository: `root/data/…`); messages name them as in
/// [`FILES`].
pub fn load_dir<'a>(root: &Path, arena: &'a Arena) -> Result<Content<'a>, Vec<DataError>> {
    load(&|name| std::fs::read_to_string(root.join(name)).map_err(|err| format!("cannot read: {err}")), arena)
}

/// Checks every file and returns the content, or every problem found. `read` gives the text
/// of each file in [`FILES`] by name; the content lives in `arena`.
pub fn load<'a>(
    read: &dyn Fn(&str) -> Result<String, String>,
    arena: &'a Arena,
) -> Result<Content<'a>, Vec<DataError>> {
    let mut check = Check::new(arena);
    let texts = FILES.map(|name| match read(name) {
        Ok(text) => &*arena.alloc_str(&text),
        Err(message) => {
            check.errors.push(DataError { file: name.into(), line: None, field: String::new(), message });
            ""
        }
    });
    if !check.errors.is_empty() {
        return Err(check.errors);
    }
    // One document per name in FILES, so that a file added there must be named here.
    let docs: [Doc<'a>; FILES.len()] = std::array::from_fn(|i| check.parse(FILES[i], texts[i]));
    let [
        meta_file,
        sources_file,
        points_file,
        parties_file,
        issues_file,
        positions_file,
        people_file,
        events_file,
        figures_file,
        charts_file,
        glossary_file,
        corrections_file,
        edition_corrections_file,
        status_file,
    ] = &docs;

    let mut known = Known::default();
    let sources = sources::load(&mut check, sources_file);
    known.sources = sources.as_ref().map(|sources| sources.iter().map(|s| s.id.as_str()).collect());
    known.source_dates =
        sources.as_ref().map(|sources| sources.iter().filter_map(|s| Some((s.id.as_str(), s.published?))).collect());
    let (meta, introduced) = meta::load(&mut check, meta_file, &known);
    known.as_of = meta.map(|(explainer, _)| explainer.as_of);
    // An `updated` before `as_of` is that one message, not also every search dated after it.
    known.updated = meta.map(|(explainer, _)| explainer.updated).filter(|updated| known.as_of <= Some(*updated));
    let plan = meta.map(|(_, plan)| plan);
    known.plan_sources = plan.map(|plan| plan.sources.iter().map(|s| s.as_str()).collect());
    // Before the points: their commitments name parties.
    let parties = talks::load_parties(&mut check, parties_file, &known);
    known.parties = parties.as_ref().map(|parties| parties.iter().map(|p| p.id.as_str()).collect());
    let (points, named) = plan::load(&mut check, points_file, plan.as_ref(), &known).unzip();
    known.points = named.flatten();
    let located = talks::load_issues(&mut check, issues_file, &known);
    known.issues = located.as_ref().map(|issues| issues.iter().map(|(i, _)| i.slug).collect());
    let cells = talks::load_positions(&mut check, positions_file, &known);
    if let (Some(issues), Some(cells), Some(parties)) = (&located, &cells, &parties) {
        talks::every_party_on_every_issue(&mut check, issues_file, issues, cells, parties);
    }
    let positions: Option<Vec<_>> = cells.map(|cells| cells.into_iter().map(|cell| cell.position).collect());
    let issues: Option<Vec<_>> = located.map(|issues| issues.into_iter().map(|(issue, _)| issue).collect());
    let people = talks::load_people(&mut check, people_file, &known);
    let reported = check.errors.len();
    let events = timeline::load_events(&mut check, events_file, &known);
    // Only a timeline without problems dates the statuses: a misdated event is one message.
    let clean = check.errors.len() == reported;
    known.event_dates = events.as_ref().filter(|_| clean).map(|events| events.iter().map(|e| e.date).collect());
    let figures = timeline::load_figures(&mut check, figures_file, &known);
    known.figures = figures.as_ref().map(|figures| {
        figures
            .iter()
            .map(|f| (f.id.as_str(), FigureFacts { date: f.as_of, amount: f.amount, measure: f.measure }))
            .collect()
    });
    let charts = charts::load(&mut check, charts_file, &known);
    known.charts = charts.as_ref().map(|charts| charts.iter().map(|c| c.slug).collect());
    // After the points, issues and charts: their pages are views an introduction may name.
    meta::check_views(&mut check, meta_file, introduced, &known);
    let glossary = glossary::load(&mut check, glossary_file, &known);
    let window = meta.map(|(explainer, plan)| (plan.published, explainer.updated));
    let corrections = corrections::load(&mut check, corrections_file, window, &known, false);
    let edition_only = corrections::load(&mut check, edition_corrections_file, window, &known, true);
    // One log, oldest first: the two editions' shared corrections and this edition's own.
    let corrections = corrections.zip(edition_only).map(|(mut shared, own)| {
        shared.extend(own);
        shared.sort_by_key(|correction| correction.date);
        shared
    });
    let tracker = tracker::load(&mut check, status_file, plan.map(|plan| plan.published), &known);

    let content = (|| {
        let (explainer, plan) = meta?;
        Some(Content {
            explainer,
            plan,
            sources: check.list(sources?),
            points: check.list(points?),
            parties: check.list(parties?),
            issues: check.list(issues?),
            positions: check.list(positions?),
            people: check.list(people?),
            events: check.list(events?),
            figures: check.list(figures?),
            corrections: check.list(corrections?),
            tracker: check.list(tracker?),
            charts: check.list(charts?),
            glossary: check.list(glossary?),
        })
    })();
    std::mem::take(&mut check.ids).fold(&mut check.errors);
    match content {
        Some(content) if check.errors.is_empty() => Ok(content),
        _ => Err(check.errors),
    }
}

/// Whether an edition translates the file `name`: all but the sources, whose titles stay in the
/// language they were published in, and each edition's own corrections.
pub fn translated(name: &str) -> bool {
    name != "data/sources.toml" && !edition_own(name)
}

/// Whether each edition has its own file `name`, neither shared nor translated: the corrections
/// of errors in that edition's text alone.
pub fn edition_own(name: &str) -> bool {
    name == "data/edition-corrections.toml"
}

/// The text of the data file `name` in the edition whose words are in `dir` (`data/ar/`): the
/// English file with its words replaced by that edition's (`overlay`), or as it is.
pub fn read_edition(root: &Path, name: &str, dir: Option<&str>) -> Result<String, Vec<DataError>> {
    let read = |file: &str| {
        std::fs::read_to_string(root.join(file)).map_err(|err| {
            vec![DataError {
                file: file.to_owned(),
                line: None,
                field: String::new(),
                message: format!("cannot read: {err}"),
            }]
        })
    };
    if let Some(dir) = dir.filter(|_| edition_own(name)) {
        return read(&name.replacen("data/", dir, 1));
    }
    let english = read(name)?;
    match dir {
        Some(dir) if translated(name) => {
            let theirs = name.replacen("data/", dir, 1);
            overlay::overlay(name, &english, &theirs, &read(&theirs)?)
        }
        _ => Ok(english),
    }
}

/// Checks the content of the edition whose words are in `dir` (`None`: the English files).
pub fn load_edition<'a>(root: &Path, dir: Option<&str>, arena: &'a Arena) -> Result<Content<'a>, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut texts = BTreeMap::new();
    for name in FILES {
        match read_edition(root, name, dir) {
            Ok(text) => {
                texts.insert(name, text);
            }
            Err(found) => errors.extend(found),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    load(&|name| texts.get(name).cloned().ok_or_else(|| "not a data file".to_owned()), arena)
}

/// Whether the edition whose words are in `dir` is in step with the English files: each of them
/// has its counterpart there, every text on either side its counterpart on the other.
pub fn in_step(root: &Path, dir: &str) -> Vec<DataError> {
    FILES
        .into_iter()
        .filter(|name| translated(name))
        .filter_map(|name| read_edition(root, name, Some(dir)).err())
        .flatten()
        .collect()
}
