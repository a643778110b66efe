//! A chart as a reader meets it: title, the takeaway in words, a key, the picture (two
//! artboards, one shown), how it is drawn, when its newest value is from, its sources and the
//! same numbers as a table. Everything but the picture is text, so it reads without it.

use yew::prelude::*;

use super::chart_plot::{Artboard, ChartPlot};
use crate::components::{Cite, DataLink, NavLink, time};
use crate::hooks::VIEW_HEADING_ID;
use crate::model::{Chart, Draw, chart_sources, newest, plotted, takeaway};
use crate::route::Route;
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: &'static Chart,
    /// The title's heading level: 2 on /figures, 3 inside a point's page; 1 on the chart's own
    /// page, where the view's heading is its title and the figure repeats none.
    #[prop_or(2)]
    pub level: u8,
    /// A link to the chart's own page (its embed and share card), where it is shown elsewhere.
    #[prop_or(true)]
    pub link: bool,
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let chart = props.chart;
    let id = format!("chart-{}", chart.slug);
    let title_id = if props.level == 1 { VIEW_HEADING_ID.to_owned() } else { format!("{id}-title") };
    let desc_id = format!("{id}-desc");
    let labelled_by = AttrValue::from(format!("{title_id} {desc_id}"));
    let title = html! { <>{chart.title}</> };
    let heading = match props.level {
        1 => Html::default(),
        3 => html! { <h3 id={title_id.clone()} class="chart__title">{title}</h3> },
        _ => html! { <h2 id={title_id.clone()} class="chart__title">{title}</h2> },
    };
    let newest = newest(chart);
    let sources = chart_sources(chart);
    html! {
        <figure class="chart" id={id.clone()} aria-labelledby={title_id.clone()} data-chart={chart.slug.to_string()}>
            {heading}
            <p class="chart__takeaway" id={desc_id}>{takeaway(chart)}</p>
            <ul class="chart__key">
                { for chart.panels.iter().flat_map(|p| p.series.iter().enumerate()).map(|(i, series)| html! {
                    <li class={classes!("chart__key-item", format!("chart__series--{}", i % 3 + 1))}>
                        <svg class="chart__swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                            if series.draw == Draw::Step {
                                <path class="chart__step" d="M1 10 H12 V3 H23" />
                            } else if i % 2 == 1 {
                                <rect class="chart__mark" x="8" y="2" width="8" height="8" />
                            } else {
                                <circle class="chart__mark" cx="12" cy="6" r="4.5" />
                            }
                        </svg>
                        {series.label}
                    </li>
                }) }
            </ul>
            <div class="chart__artboards">
                <ChartPlot {chart} artboard={Artboard::Narrow} labelled_by={labelled_by.clone()} />
                <ChartPlot {chart} artboard={Artboard::Wide} {labelled_by} />
            </div>
            <figcaption class="chart__caption">
                if let Some(note) = chart.note {
                    <p class="chart__note">{note}</p>
                }
                <p class="chart__newest">
                    { crate::say_html!(c_chart_newest, date = time(newest)) }
                </p>
                <Cite ids={sources} quoting={chart.note.into_iter().collect::<Vec<_>>()} />
                <p class="chart__links">
                    if props.link {
                        <NavLink to={Route::Chart { slug: chart.slug }}>
                            {WORDS.c_chart_own_page}
                        </NavLink>
                    }
                    <DataLink file={crate::data_files::chart_file(chart.slug)}>{WORDS.c_chart_data}</DataLink>
                </p>
            </figcaption>
            <details class="chart__data">
                <summary>{WORDS.c_chart_numbers}</summary>
                <ChartTable {chart} />
            </details>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct ChartTableProps {
    chart: &'static Chart,
}

/// Every value drawn, as the figures print them, with the date, who says so and the sources.
#[component]
fn ChartTable(props: &ChartTableProps) -> Html {
    html! {
        <table class="chart__table">
            <caption class="visually-hidden">{crate::say!(c_chart_table_caption, title = props.chart.title)}</caption>
            <thead>
                <tr>
                    <th scope="col">{WORDS.c_chart_date}</th>
                    <th scope="col">{WORDS.c_chart_series}</th>
                    <th scope="col">{WORDS.c_chart_value}</th>
                    <th scope="col">{WORDS.c_chart_according_to}</th>
                </tr>
            </thead>
            <tbody>
                { for props.chart.panels.iter().flat_map(|p| p.series).flat_map(|series| plotted(series).map(move |p| (series, p))).map(|(series, p)| html! {
                    <tr data-figure={p.figure.id.to_string()}>
                        <td class="chart__table-date">{ time(p.date()) }</td>
                        <th scope="row">{series.label}</th>
                        <td class="chart__table-value">{p.figure.value}</td>
                        <td>{p.figure.attribution}<Cite ids={p.figure.sources} /></td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
