use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::NavLink;
use crate::model::EXPLAINER;
use crate::route::Route;

/// The explainer's name and its sections, on every view.
#[component]
pub fn SiteHeader() -> Html {
    let section = use_route::<Route>().and_then(Route::section);
    html! {
        <header class="site-header">
            <NavLink to={Route::Overview} classes="site-header__title">{EXPLAINER.title}</NavLink>
            <nav class="site-nav" aria-label="Sections">
                <ul>
                    { for Route::SECTIONS.iter().map(|&(route, label)| html! {
                        <li><NavLink to={route} current={section == Some(route)}>{label}</NavLink></li>
                    }) }
                </ul>
            </nav>
        </header>
    }
}
