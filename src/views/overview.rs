use yew::prelude::*;
use yew_router::Routable;

use crate::components::{Cite, FilterChoices, NavLink, PointCard, PointFilters, SourceList, ViewHeader};
use crate::model::{
    EXPLAINER, PLAN, POINTS, Phase, Point, Status, bound_parties, first_point, group, intro, points_in, status_on,
};
use crate::route::Route;
use crate::words::WORDS;

/// `/`: the 20 points grouped by phase, each linking to its own page, and filters that leave
/// out the points a reader does not ask for (`/?topic=aid&binds=israel`). Rendered with every
/// point; the filters' island applies the address's filter and the reader's to the page, with
/// the DOM (src/hooks/overview.rs), on the site and in the whole app alike.
#[component]
pub fn Overview() -> Html {
    // Why the points are grouped as they are: a sentence of fact, with its sources (data/meta.toml).
    let grouping = intro(&Route::Overview.to_path());
    html! {
        <article class="overview">
            <ViewHeader heading={EXPLAINER.title} standfirst={EXPLAINER.standfirst}>
                <p class="overview__grouping">
                    if let Some(grouping) = grouping {
                        {grouping.text}{" "}
                    }
                    <NavLink to={Route::About}>{WORDS.view_overview_grouping}</NavLink>
                </p>
                if let Some(grouping) = grouping {
                    <Cite ids={grouping.sources} quoting={vec![grouping.text]} />
                }
                <p class="overview__start">
                    <NavLink to={Route::Point { number: first_point() }} classes="button">
                        {crate::say!(view_overview_start, number = first_point())}
                    </NavLink>
                </p>
            </ViewHeader>
            <div class="overview__filters">
                <PointFilters choices={filter_choices()} />
            </div>
            { for Phase::ALL.into_iter().map(|phase| html! {
                <section class={classes!("phase", format!("phase--{}", phase.slug()))} aria-labelledby={format!("phase-{}", phase.slug())}>
                    <h2 id={format!("phase-{}", phase.slug())} class="phase__title">{crate::words::phase(phase)}</h2>
                    if let Some(group) = group(phase) {
                        <p class="phase__description">{group.text}</p>
                        <Cite ids={group.sources} quoting={vec![group.text]} />
                    }
                    <ol class="point-cards">
                        { for points_in(phase).map(|point| html! { <PointCard {point} /> }) }
                    </ol>
                </section>
            }) }
            <SourceList ids={PLAN.sources.to_vec()} />
        </article>
    }
}

/// The parties some point binds, the statuses some point has now, and how many points there are.
fn filter_choices() -> FilterChoices {
    let now = |point: &Point| status_on(point.number, EXPLAINER.as_of).map(|now| now.status);
    FilterChoices {
        parties: bound_parties().into_iter().map(|party| (party.id.to_string(), party.name.to_owned())).collect(),
        statuses: Status::ALL
            .into_iter()
            .filter(|status| POINTS.iter().any(|point| now(point) == Some(*status)))
            .collect(),
        total: POINTS.len(),
    }
}
