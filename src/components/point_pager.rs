use yew::prelude::*;

use crate::components::NavLink;
use crate::model::{POINTS, PointNumber, next_point, point, previous_point};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PointPagerProps {
    pub number: PointNumber,
}

/// Where the reader is in the walkthrough ("7 of 20"), every point as a step, and the
/// previous and next points.
#[component]
pub fn PointPager(props: &PointPagerProps) -> Html {
    let number = props.number;
    let neighbour = |n: Option<PointNumber>, rel: &'static str, label: &'static str| match n.map(|n| (n, point(n))) {
        Some((n, p)) => html! {
            <NavLink to={Route::Point { number: n }} rel={if rel == "previous" { "prev" } else { "next" }}
                classes={classes!("pager__link", format!("pager__link--{rel}"))}>
                <span class="pager__direction">{label}{format!(" · Point {n}")}</span>
                <span class="visually-hidden">{": "}</span>
                <span class="pager__title">{p.title}</span>
            </NavLink>
        },
        None => {
            html! { <span class={classes!("pager__link", "pager__link--none", format!("pager__link--{rel}"))} /> }
        }
    };
    html! {
        <nav class="pager" aria-label="Points of the plan">
            <p class="pager__progress">
                {"Point "}<strong>{number.get()}</strong>{format!(" of {}", POINTS.len())}
            </p>
            <ol class="pager__steps">
                { for POINTS.iter().map(|p| p.number).map(|n| {
                    let step = html! { <><span class="visually-hidden">{"Point "}</span>{n.get()}</> };
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
                { neighbour(previous_point(number), "previous", "← Previous") }
                { neighbour(next_point(number), "next", "Next →") }
            </div>
            <p class="pager__hint">{"Tip: the ← and → keys step through the points."}</p>
        </nav>
    }
}
