use yew::prelude::*;

use crate::components::{NavLink, SearchField, ViewHeader, use_search_props};
use crate::route::Route;
use crate::search::Kind;

/// What the view is, under its heading.
const STANDFIRST: &str = "Search the plan's points, the disputed issues, the parties' positions, the people, the \
    timeline, the figures, the terms and the sources by a word or a name. The start of a word is enough, and case and \
    accents on Latin letters do not matter. Results need JavaScript; without it, the views are listed below.";

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
                <label for="search-page-q" class="search-page__label">{"Search this explainer"}</label>
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
                        <li><NavLink to={route}>{route.name().unwrap_or_else(|| Route::OVERVIEW_NAME.into())}</NavLink></li>
                    }) }
                </ul>
            </section>
        </article>
    }
}
