use yew::prelude::*;

use crate::components::{Cite, NavLink, ViewHeader, time};
use crate::model::corrections_newest_first;
use crate::route::Route;
use crate::say_html;
use crate::words::WORDS;

/// `/corrections`: every factual correction, newest first, from data/corrections.toml.
#[component]
pub fn Corrections() -> Html {
    let mut corrections = corrections_newest_first().peekable();
    let list = corrections.peek().is_some().then(|| {
        html! {
            <ol class="corrections__list" reversed=true>
                { for corrections.map(|(number, c)| html! {
                    <li class="correction" id={correction_anchor(number)}>
                        <p class="correction__date">{say_html!(view_corrections_corrected_on, date = time(c.date))}</p>
                        <dl class="correction__change">
                            <dt>{WORDS.view_corrections_said}</dt>
                            <dd>{c.wrong}</dd>
                            <dt>{WORDS.view_corrections_says_now}</dt>
                            <dd>{c.now}</dd>
                        </dl>
                        <p class="correction__views">
                            {say_html!(view_corrections_affects, views = affected(c.views))}
                        </p>
                        <Cite ids={c.sources} quoting={vec![c.wrong, c.now]} />
                    </li>
                }) }
            </ol>
        }
    });
    html! {
        <article class="corrections">
            <ViewHeader heading={WORDS.route_name_corrections} standfirst={WORDS.view_corrections_standfirst} />
            { list.unwrap_or_else(|| html! { <p>{WORDS.view_corrections_none}</p> }) }
        </article>
    }
}

/// Links to the views a correction affects, by name.
fn affected(paths: &[&str]) -> Html {
    html! {
        { for paths.iter().enumerate().map(|(i, path)| {
            let route = Route::parse(path);
            html! {
                <>
                    if i > 0 { {WORDS.list_separator} }
                    <NavLink to={route}>{route.name().unwrap_or_else(|| Route::overview_name().into())}</NavLink>
                </>
            }
        }) }
    }
}

/// The id of a correction on /corrections, which the foot of each affected view links to.
pub fn correction_anchor(number: usize) -> String {
    format!("correction-{number}")
}
