use yew::prelude::*;
use yew_router::hooks::use_location;

use crate::components::{NavLink, StatusCard, StatusDate, StatusDateIsland, StatusDateIslandProps, ViewHeader};
use crate::hooks;
use crate::hooks::{STATUS_COUNT_ID, query_date};
use crate::island;
use crate::model::{CHARTS, Date, EXPLAINER, POINTS, Status, status_change_dates, status_count_sentence, status_on};

/// What the view is, under its heading.
const STANDFIRST: &str = "The status of each of the plan's points, and how it changed, date by date, from the plan's \
    publication to the newest fact in our sources. A status changes only on a dated, sourced report.";

/// `/status`: where each of the points stands, grouped by status, on the date in `?on=` (the
/// newest sourced fact by default), with a control that moves through the dates on which any
/// status changed. The site prerenders the newest date; its script applies `?on=` and the
/// control to the page (src/islands.rs), while the whole app re-renders this view.
#[component]
pub fn StatusView() -> Html {
    let asked = use_location().and_then(|location| query_date(location.query_str()));
    let on = use_state(|| shown_date(asked));
    let dates = status_change_dates();
    let on_change = {
        let on = on.clone();
        Callback::from(move |date: Date| {
            hooks::show_status_date_in_address(date);
            on.set(date);
        })
    };
    let on = *on;
    // What the site's script hydrates the control from (the page shows the newest date there).
    let island_props = StatusDateIslandProps { dates: dates.clone(), on };
    let in_force = |point: &crate::model::Point| status_on(point.number, on).map(|entry| entry.status);
    html! {
        <article class="tracker">
            <ViewHeader heading={"Where each point stands"} standfirst={STANDFIRST} what="Statuses" />
            { island::mount::<StatusDateIsland>("tracker__date", &island_props, html! {
                <StatusDate {dates} {on} {on_change} />
            }) }
            <p id={STATUS_COUNT_ID} class="tracker__count" aria-live="polite">
                {status_count_sentence(on, POINTS.iter().filter_map(in_force))}
            </p>
            { for Status::ALL.into_iter().map(|status| {
                let points: Vec<_> = POINTS.iter().filter(|p| in_force(p) == Some(status)).collect();
                html! {
                    <section class="tracker__group" data-status={status.slug()} hidden={points.is_empty()}
                        aria-labelledby={format!("status-{}", status.slug())}>
                        <h2 id={format!("status-{}", status.slug())}>
                            {status.label()}{" "}<span class="tracker__group-count">{format!("({})", points.len())}</span>
                        </h2>
                        <ol class="status-cards">
                            { for points.into_iter().map(|point| html! { <StatusCard {point} {on} /> }) }
                        </ol>
                    </section>
                }
            }) }
            <section class="tracker__figures" aria-labelledby="tracker-figures">
                <h2 id="tracker-figures">{"The numbers behind the statuses"}</h2>
                <ul>
                    { for CHARTS.iter().map(|chart| html! {
                        <li>
                            <NavLink to={crate::route::Route::Chart { slug: chart.slug }}>{chart.title}</NavLink>
                            {": "}{crate::model::takeaway(chart)}
                        </li>
                    }) }
                </ul>
                <p><NavLink to={crate::route::Route::Figures}>{"All the charts"}</NavLink></p>
            </section>
        </article>
    }
}

/// The date a reader asked for, within the tracker's span; the newest fact's date otherwise.
fn shown_date(asked: Option<Date>) -> Date {
    let first = status_change_dates().first().copied().unwrap_or(EXPLAINER.as_of);
    asked.map_or(EXPLAINER.as_of, |date| date.clamp(first, EXPLAINER.as_of))
}
