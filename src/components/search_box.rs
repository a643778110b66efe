use yew::prelude::*;

use gaza_plan_content::words::Phrasebook;

use crate::embed::Frame;
use crate::hooks;
use crate::island::{self, Load};
use crate::route::Route;
use crate::site_base::SiteBase;
use crate::words::WORDS;
use yew_router::Routable;

/// The header's search: a form that, without JavaScript, opens /search with the query; with
/// it, the island lists results as the reader types.
#[component]
pub fn SearchBox() -> Html {
    let props = use_search_props(false);
    html! {
        // Named, as /search has a search landmark of its own.
        <form class="site-search" role="search" aria-label={WORDS.search_landmark} action={props.action.clone()} method="get">
            <label for="site-search-q" class="site-search__label">{WORDS.search_label}</label>
            <SearchField ..props />
        </form>
    }
}

/// A search field, where its results go, and the island: the field and the results are outside
/// its mount point, so what a reader types before the page's script starts stays.
#[component]
pub fn SearchField(props: &SearchIslandProps) -> Html {
    let ids = hooks::SearchIds::of(props.page);
    let island = island::mount::<SearchIsland>("search-live", props, html! { <SearchIsland ..props.clone() /> });
    if props.page {
        return html! {
            <>
                <div class="search-page__field">
                    <input id={ids.input} class="search-page__input" type="search" name="q" autocomplete="off"
                        spellcheck="false" aria-describedby={ids.status} />
                    <button type="submit" class="button">{WORDS.search_submit}</button>
                </div>
                {island}
                <div id={ids.results} class="search-page__results"></div>
            </>
        };
    }
    html! {
        <div class="site-search__box">
            // A plain search field until the script makes it a combobox (hooks::wire_search):
            // without it, the list it would announce never opens.
            <input id={ids.input} class="site-search__input" type="search" name="q"
                autocomplete="off" spellcheck="false" placeholder={WORDS.search_placeholder} />
            // Out of the Tab order: Chromium would stop on the scrolling list, which closes as the field loses focus.
            <div id={ids.results} class="site-search__results" role="listbox" aria-label={WORDS.search_results_label} tabindex="-1" hidden=true></div>
            {island}
        </div>
    }
}

/// The island's props from the page's frame and base, as a view renders them.
#[hook]
pub fn use_search_props(page: bool) -> SearchIslandProps {
    let frame = use_context::<Frame>().unwrap_or_default();
    let site_base = use_context::<SiteBase>().unwrap_or_default();
    let base = site_base.of_frame(frame);
    let hash = if frame == Frame::SingleFile { "#" } else { "" };
    let links = format!("{hash}{}", base.as_str());
    SearchIslandProps {
        index: site_base.join(&format!("/{}", crate::search::INDEX_FILE)),
        action: format!("{links}{}", Route::Search.to_path()),
        links,
        page,
        words: crate::words::search_phrasebook(),
    }
}

#[derive(Properties, PartialEq, Clone, Debug)]
pub struct SearchIslandProps {
    /// Where the index is fetched from when the reader first focuses the field.
    pub index: String,
    /// What a result's path is appended to: the site's base, or `#` and none in the single file.
    pub links: String,
    /// The /search page's address, where Enter takes a query no result is picked for.
    pub action: String,
    /// True on /search, where results are a list of links; false in the header's popup list.
    pub page: bool,
    /// What the results and the status line say (`words::search_phrasebook`).
    pub words: Phrasebook,
}

// The index is fetched from below the site.
crate::island::island! {
    SearchIsland: "search", load: |props| if props.page { Load::Page } else { Load::Focus },
    SearchIslandProps { index: "data-index", links: "data-links", action: "data-action", page: "data-page", words: "data-words" },
    valid: |props| props.index.starts_with('/')
}

/// The line that says how many results there are. Its effect makes the field beside it work:
/// it loads the index on first focus and writes the results with the browser's DOM
/// (src/hooks/search.rs), so this island adds little to the site's wasm.
#[component]
pub fn SearchIsland(props: &SearchIslandProps) -> Html {
    {
        let props = props.clone();
        use_effect_with((), move |()| hooks::wire_search(&props));
    }
    let ids = hooks::SearchIds::of(props.page);
    let class = if props.page { "search-page__status" } else { "visually-hidden" };
    html! { <p id={ids.status} {class} role="status"></p> }
}
