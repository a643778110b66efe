use yew::prelude::*;

use crate::components::{NavLink, StatusCard, StatusDateIsland, StatusDateIslandProps, ViewHeader};
use crate::hooks::STATUS_COUNT_ID;
use crate::island;
use crate::model::{CHARTS, EXPLAINER, POINTS, Status, status_change_dates, status_count_sentence, status_on};

/// What the view is, under its heading.
const STANDFIRST: &str = "The status of each of the plan's points, and how it changed, date by date, from the plan's \
    publication to the newest fact in our sources. A status changes only on a dated, sourced report.";

/// `/status`: where each of the points stands, grouped by status, on the date in `?on=` (the
/// newest sourced fact by default), with a control that moves through the dates on which any
/// status changed. Rendered on the newest date; the control's island applies `?on=` and the
/// reader's dates to the page from the histories it holds, with the DOM
/// (`hooks::wire_status_date`), on the site and in the whole app alike.
#[component]
pub fn StatusView() -> Html {
    let on = EXPLAINER.as_of;
    let island_props = StatusDateIslandProps { dates: status_change_dates(), on };
    let in_force = |point: &crate::model::Point| status_on(point.number, on).map(|entry| entry.status);
    html! {
        <article class="tracker">
            <ViewHeader heading={"Where each point stands"} standfirst={STANDFIRST} what="Statuses" />
            { island::mount::<StatusDateIsland>("tracker__date", &island_props, html! {
                <StatusDateIsland ..island_props.clone() />
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
