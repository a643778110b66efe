use yew::prelude::*;

use crate::components::{NavLink, SearchField, ViewHeader, use_search_props};
use crate::route::Route;
use crate::search::Kind;

/// What the view is, under its heading.
const STANDFIRST: &str = "Find anything in this explainer by a word or a name: case and accents do not matter, and \
    the start of a word is enough.";

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
            <ViewHeader heading={"Search"} standfirst={STANDFIRST} />
            <form class="search-page" role="search" aria-labelledby={crate::hooks::VIEW_HEADING_ID}
                action={props.action.clone()} method="get">
                <label for="search-page-q" class="search-page__label">{"Search the explainer"}</label>
                <SearchField ..props />
            </form>
            <section class="search-help" aria-labelledby="search-help-heading">
                <h2 id="search-help-heading">{"What you can search"}</h2>
                <ul class="search-help__kinds">
                    { for Kind::ALL.iter().map(|kind| html! { <li>{kind.label()}</li> }) }
                </ul>
                <h2>{"Or go to a view"}</h2>
                <ul class="search-help__views">
                    { for views.map(|route| html! {
                        <li><NavLink to={route}>{route.name().unwrap_or_else(|| "The plan".into())}</NavLink></li>
                    }) }
                </ul>
            </section>
        </article>
    }
}
