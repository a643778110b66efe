use yew::prelude::*;

use crate::components::time;
use gaza_plan_content::SOURCES_LANGUAGE;

use crate::components::cite::quoted_in_translation;
use crate::model::{Source, SourceId, source};
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub ids: Vec<SourceId>,
    /// The texts these sources back: where they quote in our translation, the list says so.
    #[prop_or_default]
    pub quoting: Vec<&'static str>,
}

/// The sources behind a claim, shown beside it: publisher, title, date and links.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let label = if props.ids.len() == 1 { WORDS.c_source_list_source } else { WORDS.c_source_list_sources };
    html! {
        <aside class="source-list" aria-label={label}>
            <h2 class="source-list__label">{label}</h2>
            <ul class="source-list__items">
                { for props.ids.iter().map(|id| html! { <li><SourceEntry id={*id} /></li> }) }
            </ul>
            if quoted_in_translation(&props.quoting, &props.ids) {
                <p class="source-list__translated">{WORDS.c_cite_translated}</p>
            }
        </aside>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceEntryProps {
    pub id: SourceId,
}

/// One full reference: publisher, title, date and links to read it.
#[component]
pub fn SourceEntry(props: &SourceEntryProps) -> Html {
    let Source { publisher, title, published, urls, .. } = source(props.id);
    let lang = (WORDS.edition_lang != SOURCES_LANGUAGE).then_some(SOURCES_LANGUAGE);
    let publisher = html! { <span class="source-list__publisher" {lang}>{*publisher}</span> };
    // The title as published, in its own language: never translated.
    let title = html! { <cite {lang}>{*title}</cite> };
    let reference = match published {
        Some(date) => crate::say_html!(c_source_list_dated, publisher = publisher, title = title, date = time(*date)),
        None => crate::say_html!(c_source_list_undated, publisher = publisher, title = title),
    };
    if urls.is_empty() {
        return reference;
    }
    let links = html! {
        { for urls.iter().enumerate().map(|(i, url)| html! {
            <>
                if i > 0 { {WORDS.list_separator} }
                // An address, not words: no edition translates it.
                <a href={*url} rel="noopener noreferrer" translate="no">{site_name(url)}</a>
            </>
        }) }
    };
    crate::say_html!(c_source_list_linked, reference = reference, links = links)
}

/// "https://www.example.com/path" → "example.com": link text that says where it goes.
fn site_name(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}
