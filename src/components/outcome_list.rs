use yew::prelude::*;

use crate::components::{Cite, Glossed};
use crate::model::Outcome;

#[derive(Properties, PartialEq)]
pub struct OutcomeListProps {
    pub outcomes: &'static [Outcome],
}

/// What happened next on an issue, dated and sourced, oldest first.
#[component]
pub fn OutcomeList(props: &OutcomeListProps) -> Html {
    html! {
        <ol class="outcomes">
            { for props.outcomes.iter().map(|outcome| html! {
                <li class="outcome">
                    <time class="outcome__date" datetime={outcome.date.iso().to_string()}>
                        {crate::words::date(outcome.date)}
                    </time>
                    <p class="outcome__text"><Glossed text={outcome.text} /></p>
                    <Cite ids={outcome.sources} quoting={vec![outcome.text]} />
                </li>
            }) }
        </ol>
    }
}
