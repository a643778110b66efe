use yew::prelude::*;

use crate::model::{SourceId, source};

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
    let plain = if props.ids.len() == 1 { "Source: " } else { "Sources: " };
    let label = props.label.clone().unwrap_or(AttrValue::Static(plain));
    html! {
        <p class="cite">
            <span class="cite__label">{label}</span>
            { for props.ids.iter().enumerate().map(|(i, id)| {
                let separator = if i > 0 { "; " } else { "" };
                let s = source(*id);
                html! {
                    <>
                        {separator}{s.short}
                        if let Some(date) = s.published {
                            {", "}<time datetime={date.iso().to_string()}>{date.to_string()}</time>
                        }
                    </>
                }
            }) }
        </p>
    }
}
