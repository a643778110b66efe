use yew::prelude::*;

use crate::components::{NavLink, ViewHeading};
use crate::model::{PLAN, first_point, last_point};
use crate::route::Route;

/// Any address that names no view: say so, and offer the way back.
#[component]
pub fn NotFound() -> Html {
    html! {
        <article class="not-found">
            <ViewHeading>{"Page not found"}</ViewHeading>
            <p>
                {format!(
                    "There is no page at this address. The plan has {} points, numbered 1 to {}.",
                    PLAN.point_count,
                    last_point()
                )}
            </p>
            <ul class="not-found__ways">
                <li><NavLink to={Route::Overview}>{"See all the points of the plan"}</NavLink></li>
                <li><NavLink to={Route::Point { number: first_point() }}>{"Start with point 1"}</NavLink></li>
            </ul>
        </article>
    }
}
