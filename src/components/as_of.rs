use yew::prelude::*;

use crate::components::time;
use crate::model::{Date, EXPLAINER};
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct AsOfProps {
    pub date: Date,
    /// What is current as of the date; defaults to the whole explainer.
    #[prop_or(AttrValue::Static(WORDS.c_as_of_information))]
    pub what: AttrValue,
}

/// "Information as of 10 October 2026": every snapshot says how old it is, and the explainer's
/// own date says what it means, as readers may take it for today's.
#[component]
pub fn AsOf(props: &AsOfProps) -> Html {
    let AsOfProps { date, what } = props;
    let what = html! { {what.clone()} };
    let line = if *date == EXPLAINER.as_of {
        crate::say_html!(c_as_of_newest, what = what, date = time(*date))
    } else {
        crate::say_html!(c_as_of_line, what = what, date = time(*date))
    };
    html! { <p class="as-of">{line}</p> }
}
