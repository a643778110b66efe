use yew::prelude::*;

use crate::components::{DataLink, NavLink, SourceEntry, ViewHeader};
use crate::data_files::{DESCRIPTOR, TABLES};
use crate::model::{Citation, SOURCES, SourceId, citations};
use crate::route::Route;
use crate::say;
use crate::words::WORDS;

/// `/sources`: every source, and every part of the explainer that cites it.
#[component]
pub fn Sources() -> Html {
    html! {
        <article class="sources">
            <ViewHeader heading={WORDS.route_name_sources} standfirst={WORDS.view_sources_standfirst} />
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
            <GetTheData />
        </article>
    }
}

/// The data package: its description and every table, with the licence they may be reused under.
#[component]
fn GetTheData() -> Html {
    // File names are not words of either language.
    let package = html! { <DataLink file={DESCRIPTOR}><code>{DESCRIPTOR}</code></DataLink> };
    let licence = html! { <a href={WORDS.view_sources_data_licence_url}>{WORDS.view_sources_data_licence_name}</a> };
    html! {
        <section class="get-the-data" aria-labelledby="get-the-data">
            <h2 id="get-the-data">{WORDS.view_sources_data_heading}</h2>
            <p>{crate::say_html!(view_sources_data_text, package = package)}</p>
            <ul class="get-the-data__tables">
                { for TABLES.iter().map(|table| {
                    let file = format!("{table}.csv");
                    html! { <li><DataLink file={file.clone()}><code>{file}</code></DataLink></li> }
                }) }
            </ul>
            <p>{crate::say_html!(view_sources_data_licence, licence = licence)}</p>
        </section>
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
        return html! { <p class="source-index__cited">{WORDS.view_sources_uncited}</p> };
    }
    let links = html! {
        { for found.iter().enumerate().map(|(i, citation)| html! {
            <>
                if i > 0 { {WORDS.list_separator} }
                { citation_link(citation) }
            </>
        }) }
    };
    html! { <p class="source-index__cited">{crate::say_html!(view_sources_cited_in, citations = links)}</p> }
}

fn citation_link(citation: &Citation) -> Html {
    let (route, text) = match citation {
        Citation::Plan => (Route::Overview, WORDS.view_sources_plan.to_owned()),
        Citation::Point(number) => (Route::Point { number: *number }, say!(view_sources_point, number = number)),
        Citation::Issue(issue) => (Route::Issue { slug: issue.slug }, say!(view_sources_issue, issue = issue.title)),
        Citation::Party(party) => (Route::Positions, say!(view_sources_party, party = party.name)),
        Citation::Person(name) => (Route::People, (*name).to_owned()),
        Citation::Event(title) => (Route::Timeline, say!(view_sources_event, title = title)),
        Citation::Figure(label) => (Route::Positions, say!(view_sources_figure, label = label)),
        Citation::Chart(chart) => (Route::Chart { slug: chart.slug }, say!(view_sources_chart, title = chart.title)),
        Citation::Correction(correction) => {
            (Route::Corrections, say!(view_sources_correction, date = crate::words::date(correction.date)))
        }
        Citation::Intro(intro) => {
            let route = Route::parse(intro.view);
            let view = route.name().unwrap_or_else(|| Route::overview_name().into());
            (route, say!(view_sources_intro, view = view))
        }
        Citation::Group(group) => (Route::Overview, say!(view_sources_group, phase = crate::words::phase(group.phase))),
    };
    html! { <NavLink to={route}>{text}</NavLink> }
}
