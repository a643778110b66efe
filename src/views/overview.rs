use yew::prelude::*;

use crate::components::{NavLink, PointCard, SourceList, ViewHeader};
use crate::model::{EXPLAINER, PLAN, Phase, first_point, points_in};
use crate::route::Route;

/// `/`: the 20 points grouped by phase, each linking to its own page.
#[component]
pub fn Overview() -> Html {
    html! {
        <article class="overview">
            <ViewHeader heading={EXPLAINER.title} standfirst={EXPLAINER.standfirst}>
                <p class="overview__grouping">
                    {"The plan lists its points without phases: the three groups below are this explainer's \
                      reading, not the plan's, and not the \u{201c}first phase\u{201d} deal of 9 October 2025. "}
                    <NavLink to={Route::About}>{"How the points are grouped"}</NavLink>
                </p>
                <p class="overview__start">
                    <NavLink to={Route::Point { number: first_point() }} classes="button">
                        {"Start with point 1 →"}
                    </NavLink>
                </p>
            </ViewHeader>
            { for Phase::ALL.into_iter().map(|phase| html! {
                <section class={classes!("phase", format!("phase--{}", phase.slug()))} aria-labelledby={format!("phase-{}", phase.slug())}>
                    <h2 id={format!("phase-{}", phase.slug())} class="phase__title">{phase.label()}</h2>
                    <p class="phase__description">{phase.description()}</p>
                    <ol class="point-cards">
                        { for points_in(phase).map(|point| html! { <PointCard {point} /> }) }
                    </ol>
                </section>
            }) }
            <SourceList ids={PLAN.sources.to_vec()} />
        </article>
    }
}
