use yew::prelude::*;

use crate::model::{Agreement, Issue, agreement};

#[derive(Properties, PartialEq)]
pub struct DivergeBadgeProps {
    pub issue: &'static Issue,
}

/// Says whether the parties that stated a position on the issue disagree, and says so plainly
/// where fewer than two did: one party's stance is not agreement.
#[component]
pub fn DivergeBadge(props: &DivergeBadgeProps) -> Html {
    match agreement(props.issue) {
        Agreement::Diverge => html! { <span class="badge badge--diverge">{"Parties diverge"}</span> },
        Agreement::Compatible => html! { <span class="badge badge--agree">{"No stated disagreement"}</span> },
        Agreement::OnlyOne(party) => {
            html! { <span class="badge badge--single">{format!("Only {} stated a position", party.name)}</span> }
        }
        Agreement::NoneStated => html! { <span class="badge badge--single">{"No party stated a position"}</span> },
    }
}
