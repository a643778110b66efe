use yew::prelude::*;

use crate::components::{NavLink, SourceEntry, ViewHeader};
use crate::model::{Citation, SOURCES, SourceId, citations};
use crate::route::Route;

/// What the view is, under its heading.
const STANDFIRST: &str = "Every source this explainer uses, and where it is cited.";

/// `/sources`: every source, and every part of the explainer that cites it.
#[component]
pub fn Sources() -> Html {
    html! {
        <article class="sources">
            <ViewHeader heading={"Sources"} standfirst={STANDFIRST} />
            <ul class="source-index">
                { for SOURCES.iter().map(|source| html! {
                    <li class="source-index__item" id={crate::anchors::source(source.id)}>
                        <p class="source-index__ref"><SourceEntry id={source.id} /></p>
                        if let Some(note) = source.note {
                            <p class="source-index__note">{note}</p>
                        }
                        <CitedIn id={source.id} />
                    </li>
                }) }
            </ul>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct CitedInProps {
    id: SourceId,
}

#[component]
fn CitedIn(props: &CitedInProps) -> Html {
    let found = citations(props.id);
    if found.is_empty() {
        return html! { <p class="source-index__cited">{"Not cited yet."}</p> };
    }
    html! {
        <p class="source-index__cited">
            {"Cited in: "}
            { for found.iter().enumerate().map(|(i, citation)| html! {
                <>
                    if i > 0 { {", "} }
                    { citation_link(citation) }
                </>
            }) }
        </p>
    }
}

fn citation_link(citation: &Citation) -> Html {
    let (route, text) = match citation {
        Citation::Plan => (Route::Overview, "the plan overview".to_owned()),
        Citation::Point(number) => (Route::Point { number: *number }, format!("point {number}")),
        Citation::Issue(issue) => {
            (Route::Issue { slug: issue.slug }, format!("positions on {}", issue.title.to_lowercase()))
        }
        Citation::Party(party) => (Route::Positions, format!("the profile of {}", party.name)),
        Citation::Person(name) => (Route::People, (*name).to_owned()),
        Citation::Event(title) => (Route::Timeline, format!("timeline: {title}")),
        Citation::Figure(label) => (Route::Positions, format!("figure: {label}")),
        Citation::Chart(chart) => (Route::Chart { slug: chart.slug }, format!("chart: {}", chart.title)),
        Citation::Correction(correction) => (Route::Corrections, format!("correction of {}", correction.date)),
    };
    html! { <NavLink to={route}>{text}</NavLink> }
}
