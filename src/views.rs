//! One component per route.

mod not_found;
mod overview;
mod point;

pub use not_found::NotFound;
pub use overview::Overview;
pub use point::PointView;

use yew::prelude::*;

use crate::route::Route;

pub fn render(route: Route) -> Html {
    match route {
        Route::Overview => html! { <Overview /> },
        Route::Point { number } => html! { <PointView {number} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
