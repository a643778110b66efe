use yew::prelude::*;

use crate::model::{Source, SourceId, source};

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub ids: Vec<SourceId>,
}

/// The sources behind a claim, shown beside it: publisher, title, date and links.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let label = if props.ids.len() == 1 { "Source" } else { "Sources" };
    html! {
        <aside class="source-list" aria-label={label}>
            <h2 class="source-list__label">{label}</h2>
            <ul class="source-list__items">
                { for props.ids.iter().map(|id| html! { <li><SourceEntry id={*id} /></li> }) }
            </ul>
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
    html! {
        <>
            <span class="source-list__publisher">{*publisher}</span>{", "}
            <cite>{*title}</cite>
            if let Some(date) = published {
                {", "}<time datetime={date.iso().to_string()}>{date.to_string()}</time>
            }
            if !urls.is_empty() {
                {" ("}
                { for urls.iter().enumerate().map(|(i, url)| html! {
                    <>
                        if i > 0 { {", "} }
                        <a href={*url} rel="noopener noreferrer">{site_name(url)}</a>
                    </>
                }) }
                {")"}
            }
        </>
    }
}

/// "https://www.example.com/path" → "example.com": link text that says where it goes.
fn site_name(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}
