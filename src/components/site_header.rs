use yew::prelude::*;

use crate::components::{NavLink, SearchBox};
use crate::model::EXPLAINER;
use crate::route::Route;
use crate::words::WORDS;
use yew_router::Routable;

/// The explainer's name and its sections, on every view.
#[component]
pub fn SiteHeader() -> Html {
    let route = crate::hooks::use_current_route();
    let section = route.section();
    let frame = use_context::<crate::embed::Frame>().unwrap_or_default();
    let base = use_context::<crate::site_base::SiteBase>().unwrap_or_default();
    // The other edition is on the web: the single file has only its own.
    let other = (frame == crate::embed::Frame::Site).then(|| base.other_edition(WORDS.edition_lang, &route.to_path()));
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
            if let Some(href) = other {
                <a class="site-header__edition" {href} hreflang={WORDS.edition_other_lang} lang={WORDS.edition_other_lang}
                    dir={WORDS.edition_other_dir}>{WORDS.edition_other}</a>
            }
            <SearchBox />
        </header>
    }
}
