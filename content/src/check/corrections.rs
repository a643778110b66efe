//! `data/corrections.toml`: every factual correction, oldest first, each naming the views it
//! affects.

use std::collections::BTreeSet;

use super::Known;
use super::renames::Kind;
use super::report::{Check, Doc};
use super::rules::{UNREAD, out_of_order};
use crate::date::Date;
use crate::model::Correction;

/// `window` is the plan's publication and the explainer's last update, between which every
/// correction falls (unchecked when data/meta.toml did not give them).
pub(super) fn load<'a>(
    check: &mut Check<'a>,
    doc: &Doc<'a>,
    window: Option<(Date, Date)>,
    known: &Known<'a>,
    edition_only: bool,
) -> Option<Vec<Correction<'a>>> {
    let views = Views::new(known);
    let mut dates = Vec::new();
    let mut number = 0;
    let corrections = check.each(doc, "correction", |item| {
        number += 1;
        item.label = format!("correction[{number}]");
        let date = item.date("date");
        dates.push((date, item.span_of("date"), item.field("date")));
        if let (Some(date), Some((published, updated))) = (date, window) {
            if date > updated {
                item.error(
                    "date",
                    format!(
                        "{date} is after explainer.updated ({updated}) in data/meta.toml",
                        date = date.iso(),
                        updated = updated.iso()
                    ),
                );
            } else if date < published {
                item.error(
                    "date",
                    format!(
                        "{date} is before the plan was published ({published})",
                        date = date.iso(),
                        published = published.iso()
                    ),
                );
            }
        }
        let paths = item.strings("views").map(|(span, paths)| {
            if paths.is_empty() {
                item.error_at(span, "views", "name at least one view the correction affects");
            }
            paths
        });
        for (path, span) in paths.iter().flatten() {
            let unknown = !views.may_name(path);
            let message =
                unknown.then(|| format!("no view at \"{path}\" (write a path such as \"/people\" or \"/points/7\")"));
            match (path.strip_prefix("/positions/"), message) {
                (Some(slug), message) => drop(item.refer(Kind::Issue, slug, span.clone(), "views", message)),
                (None, Some(message)) => drop(item.error_at(span.clone(), "views", message)),
                (None, None) => {}
            }
        }
        Correction {
            date: date.unwrap_or(UNREAD),
            views: item.list(paths.unwrap_or_default().into_iter().map(|(path, _)| path)),
            wrong: item.text("wrong"),
            now: item.text("now"),
            sources: item.sources("sources", known.sources.as_ref()),
            edition_only,
        }
    })?;
    let order: Vec<_> = dates.iter().map(|(date, ..)| *date).collect();
    for ((date, span, field), late) in dates.into_iter().zip(out_of_order(&order)) {
        if let (true, Some(date)) = (late, date) {
            let message = format!(
                "{date} is out of order: list corrections oldest first, add new ones at the end",
                date = date.iso()
            );
            check.error(doc, span, field, message);
        }
    }
    Some(corrections)
}

/// The views a correction (or an introduction, data/meta.toml) may name. A point's or an
/// issue's page is checked only when the file that defines them was read, so a broken file is
/// one message, not one per correction too.
pub(super) struct Views {
    known: BTreeSet<String>,
    points_unread: bool,
    issues_unread: bool,
    charts_unread: bool,
}

impl Views {
    pub(super) fn new(known: &Known<'_>) -> Self {
        let points = known.points.iter().flatten().copied();
        let issues = known.issues.iter().flatten().copied();
        let charts = known.charts.iter().flatten().copied();
        Views {
            known: crate::view_paths(points, issues, charts),
            points_unread: known.points.is_none(),
            issues_unread: known.issues.is_none(),
            charts_unread: known.charts.is_none(),
        }
    }

    pub(super) fn may_name(&self, path: &str) -> bool {
        self.known.contains(path)
            || (self.points_unread && path.starts_with("/points/"))
            || (self.issues_unread && path.starts_with("/positions/"))
            || (self.charts_unread && path.starts_with("/figures/"))
    }
}
