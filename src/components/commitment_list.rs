use yew::prelude::*;

use crate::model::Commitment;
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct CommitmentListProps {
    pub commitments: &'static [Commitment],
}

/// Who a point binds, to what, and by when; says so where the plan names no party or date.
#[component]
pub fn CommitmentList(props: &CommitmentListProps) -> Html {
    html! {
        <ul class="commitments">
            { for props.commitments.iter().map(|Commitment { who, what, when, .. }| html! {
                <li class="commitment">
                    <p class="commitment__who">
                        { who.map_or_else(
                            || html! { <span class="commitment__none">{WORDS.c_commitment_no_party}</span> },
                            |who| html! { {who} },
                        ) }
                    </p>
                    <p class="commitment__what">{*what}</p>
                    <p class="commitment__when">
                        <span class="commitment__key">{WORDS.c_commitment_when}</span>
                        { when.map_or_else(
                            || html! { <span class="commitment__none">{WORDS.c_commitment_no_deadline}</span> },
                            |when| html! { {when} },
                        ) }
                    </p>
                </li>
            }) }
        </ul>
    }
}
