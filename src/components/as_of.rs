use yew::prelude::*;

use crate::model::Date;

#[derive(Properties, PartialEq)]
pub struct AsOfProps {
    pub date: Date,
    /// What is current as of the date; defaults to the whole explainer.
    #[prop_or(AttrValue::Static("Information"))]
    pub what: AttrValue,
}

/// "Information as of 17 November 2025": every snapshot says how old it is.
#[component]
pub fn AsOf(props: &AsOfProps) -> Html {
    let AsOfProps { date, what } = props;
    html! {
        <p class="as-of">
            {what.clone()}{" as of "}
            <time datetime={date.iso().to_string()}>{date.to_string()}</time>
        </p>
    }
}
