use yew::prelude::*;

use yew_router::hooks::use_location;

use crate::components::{FilterChoices, NavLink, PointCard, PointFilters, SourceList, ViewHeader};
use crate::filter::{PointFacets, PointFilter};
use crate::hooks;
use crate::model::{
    EXPLAINER, PLAN, POINTS, Phase, Point, Status, bound_parties, first_point, parties_bound_by, points_in, status_on,
};
use crate::route::Route;

/// `/`: the 20 points grouped by phase, each linking to its own page, and filters that leave
/// out the points a reader does not ask for (`/?topic=aid&binds=israel`). The site prerenders
/// every point; its script applies the filters to the page (src/hooks/overview.rs), while the
/// whole app re-renders this view.
#[component]
pub fn Overview() -> Html {
    let asked = use_location().map(|location| PointFilter::from_query(location.query_str())).unwrap_or_default();
    let filter = use_state(|| asked);
    let on_change = {
        let filter = filter.clone();
        Callback::from(move |chosen: PointFilter| {
            hooks::show_point_filter_in_address(&chosen);
            filter.set(chosen);
        })
    };
    let filtered_in = |point: &Point| shows(&filter, point);
    let shown = POINTS.iter().filter(|point| filtered_in(point)).count();
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
            <div class="overview__filters">
                <PointFilters filter={(*filter).clone()} choices={filter_choices()} {shown} {on_change} />
            </div>
            { for Phase::ALL.into_iter().map(|phase| html! {
                <section class={classes!("phase", format!("phase--{}", phase.slug()))} aria-labelledby={format!("phase-{}", phase.slug())}
                    hidden={!points_in(phase).any(filtered_in)}>
                    <h2 id={format!("phase-{}", phase.slug())} class="phase__title">{phase.label()}</h2>
                    <p class="phase__description">{phase.description()}</p>
                    <ol class="point-cards">
                        { for points_in(phase).map(|point| html! { <PointCard {point} hidden={!filtered_in(point)} /> }) }
                    </ol>
                </section>
            }) }
            <SourceList ids={PLAN.sources.to_vec()} />
        </article>
    }
}

/// Whether the filter shows `point`, from what its card says of it.
fn shows(filter: &PointFilter, point: &Point) -> bool {
    let binds: Vec<&str> = parties_bound_by(point).iter().map(|party| party.id.as_str()).collect();
    let status = status_on(point.number, EXPLAINER.as_of).map(|now| now.status);
    filter.matches(&PointFacets { topics: point.topics, phase: point.phase, binds: &binds, status })
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
