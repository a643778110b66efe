use yew::prelude::*;

use crate::components::{NavLink, StatusCard, StatusDateIsland, StatusDateIslandProps, ViewHeader};
use crate::hooks::STATUS_COUNT_ID;
use crate::island;
use crate::model::{CHARTS, EXPLAINER, POINTS, Status, status_change_dates, status_on};
use crate::route::Route;
use crate::say;
use crate::words::{WORDS, status_count_phrasebook, status_count_sentence};

/// `/status`: where each of the points stands, grouped by status, on the date in `?on=` (the
/// newest sourced fact by default), with a control that moves through the dates on which any
/// status changed. Rendered on the newest date; the control's island applies `?on=` and the
/// reader's dates to the page from the histories it holds, with the DOM
/// (`hooks::wire_status_date`), on the site and in the whole app alike.
#[component]
pub fn StatusView() -> Html {
    let on = EXPLAINER.as_of;
    let in_force = |point: &crate::model::Point| status_on(point.number, on).map(|entry| entry.status);
    let words = status_count_phrasebook();
    let count = status_count_sentence(&words, on, POINTS.iter().filter_map(in_force));
    let island_props = StatusDateIslandProps { dates: status_change_dates(), on, words };
    html! {
        <article class="tracker">
            <ViewHeader heading={WORDS.route_name_status} standfirst={WORDS.view_status_standfirst}
                what={WORDS.view_status_what} />
            { island::mount::<StatusDateIsland>("tracker__date", &island_props, html! {
                <StatusDateIsland ..island_props.clone() />
            }) }
            <p id={STATUS_COUNT_ID} class="tracker__count" aria-live="polite">
                {count}
            </p>
            { for Status::ALL.into_iter().map(|status| {
                let points: Vec<_> = POINTS.iter().filter(|p| in_force(p) == Some(status)).collect();
                html! {
                    <section class="tracker__group" data-status={status.slug()} hidden={points.is_empty()}
                        aria-labelledby={format!("status-{}", status.slug())}>
                        <h2 id={format!("status-{}", status.slug())}>
                            {crate::words::status(status)}{" "}
                            <span class="tracker__group-count">
                                {say!(view_status_group_count, count = points.len())}
                            </span>
                        </h2>
                        <ol class="status-cards">
                            { for points.into_iter().map(|point| html! { <StatusCard {point} {on} /> }) }
                        </ol>
                    </section>
                }
            }) }
            <section class="tracker__figures" aria-labelledby="tracker-figures">
                <h2 id="tracker-figures">{WORDS.view_status_figures}</h2>
                <ul>
                    // Titles only: each takeaway is a click away, and every byte here is in the
                    // tracker's first view, which is at its budget.
                    { for CHARTS.iter().map(|chart| html! {
                        <li><NavLink to={Route::Chart { slug: chart.slug }}>{chart.title}</NavLink></li>
                    }) }
                </ul>
                <p><NavLink to={Route::Figures}>{WORDS.view_status_all_charts}</NavLink></p>
            </section>
            // Filled and shown by assets/changes.js, for a returning reader only; last, so that
            // showing it moves nothing the reader sees.
            <section id="changes-since" class="tracker__changes" aria-labelledby="changes-since-title" hidden={true}>
                <h2 id="changes-since-title">{WORDS.view_status_changes_heading}</h2>
                <p>{WORDS.view_status_changes_text}</p>
                <ul></ul>
            </section>
        </article>
    }
}
