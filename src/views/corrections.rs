use yew::prelude::*;

use crate::components::{Cite, NavLink, ViewHeader};
use crate::model::corrections_newest_first;
use crate::route::Route;

/// What the view is, under its heading.
const STANDFIRST: &str = "Factual errors we have corrected: what the explainer said, and what it says now. \
    Changes of style or wording are not listed.";

/// `/corrections`: every factual correction, newest first, from data/corrections.toml.
#[component]
pub fn Corrections() -> Html {
    let mut corrections = corrections_newest_first().peekable();
    let list = corrections.peek().is_some().then(|| {
        html! {
            <ol class="corrections__list" reversed=true>
                { for corrections.map(|(number, c)| html! {
                    <li class="correction" id={correction_anchor(number)}>
                        <p class="correction__date">
                            {"Corrected on "}<time datetime={c.date.iso().to_string()}>{c.date.to_string()}</time>
                        </p>
                        <dl class="correction__change">
                            <dt>{"What it said"}</dt>
                            <dd>{c.wrong}</dd>
                            <dt>{"What it says now"}</dt>
                            <dd>{c.now}</dd>
                        </dl>
                        <p class="correction__views">
                            {"Affects: "}
                            { for c.views.iter().enumerate().map(|(i, path)| {
                                let route = Route::parse(path);
                                html! {
                                    <>
                                        if i > 0 { {", "} }
                                        <NavLink to={route}>{route.name().unwrap_or_else(|| "The plan".into())}</NavLink>
                                    </>
                                }
                            }) }
                        </p>
                        <Cite ids={c.sources} />
                    </li>
                }) }
            </ol>
        }
    });
    html! {
        <article class="corrections">
            <ViewHeader heading={"Corrections"} standfirst={STANDFIRST} />
            { list.unwrap_or_else(|| html! { <p>{"No corrections have been made."}</p> }) }
        </article>
    }
}

/// The id of a correction on /corrections, which the foot of each affected view links to.
pub fn correction_anchor(number: usize) -> String {
    format!("correction-{number}")
}
