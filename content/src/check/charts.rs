//! `data/charts.toml`: charts of dated figures. Every value a chart draws is a figure in
//! `data/figures.toml` with a number, a date no later than `as_of` and its sources; a series
//! has at least two of them, oldest first (so a chart has two or more), and the takeaway names
//! only series that exist. Counts of different measures (by different counters, or of different
//! things) are shown side by side and never joined or ranked: a line joins the values of one
//! measure only, and only such a series may be asked for its lowest or highest value.

use std::collections::BTreeSet;

use super::item::Item;
use super::report::{Check, Doc};
use super::rules::out_of_order;
use super::{FigureFacts, Known};
use crate::ids::{ChartSlug, FigureId, PointNumber};
use crate::model::{Chart, ChartPoint, Level, Marker, Panel, Series};
use crate::vocab::Draw;

/// What a takeaway's placeholder may ask of a series, e.g. `{dead.last_date}`.
pub const PLACEHOLDERS: [&str; 12] = [
    "first",
    "last",
    "low",
    "high",
    "first_date",
    "last_date",
    "low_date",
    "high_date",
    "first_label",
    "last_label",
    "low_label",
    "high_label",
];

pub(super) fn load<'a>(check: &mut Check<'a>, doc: &Doc<'a>, known: &Known<'a>) -> Option<Vec<Chart<'a>>> {
    let mut seen = BTreeSet::new();
    check.each(doc, "chart", |item| {
        let text = item.slug("slug", &mut seen, "chart slug");
        item.label = format!("chart[{text}]");
        if text.len() > ChartSlug::MAX_LEN {
            let message = format!("\"{text}\" is too long for a URL: use at most {} characters", ChartSlug::MAX_LEN);
            item.error("slug", message);
        }
        let slug = text.parse().unwrap_or(ChartSlug::baked(""));
        let title = item.text("title");
        let takeaway = item.sentences("takeaway", 1..=1);
        let note = item.optional_text("note");
        let points = chart_points(item, known);
        let markers = item.tables("marker", |marker| Marker {
            date: marker.dated("date", known.as_of).unwrap_or(super::rules::UNREAD),
            label: marker.text("label"),
            sources: marker.sources("sources", known.sources.as_ref()),
        });
        let mut keys = SeriesKeys::default();
        let panels = item.tables("panel", |panel| read_panel(panel, known, &mut keys));
        if panels.is_empty() {
            item.error("panel", "needs at least one [[chart.panel]] with a series");
        }
        check_takeaway(item, takeaway, &keys);
        Chart { slug, title, takeaway, note, points, markers: item.list(markers), panels: item.list(panels) }
    })
}

fn chart_points<'a>(item: &mut Item<'_, 'a>, known: &Known<'a>) -> &'a [PointNumber] {
    let Some(value) = item.value("points") else { return &[] };
    let Some(numbers) = value.get_ref().as_array() else {
        item.error("points", "must be a list of point numbers");
        return &[];
    };
    let mut points = Vec::new();
    for number in numbers {
        let Some(n) = item.whole_number("points", number) else { continue };
        let point = u8::try_from(n).ok().map(PointNumber::baked);
        match (point, &known.points) {
            (Some(point), Some(known)) if known.contains(&point) => points.push(point),
            (Some(point), None) => points.push(point),
            _ => {
                item.error_at(number.span(), "points", format!("no point {n} in data/points.toml"));
            }
        }
    }
    item.list(points)
}

/// A chart's series keys, for its takeaway's placeholders.
#[derive(Default)]
struct SeriesKeys<'a> {
    all: BTreeSet<&'a str>,
    /// The series whose values are all of one measure: only these may be ranked.
    one_measure: BTreeSet<&'a str>,
}

