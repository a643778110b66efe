//! One artboard of a chart as SVG, drawn on the server like any markup: a panel per y axis over
//! one time axis, dated markers, sourced levels and every value labelled where it is drawn.
//! The page carries a narrow and a wide artboard and CSS shows the one that fits, so text
//! stays legible from 320 px to print.

use yew::prelude::*;

use super::chart_scale::{Scale, month_ticks, nice_top, spread, time_scale};
use crate::model::{Chart, Draw, Panel, Plotted, Series, plotted, span};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Artboard {
    Narrow,
    Wide,
}

impl Artboard {
    const fn width(self) -> f64 {
        match self {
            Artboard::Narrow => 320.0,
            Artboard::Wide => 640.0,
        }
    }

    const fn name(self) -> &'static str {
        match self {
            Artboard::Narrow => "narrow",
            Artboard::Wide => "wide",
        }
    }

    /// Time ticks that fit without touching.
    const fn ticks(self) -> usize {
        match self {
            Artboard::Narrow => 3,
            Artboard::Wide => 6,
        }
    }
}

const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
const PANEL_HEIGHT: f64 = 190.0;
/// Room above a panel for its axis title (and, on the first, the markers' labels).
const HEAD: f64 = 34.0;
const FOOT: f64 = 26.0;
const LINE: f64 = 14.0;
/// An estimate of a character's width at the labels' size, to keep labels apart.
const CHAR: f64 = 6.4;

#[derive(Properties, PartialEq)]
pub struct ChartPlotProps {
    pub chart: &'static Chart,
    pub artboard: Artboard,
    /// The ids of the title and description that name the SVG for assistive technology.
    pub labelled_by: AttrValue,
}

