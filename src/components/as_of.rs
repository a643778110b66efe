use yew::prelude::*;

use crate::model::{Date, EXPLAINER};

#[derive(Properties, PartialEq)]
pub struct AsOfProps {
    pub date: Date,
    /// What is current as of the date; defaults to the whole explainer.
    #[prop_or(AttrValue::Static("Information"))]
    pub what: AttrValue,
}

/// "Information as of 10 October 2026": every snapshot says how old it is, and the explainer's
/// own date says what it means, as readers may take it for today's.
#[component]
pub fn AsOf(props: &AsOfProps) -> Html {
    let AsOfProps { date, what } = props;
    html! {
        <p class="as-of">
            {what.clone()}{" as of "}
            <time datetime={date.iso().to_string()}>{date.to_string()}</time>
            if *date == EXPLAINER.as_of {
                {", the date of the newest fact in our sources, not today's"}
            }
        </p>
    }
}
