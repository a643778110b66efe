use yew::prelude::*;

use crate::components::{AsOf, ChartFigure, ViewHeading};
use crate::model::{CHARTS, ChartSlug, EXPLAINER, chart};

/// `/figures`: every chart of dated figures, drawn from data/charts.toml.
#[component]
pub fn Figures() -> Html {
    html! {
        <article class="figures-view">
            <header class="view-header">
                <ViewHeading>{"The numbers since the ceasefire"}</ViewHeading>
                <p class="standfirst">
                    {"Figures that changed after the plan, each value dated and attributed to whoever reports it. \
                      Where sources disagree, their numbers are shown side by side."}
                </p>
                <AsOf date={EXPLAINER.as_of} />
            </header>
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
            <header class="view-header">
                <ViewHeading>{chart.title}</ViewHeading>
                <AsOf date={EXPLAINER.as_of} />
            </header>
            <ChartFigure {chart} level={1} link={false} />
        </article>
    }
}
