use yew::prelude::*;

use crate::components::{AsOf, Cite, ViewHeading};
use crate::model::{EVENTS, EXPLAINER};

/// `/timeline`: from the 7 October 2023 attack to the latest event in the data.
#[component]
pub fn Timeline() -> Html {
    html! {
        <article class="timeline-view">
            <header class="view-header">
                <ViewHeading>{"Timeline"}</ViewHeading>
                <p class="standfirst">{"How the war, the plan and the talks unfolded, date by date."}</p>
                <AsOf date={EXPLAINER.as_of} what="Timeline" />
            </header>
            <ol class="timeline">
                { for EVENTS.iter().map(|event| html! {
                    <li class="timeline__event">
                        <time class="timeline__date" datetime={event.date.iso().to_string()}>{event.date.to_string()}</time>
                        <h2 class="timeline__title">{event.title}</h2>
                        <p>{event.text}</p>
                        <Cite ids={event.sources} />
                    </li>
                }) }
            </ol>
        </article>
    }
}
