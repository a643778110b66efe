use yew::prelude::*;

use crate::components::{NavLink, ViewHeading};
use crate::model::{PLAN, first_point, last_point};
use crate::route::Route;
use crate::say;
use crate::words::WORDS;

/// Any address that names no view: say so, and offer the way back.
#[component]
pub fn NotFound() -> Html {
    html! {
        <article class="not-found">
            <ViewHeading>{WORDS.route_name_not_found}</ViewHeading>
            <p>{say!(view_not_found_text, count = PLAN.point_count, first = first_point(), last = last_point())}</p>
            <ul class="not-found__ways">
                <li><NavLink to={Route::Overview}>{WORDS.view_not_found_all_points}</NavLink></li>
                <li>
                    <NavLink to={Route::Point { number: first_point() }}>
                        {say!(view_not_found_start, number = first_point())}
                    </NavLink>
                </li>
            </ul>
        </article>
    }
}
