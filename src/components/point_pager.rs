use yew::prelude::*;

use crate::components::{NavLink, VISIBLE, partly_hidden};
use crate::model::{POINTS, PointNumber, next_point, point, previous_point};
use crate::route::Route;
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct PointPagerProps {
    pub number: PointNumber,
}

/// Where the reader is in the walkthrough ("7 of 20"), every point as a step, and the
/// previous and next points.
#[component]
pub fn PointPager(props: &PointPagerProps) -> Html {
    let number = props.number;
    let neighbour = |n: Option<PointNumber>, rel: &'static str| match n.map(|n| (n, point(n))) {
        Some((n, p)) => html! {
            <NavLink to={Route::Point { number: n }} rel={if rel == "previous" { "prev" } else { "next" }}
                classes={classes!("pager__link", format!("pager__link--{rel}"))}>
                <span class="pager__direction">
                    if rel == "previous" {
                        {crate::say!(c_pager_previous, number = n)}
                    } else {
                        {crate::say!(c_pager_next, number = n)}
                    }
                </span>
                <span class="visually-hidden">{WORDS.c_pager_before_title}</span>
                <span class="pager__title">{p.title}</span>
            </NavLink>
        },
        None => {
            html! { <span class={classes!("pager__link", "pager__link--none", format!("pager__link--{rel}"))} /> }
        }
    };
    html! {
        <nav class="pager" aria-label={WORDS.c_pager_label}>
            <p class="pager__progress">
                { crate::say_html!(
                    c_pager_progress,
                    number = html! { <strong>{number.get()}</strong> },
                    total = html! { {POINTS.len()} },
                ) }
            </p>
            <ol class="pager__steps">
                { for POINTS.iter().map(|p| p.number).map(|n| {
                    let step = partly_hidden(&crate::say!(c_pager_step, number = VISIBLE), html! { {n.get()} });
                    html! {
                        <li>
                            if n == number {
                                <span class="pager__step is-current" aria-current="step">{step}</span>
                            } else {
                                <NavLink to={Route::Point { number: n }} classes="pager__step">{step}</NavLink>
                            }
                        </li>
                    }
                }) }
            </ol>
            <div class="pager__neighbours">
                { neighbour(previous_point(number), "previous") }
                { neighbour(next_point(number), "next") }
            </div>
            <p class="pager__hint">{WORDS.c_pager_tip}</p>
        </nav>
    }
}
