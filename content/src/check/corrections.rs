//! `data/corrections.toml`: every factual correction, oldest first, each naming the views it
//! affects.

use super::Known;
use super::item::{Check, Doc};
use crate::date::Date;
use crate::model::Correction;

/// `window` is the plan's publication and the explainer's last update, between which every
/// correction falls (unchecked when data/meta.toml did not parse).
pub(super) fn load<'a>(
    check: &mut Check<'a>,
    doc: &Doc<'a>,
    window: Option<(Date, Date)>,
    known: &Known<'a>,
) -> Option<Vec<Correction<'a>>> {
    let views = match (&known.points, &known.issues) {
        (Some(points), Some(issues)) => Some(crate::view_paths(points.iter().copied(), issues.iter().copied())),
        _ => None,
    };
    let mut previous = None;
    let mut number = 0;
    check.each(doc, "correction", |item| {
        number += 1;
        item.label = format!("correction[{number}]");
        let date = item.date("date");
        if previous.is_some_and(|previous| date < previous) {
            let message = format!("{date} is out of order: list corrections oldest first, add new ones at the end");
            item.error("date", message);
        }
        previous = Some(date);
        if let Some((published, updated)) = window {
            if date > updated {
                item.error("date", format!("{date} is after explainer.updated ({updated}) in data/meta.toml"));
            } else if date < published {
                item.error("date", format!("{date} is before the plan was published ({published})"));
            }
        }
        let paths = item.strings("views").map(|(span, paths)| {
            if paths.is_empty() {
                item.error_at(span, "views", "name at least one view the correction affects");
            }
            paths
        });
        for (path, span) in paths.iter().flatten() {
            if views.as_ref().is_some_and(|views| !views.contains(*path)) {
                let message = format!("no view at \"{path}\" (write a path such as \"/people\" or \"/points/7\")");
                item.error_at(span.clone(), "views", message);
            }
        }
        Correction {
            date,
            views: item.list(paths.unwrap_or_default().into_iter().map(|(path, _)| path)),
            wrong: item.text("wrong"),
            now: item.text("now"),
            sources: item.sources("sources", known.sources.as_ref()),
        }
    })
}