fn read_panel<'a>(panel: &mut Item<'_, 'a>, known: &Known<'a>, keys: &mut SeriesKeys<'a>) -> Panel<'a> {
    let axis = panel.text("axis");
    let levels = panel.tables("level", |level| Level {
        value: level.integer("value").and_then(|n| u32::try_from(n).ok()).unwrap_or(0),
        label: level.text("label"),
        sources: level.sources("sources", known.sources.as_ref()),
    });
    let series = panel.tables("series", |series| read_series(series, known, keys));
    if series.is_empty() {
        panel.error("series", "needs at least one [[chart.panel.series]]");
    }
    Panel { axis, levels: panel.list(levels), series: panel.list(series) }
}

fn read_series<'a>(series: &mut Item<'_, 'a>, known: &Known<'a>, keys: &mut SeriesKeys<'a>) -> Series<'a> {
    let key = series.slug("key", &mut keys.all, "series key in this chart");
    let label = series.text("label");
    let draw = series.choice("draw", &Draw::ALL, Draw::slug, "way to draw a series").unwrap_or(Draw::Dots);
    let mut dates = Vec::new();
    let mut measures = BTreeSet::new();
    let points = series.tables("point", |point| {
        let Some(value) = point.required("figure") else {
            dates.push(None);
            return ChartPoint { figure: FigureId::baked(""), label: None };
        };
        let id = point.string("figure", value).unwrap_or_default();
        let found = known.figures.as_ref().map(|figures| figures.get(id));
        match found {
            Some(None) => point.error("figure", format!("no figure \"{id}\" in data/figures.toml")),
            Some(Some(FigureFacts { amount: None, .. })) => {
                point.error("figure", format!("figure \"{id}\" has no `amount` to draw: give its number there"));
            }
            _ => {}
        }
        if let Some(Some(facts)) = found {
            measures.insert(facts.measure);
        }
        dates.push(found.flatten().map(|facts| facts.date));
        ChartPoint { figure: FigureId::baked(id), label: point.optional_text("label") }
    });
    if points.len() < 2 {
        series.error("point", "a series needs at least two dated, sourced values: leave it out until it has them");
    }
    for (at, late) in out_of_order(&dates).into_iter().enumerate() {
        if late {
            series.error("point", format!("value {} is out of order: list a series' values oldest first", at + 1));
        }
    }
    // One measure: every value's figure names the same one (a figure with none is a count apart).
    let single = matches!(measures.iter().collect::<Vec<_>>()[..], [Some(_)]);
    // Unknown figures (their file failed) are reported there, not again here.
    if single || known.figures.is_none() {
        keys.one_measure.insert(key);
    } else if draw == Draw::Step && known.figures.is_some() {
        let message = "a line joins the values of one measure only: figures of different measures (or of none) are \
                       counts apart, drawn as dots side by side (draw = \"dots\")";
        series.error("draw", message);
    }
    Series { key, label, draw, points: series.list(points) }
}

/// A takeaway is written from the data: it must use a placeholder, and each must name a series
/// of this chart and something the view can fill in. Lowest and highest rank a series' values:
/// only the values of one measure may be ranked.
fn check_takeaway(item: &mut Item<'_, '_>, takeaway: &str, keys: &SeriesKeys<'_>) {
    let placeholders = placeholders(takeaway);
    if !takeaway.is_empty() && placeholders.is_empty() {
        item.error("takeaway", "must take its numbers from the data, e.g. {deaths.last} on {deaths.last_date}");
    }
    for (key, which) in placeholders {
        if !keys.all.contains(key) || !PLACEHOLDERS.contains(&which) {
            let allowed = PLACEHOLDERS.join(", ");
            let message = format!("{{{key}.{which}}} names no series or value: use {{key.one of {allowed}}}");
            item.error("takeaway", message);
        } else if (which.starts_with("low") || which.starts_with("high")) && !keys.one_measure.contains(key) {
            let message = format!(
                "{{{key}.{which}}} ranks counts of different measures: they are shown side by side, never ranked; \
                 name a value by its place ({{{key}.first}}, {{{key}.last}})"
            );
            item.error("takeaway", message);
        }
    }
}

/// Each `{key.which}` in `text`, in order.
pub fn placeholders(text: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        let inner = &rest[open + 1..open + close];
        found.push(inner.split_once('.').unwrap_or((inner, "")));
        rest = &rest[open + close + 1..];
    }
    found
}
