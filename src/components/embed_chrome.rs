use yew::prelude::*;
use yew_router::Routable;

use crate::components::{AsOf, NavLink};
use crate::model::{EXPLAINER, PLAN, source};
use crate::route::Route;
use crate::say;
use crate::site_base::SiteBase;
use crate::words::WORDS;

/// The embed's compact header: the explainer's name, linking to the embedded overview.
#[component]
pub fn EmbedHeader() -> Html {
    html! {
        <header class="embed__header">
            <NavLink to={Route::Overview} classes="embed__title">{EXPLAINER.title}</NavLink>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedFooterProps {
    pub route: Route,
}

/// Credit, date and the way out to the full explainer (below the site's base, out of the frame),
/// which opens in a new tab.
#[component]
pub fn EmbedFooter(props: &EmbedFooterProps) -> Html {
    let full = use_context::<SiteBase>().unwrap_or_default().join(&props.route.to_path());
    let plan_sources: Vec<String> =
        PLAN.sources.iter().map(|&id| say!(embed_plan_source, source = source(id).short)).collect();
    let plan_sources = plan_sources.join(WORDS.list_separator);
    html! {
        <footer class="embed__footer">
            <p class="embed__credit">
                {say!(embed_credit, title = EXPLAINER.title)}
            </p>
            <p class="embed__sources">
                {say!(embed_sources, plan = plan_sources)}
            </p>
            <AsOf date={EXPLAINER.as_of} />
            <p>
                <a href={full} target="_blank" rel="noopener">
                    {WORDS.embed_open_full}<span class="visually-hidden">{WORDS.embed_new_tab}</span>{" ↗"}
                </a>
            </p>
        </footer>
    }
}