#[component]
pub fn ChartPlot(props: &ChartPlotProps) -> Html {
    let chart = props.chart;
    let width = props.artboard.width();
    let (first, last) = span(chart);
    let x = time_scale(first, last, LEFT, width - RIGHT);
    let count = chart.panels.len();
    let height = count as f64 * (HEAD + PANEL_HEIGHT) + FOOT;
    let ticks = month_ticks(first, last, props.artboard.ticks());
    let bottom = height - FOOT;
    html! {
        <svg class={classes!("chart__plot", format!("chart__plot--{}", props.artboard.name()))}
            viewBox={format!("0 0 {width} {height}")} role="img" aria-labelledby={props.labelled_by.clone()}
            focusable="false">
            { for chart.panels.iter().enumerate().map(|(i, panel)| {
                let top = i as f64 * (HEAD + PANEL_HEIGHT) + HEAD;
                html! { <PanelPlot {panel} {x} {top} {width} first={i == 0} /> }
            }) }
            <g class="chart__time-axis" aria-hidden="true">
                { for ticks.iter().map(|tick| {
                    let at = x.at(f64::from(tick.day_number()));
                    html! {
                        <>
                            <line class="chart__tick" x1={fmt(at)} x2={fmt(at)} y1={fmt(bottom)} y2={fmt(bottom + 4.0)} />
                            <text x={fmt(at)} y={fmt(bottom + 17.0)} text-anchor="middle">
                                {crate::words::month_and_year(*tick)}
                            </text>
                        </>
                    }
                }) }
            </g>
            { for chart.markers.iter().map(|marker| {
                let at = x.at(f64::from(marker.date.day_number()));
                let anchor = if at > width * 0.6 { "end" } else { "start" };
                let label_x = if anchor == "end" { at - 4.0 } else { at + 4.0 };
                html! {
                    <g class="chart__marker">
                        <line x1={fmt(at)} x2={fmt(at)} y1={fmt(HEAD - 6.0)} y2={fmt(bottom)} />
                        <text x={fmt(label_x)} y={fmt(HEAD - 8.0)} text-anchor={anchor}>{marker.label}</text>
                    </g>
                }
            }) }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct PanelPlotProps {
    panel: &'static Panel,
    x: Scale,
    top: f64,
    width: f64,
    /// The first panel leaves its head's top line to the markers' labels.
    first: bool,
}

#[component]
fn PanelPlot(props: &PanelPlotProps) -> Html {
    let panel = props.panel;
    let (top, width) = (props.top, props.width);
    let values = panel.series.iter().flat_map(plotted);
    let most = values.map(|p| p.amount().1.unwrap_or(p.amount().0)).chain(panel.levels.iter().map(|l| l.value));
    let (ceiling, step) = nice_top(most.max().unwrap_or(1), 4);
    let y = Scale { from: (0.0, f64::from(ceiling)), to: (top + PANEL_HEIGHT, top) };
    let title_y = if props.first { top - 22.0 } else { top - 12.0 };
    let labels = value_labels(panel, props.x, y, width);
    html! {
        <g class="chart__panel">
            <text class="chart__axis-title" x="0" y={fmt(title_y)}>{panel.axis}</text>
            <g class="chart__count-axis" aria-hidden="true">
                { for (0..=ceiling / step).map(|k| {
                    let at = y.at(f64::from(k * step));
                    html! {
                        <>
                            <line class="chart__grid" x1={fmt(LEFT)} x2={fmt(width - RIGHT)} y1={fmt(at)} y2={fmt(at)} />
                            <text x={fmt(LEFT - 6.0)} y={fmt(at + 4.0)} text-anchor="end">
                                {crate::words::number(u64::from(k * step))}
                            </text>
                        </>
                    }
                }) }
            </g>
            { for panel.levels.iter().map(|level| {
                let at = y.at(f64::from(level.value));
                html! {
                    <g class="chart__level">
                        <line x1={fmt(LEFT)} x2={fmt(width - RIGHT)} y1={fmt(at)} y2={fmt(at)} />
                    </g>
                }
            }) }
            { for panel.series.iter().enumerate().map(|(i, series)| html! {
                <SeriesPlot {series} index={i} x={props.x} {y} />
            }) }
            <g class="chart__labels">
                { for labels.into_iter().map(|label| html! {
                    <text class={label.class} x={fmt(label.x)} y={fmt(label.y)} text-anchor={label.anchor}>
                        { for label.lines.iter().enumerate().map(|(i, line)| html! {
                            <tspan x={fmt(label.x)} dy={if i == 0 { "0" } else { "1.15em" }}
                                class={if label.lines.len() > 1 && i == 0 { "chart__who" } else { "chart__value" }}>
                                {line.clone()}
                            </tspan>
                        }) }
                    </text>
                }) }
            </g>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct SeriesPlotProps {
    series: &'static Series,
    index: usize,
    x: Scale,
    y: Scale,
}

/// A series' marks: a stepped line through its values, or each value on its own; a range
/// ("600 to 800") as a bar from one end to the other.
#[component]
fn SeriesPlot(props: &SeriesPlotProps) -> Html {
    let (x, y) = (props.x, props.y);
    let at = |p: Plotted| (x.at(f64::from(p.date().day_number())), y.at(f64::from(p.amount().0)));
    let values: Vec<Plotted> = plotted(props.series).collect();
    let class = classes!("chart__series", format!("chart__series--{}", props.index % 3 + 1));
    let step = (props.series.draw == Draw::Step).then(|| {
        let mut d = String::new();
        for (i, p) in values.iter().enumerate() {
            let (px, py) = at(*p);
            if i == 0 {
                d.push_str(&format!("M{} {}", fmt(px), fmt(py)));
            } else {
                d.push_str(&format!(" H{} V{}", fmt(px), fmt(py)));
            }
        }
        html! { <path class="chart__step" d={d} /> }
    });
    html! {
        <g {class} aria-hidden="true">
            {step}
            { for values.iter().map(|p| {
                let (px, py) = at(*p);
                match p.amount().1 {
                    Some(high) => {
                        let top = y.at(f64::from(high));
                        html! { <rect class="chart__range" x={fmt(px - 4.0)} y={fmt(top)} width="8" height={fmt(py - top)} rx="4" /> }
                    }
                    None if props.index % 2 == 1 => html! {
                        <rect class="chart__mark" x={fmt(px - 4.0)} y={fmt(py - 4.0)} width="8" height="8" />
                    },
                    None => html! { <circle class="chart__mark" cx={fmt(px)} cy={fmt(py)} r="4.5" /> },
                }
            }) }
        </g>
    }
}

/// A value's label where it is drawn: who says so (where the value has its own) over the value.
struct ValueLabel {
    class: &'static str,
    x: f64,
    y: f64,
    anchor: &'static str,
    lines: Vec<String>,
}

/// Every label in a panel: each value's beside its mark (above a stepped line, which runs
/// through it) and each level's at the right, moved apart where their text would touch.
fn value_labels(panel: &'static Panel, x: Scale, y: Scale, width: f64) -> Vec<ValueLabel> {
    let mut labels: Vec<ValueLabel> = Vec::new();
    for series in panel.series {
        let own_labels = series.points.iter().any(|p| p.label.is_some());
        for p in plotted(series) {
            let px = x.at(f64::from(p.date().day_number()));
            let (low, high) = p.amount();
            let middle = high.map_or(f64::from(low), |h| (f64::from(low) + f64::from(h)) / 2.0);
            let py = if series.draw == Draw::Step { y.at(middle) - 10.0 } else { y.at(middle) };
            let right = px > LEFT + (width - LEFT) * 0.62;
            let anchor = if right { "end" } else { "start" };
            let lx = if right { px - 9.0 } else { px + 9.0 };
            let value = p.figure.value.to_owned();
            let lines = if own_labels { vec![p.label.to_owned(), value] } else { vec![value] };
            labels.push(ValueLabel {
                class: "chart__value-label",
                x: lx,
                y: py + 4.0 - (lines.len() - 1) as f64 * LINE / 2.0,
                anchor,
                lines,
            });
        }
    }
    for level in panel.levels {
        let at = y.at(f64::from(level.value)) - 5.0;
        labels.push(ValueLabel {
            class: "chart__level-label",
            x: width - RIGHT,
            y: at,
            anchor: "end",
            lines: vec![level.label.to_owned()],
        });
    }
    spread_touching(&mut labels, (y.to.1 + LINE / 2.0, y.to.0));
    labels
}

/// Spreads up and down, as a group, the labels whose text would overlap side to side.
fn spread_touching(labels: &mut [ValueLabel], (top, bottom): (f64, f64)) {
    let extent = |l: &ValueLabel| {
        let w = l.lines.iter().map(|s| s.chars().count()).max().unwrap_or(0) as f64 * CHAR;
        if l.anchor == "end" { (l.x - w, l.x) } else { (l.x, l.x + w) }
    };
    let mut group_of: Vec<usize> = (0..labels.len()).collect();
    for i in 0..labels.len() {
        for j in 0..i {
            let ((a0, a1), (b0, b1)) = (extent(&labels[i]), extent(&labels[j]));
            if a0 < b1 && b0 < a1 {
                let (gi, gj) = (group_of[i], group_of[j]);
                group_of.iter_mut().filter(|g| **g == gi).for_each(|g| *g = gj);
            }
        }
    }
    for group in 0..labels.len() {
        let members: Vec<usize> = (0..labels.len()).filter(|i| group_of[*i] == group).collect();
        if members.len() < 2 {
            continue;
        }
        let tallest = members.iter().map(|i| labels[*i].lines.len()).max().unwrap_or(1) as f64;
        let wanted: Vec<f64> = members.iter().map(|i| labels[*i].y).collect();
        // A label's y is its first line's baseline: the lines under it must stay above the axis.
        let placed = spread(&wanted, tallest * LINE + 2.0, top, bottom - (tallest - 1.0) * LINE - 4.0);
        for (i, y) in members.iter().zip(placed) {
            labels[*i].y = y;
        }
    }
}

/// Coordinates to one decimal: enough for a screen, and stable text for tests and caches.
fn fmt(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}") }
}
