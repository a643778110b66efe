use yew::prelude::*;

use crate::model::{Issue, parties_diverge};

#[derive(Properties, PartialEq)]
pub struct DivergeBadgeProps {
    pub issue: &'static Issue,
}

/// Says whether the parties that took a position on the issue disagree.
#[component]
pub fn DivergeBadge(props: &DivergeBadgeProps) -> Html {
    if parties_diverge(props.issue) {
        html! { <span class="badge badge--diverge">{"Parties diverge"}</span> }
    } else {
        html! { <span class="badge badge--agree">{"No stated disagreement"}</span> }
    }
}
