use yew::prelude::*;

use crate::components::{NavLink, SearchField, ViewHeader, use_search_props};
use crate::route::Route;
use crate::search::Kind;
use crate::words::WORDS;

/// `/search?q=…`: the query's results, filled in by the page's script; without it, what can be
/// searched and every view, so the page is of use without JavaScript and a query can be linked.
#[component]
pub fn SearchView() -> Html {
    let props = use_search_props(true);
    let views = Route::all().into_iter().filter(|route| {
        !matches!(route, Route::Point { .. } | Route::Issue { .. } | Route::Chart { .. } | Route::Search)
    });
    html! {
        <article class="search-view">
            <ViewHeader heading={WORDS.route_name_search} standfirst={WORDS.view_search_standfirst} />
            <form class="search-page" role="search" aria-labelledby={crate::hooks::VIEW_HEADING_ID}
                action={props.action.clone()} method="get">
                <label for="search-page-q" class="search-page__label">{WORDS.search_landmark}</label>
                <SearchField ..props />
            </form>
            <section class="search-help" aria-labelledby="search-help-heading">
                <h2 id="search-help-heading">{WORDS.view_search_kinds}</h2>
                <ul class="search-help__kinds">
                    { for Kind::ALL.iter().map(|kind| html! { <li>{crate::words::search_kind(*kind)}</li> }) }
                </ul>
                <h2>{WORDS.view_search_views}</h2>
                <ul class="search-help__views">
                    { for views.map(|route| {
                        let name = route.name().unwrap_or_else(|| Route::overview_name().into());
                        html! { <li><NavLink to={route}>{name}</NavLink></li> }
                    }) }
                </ul>
            </section>
        </article>
    }
}
