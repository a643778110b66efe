use yew::prelude::*;

use crate::components::time;
use crate::model::{SourceId, source};
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    pub ids: &'static [SourceId],
    /// What the sources are to the claim; "Source: " or "Sources: " by default.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// A compact source line under a claim: "Source: The National, 6 October 2025".
/// The full references, with links, are on the Sources page.
#[component]
pub fn Cite(props: &CiteProps) -> Html {
    let plain = if props.ids.len() == 1 { WORDS.c_cite_source } else { WORDS.c_cite_sources };
    let label = props.label.clone().unwrap_or(AttrValue::Static(plain));
    html! {
        <p class="cite">
            <span class="cite__label">{label}</span>
            { for props.ids.iter().enumerate().map(|(i, id)| {
                let separator = if i > 0 { WORDS.c_cite_separator } else { "" };
                let s = source(*id);
                html! {
                    <>
                        {separator}
                        if let Some(date) = s.published {
                            { crate::say_html!(c_cite_dated, source = html! { {s.short} }, date = time(date)) }
                        } else {
                            {s.short}
                        }
                    </>
                }
            }) }
        </p>
    }
}
