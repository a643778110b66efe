use yew::prelude::*;

use crate::components::{NavLink, SourcesChecked, StatusEntryBody, StatusHistory};
use crate::model::{Date, Point, charts_for, status_checked, status_history, status_on};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct StatusCardProps {
    pub point: &'static Point,
    /// The date whose status the card shows.
    pub on: Date,
}

/// One point on the tracker: its status on the date, why, and its whole dated history. On the
/// site the tracker's script shows another date by copying that date's entry from the history.
#[component]
pub fn StatusCard(props: &StatusCardProps) -> Html {
    let StatusCardProps { point, on } = props;
    let number = point.number;
    let entries = status_history(number);
    let Some(entry) = status_on(number, *on) else {
        return html! {};
    };
    html! {
        <li class="status-card" data-point={number.to_string()} data-status={entry.status.slug()}>
            <h3 class="status-card__title">
                <NavLink to={Route::Point { number }}>
                    {crate::say!(c_status_card_title, number = number, title = point.title)}
                </NavLink>
            </h3>
            <div class="status-card__now">
                <StatusEntryBody {entry} />
            </div>
            if let Some(date) = status_checked(number) {
                <SourcesChecked {date} />
            }
            // The chart with the point's numbers, where one draws them.
            { for charts_for(number).map(|chart| html! {
                <p class="status-card__numbers">
                    <NavLink to={Route::Chart { slug: chart.slug }}>
                        {crate::say!(c_status_card_numbers, title = chart.title)}
                    </NavLink>
                </p>
            }) }
            <details class="status-card__history">
                <summary>{crate::say!(c_status_card_history, number = number, count = entries.len())}</summary>
                <StatusHistory {entries} />
            </details>
        </li>
    }
}
