//! What the charts' views ask of the content: each value with its figure, the takeaway filled
//! in from the data, the newest value's date and every source a chart rests on.

use super::{CHARTS, Chart, ChartSlug, Date, FIGURES, Figure, FigureId, PointNumber, Series, SourceId};

pub fn chart(slug: ChartSlug) -> &'static Chart {
    CHARTS.iter().find(|c| c.slug == slug).unwrap_or_else(|| panic!("{slug} is not in the baked content"))
}

pub fn figure(id: FigureId) -> &'static Figure {
    FIGURES.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("{id} is not in the baked content"))
}

/// The charts a point's page shows.
pub fn charts_for(point: PointNumber) -> impl Iterator<Item = &'static Chart> {
    CHARTS.iter().filter(move |chart| chart.points.contains(&point))
}

/// One value a chart draws: its figure (date, number, who says so, sources) and direct label.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Plotted {
    pub figure: &'static Figure,
    pub label: &'static str,
}

impl Plotted {
    pub fn date(self) -> Date {
        self.figure.as_of
    }

    /// The number drawn (the checker gives every drawn figure one), and the top of a range.
    pub fn amount(self) -> (u32, Option<u32>) {
        (self.figure.amount.unwrap_or(0), self.figure.amount_to)
    }
}

/// A series' values, oldest first, each labelled by its own label or the series'.
pub fn plotted(series: &'static Series) -> impl Iterator<Item = Plotted> {
    series
        .points
        .iter()
        .map(|point| Plotted { figure: figure(point.figure), label: point.label.unwrap_or(series.label) })
}

fn all_series(chart: &'static Chart) -> impl Iterator<Item = &'static Series> {
    chart.panels.iter().flat_map(|panel| panel.series)
}

/// The date of the newest value the chart draws: what "as of" means under it.
pub fn newest(chart: &'static Chart) -> Date {
    all_series(chart)
        .flat_map(plotted)
        .map(Plotted::date)
        .max()
        .unwrap_or(chart.markers.first().map_or(Date { year: 1970, month: 1, day: 1 }, |marker| marker.date))
}

/// The first and last dates on the time axis: every value and marker.
pub fn span(chart: &'static Chart) -> (Date, Date) {
    let dates = all_series(chart).flat_map(plotted).map(Plotted::date).chain(chart.markers.iter().map(|m| m.date));
    let (mut first, mut last) = (newest(chart), newest(chart));
    for date in dates {
        first = first.min(date);
        last = last.max(date);
    }
    (first, last)
}

/// Every source the chart rests on, each once, in the order a reader meets them; worked out
/// once per chart, as citations hold their ids for the life of the program.
pub fn chart_sources(chart: &'static Chart) -> &'static [SourceId] {
    static SOURCES: std::sync::OnceLock<Vec<Vec<SourceId>>> = std::sync::OnceLock::new();
    let all = SOURCES.get_or_init(|| CHARTS.iter().map(sources_of).collect());
    CHARTS.iter().position(|c| c.slug == chart.slug).and_then(|at| all.get(at)).map_or(&[], Vec::as_slice)
}

fn sources_of(chart: &'static Chart) -> Vec<SourceId> {
    let values = all_series(chart).flat_map(plotted).flat_map(|p| p.figure.sources.iter().copied());
    let markers = chart.markers.iter().flat_map(|m| m.sources.iter().copied());
    let levels = chart.panels.iter().flat_map(|p| p.levels).flat_map(|l| l.sources.iter().copied());
    let mut found = Vec::new();
    for id in markers.chain(levels).chain(values) {
        if !found.contains(&id) {
            found.push(id);
        }
    }
    found
}

/// The takeaway with each `{key.which}` filled from the series it names: a value as the figure
/// prints it, its date or its label. The checker accepts only placeholders this can fill.
pub fn takeaway(chart: &'static Chart) -> String {
    let mut text = String::new();
    let mut rest = chart.takeaway;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        text.push_str(&rest[..open]);
        let (key, which) = rest[open + 1..close].split_once('.').unwrap_or(("", ""));
        text.push_str(&fill(chart, key, which));
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    text
}

fn fill(chart: &'static Chart, key: &str, which: &str) -> String {
    let Some(series) = all_series(chart).find(|s| s.key == key) else { return String::new() };
    let (pick, part) = which.split_once('_').unwrap_or((which, ""));
    let values: Vec<Plotted> = plotted(series).collect();
    let by_amount = |p: &&Plotted| p.amount();
    let chosen = match pick {
        "first" => values.first(),
        "last" => values.last(),
        "low" => values.iter().min_by_key(by_amount),
        "high" => values.iter().max_by_key(by_amount),
        _ => None,
    };
    match (chosen, part) {
        (Some(p), "date") => crate::words::date(p.date()),
        (Some(p), "label") => p.label.to_owned(),
        (Some(p), _) => p.figure.value.to_owned(),
        (None, _) => String::new(),
    }
}
