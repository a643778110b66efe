use yew::prelude::*;

use crate::components::{ChartFigure, ViewHeader};
use crate::model::{CHARTS, ChartSlug, chart};
use crate::words::WORDS;

/// `/figures`: every chart of dated figures, drawn from data/charts.toml.
#[component]
pub fn Figures() -> Html {
    html! {
        <article class="figures-view">
            <ViewHeader heading={WORDS.route_name_figures} standfirst={WORDS.view_figures_standfirst} />
            { for CHARTS.iter().map(|chart| html! { <ChartFigure {chart} /> }) }
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartViewProps {
    pub slug: ChartSlug,
}

/// `/figures/<slug>`: one chart on a page of its own, to share and embed.
#[component]
pub fn ChartView(props: &ChartViewProps) -> Html {
    let chart = chart(props.slug);
    html! {
        <article class="chart-view">
            <ViewHeader heading={chart.title} />
            <ChartFigure {chart} level={1} link={false} />
        </article>
    }
}
