use yew::prelude::*;

use crate::components::{NavLink, SearchBox};
use crate::model::EXPLAINER;
use crate::route::Route;
use crate::words::WORDS;

/// The explainer's name and its sections, on every view.
#[component]
pub fn SiteHeader() -> Html {
    let section = crate::hooks::use_current_route().section();
    html! {
        <header class="site-header">
            <NavLink to={Route::Overview} classes="site-header__title">{EXPLAINER.title}</NavLink>
            <nav class="site-nav" aria-label={WORDS.view_site_nav}>
                <ul>
                    { for Route::sections().into_iter().map(|(route, label)| html! {
                        <li><NavLink to={route} current={section == Some(route)}>{label}</NavLink></li>
                    }) }
                </ul>
            </nav>
            <SearchBox />
        </header>
    }
}
