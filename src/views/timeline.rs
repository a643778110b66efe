use yew::prelude::*;
use yew_router::Routable;

use crate::components::{Cite, Glossed, ViewHeader, time};
use crate::model::{EVENTS, Event, intro};
use crate::route::Route;
use crate::words::WORDS;

/// `/timeline`: from the 7 October 2023 attack to the latest event in the data, by month.
#[component]
pub fn Timeline() -> Html {
    let newest = EVENTS.last().map(|event| event.date);
    // Where the timeline starts is a fact, with its sources (data/meta.toml); the view's own words without it.
    let opening = intro(&Route::Timeline.to_path());
    html! {
        <article class="timeline-view">
            <ViewHeader heading={WORDS.route_name_timeline}
                standfirst={opening.map_or(WORDS.view_timeline_standfirst, |intro| intro.text)}
                what={WORDS.view_timeline_what}>
                if let Some(opening) = opening {
                    <Cite ids={opening.sources} quoting={vec![opening.text]} />
                }
                if let Some(newest) = newest {
                    <p class="timeline__newest">{crate::say_html!(view_timeline_newest, date = time(newest))}</p>
                }
            </ViewHeader>
            { for months().into_iter().map(|(month, events)| html! {
                <section class="timeline__month" aria-labelledby={month_id(month)}>
                    <h2 id={month_id(month)} class="timeline__month-title">
                        {month_name(month)}
                    </h2>
                    <ol class="timeline">
                        { for events.into_iter().map(|event| html! {
                            <li class="timeline__event">
                                <time class="timeline__date" datetime={event.date.iso().to_string()}>
                                    {crate::words::date(event.date)}
                                </time>
                                <h3 class="timeline__title">{event.title}</h3>
                                <p><Glossed text={event.text} /></p>
                                <Cite ids={event.sources} quoting={vec![event.title, event.text]} />
                            </li>
                        }) }
                    </ol>
                </section>
            }) }
        </article>
    }
}

/// The events by (year, month), oldest first, as the data lists them.
fn months() -> Vec<((u16, u8), Vec<&'static Event>)> {
    let mut months: Vec<((u16, u8), Vec<&'static Event>)> = Vec::new();
    for event in EVENTS {
        let month = (event.date.year, event.date.month);
        match months.last_mut() {
            Some((last, events)) if *last == month => events.push(event),
            _ => months.push((month, vec![event])),
        }
    }
    months
}

/// The month heading's id, e.g. `month-2025-10`.
fn month_id((year, month): (u16, u8)) -> String {
    crate::model::Date::new(year, month, 1).map(crate::anchors::month).unwrap_or_default()
}

/// "October 2025": a month's heading.
fn month_name((year, month): (u16, u8)) -> String {
    let name = WORDS.date_months.get(usize::from(month.saturating_sub(1))).copied().unwrap_or_default();
    crate::say!(view_timeline_month, month = name, year = year)
}
