use yew::prelude::*;
use yew_router::Routable;

use crate::components::{AsOf, NavLink};
use crate::model::{EXPLAINER, PLAN, source};
use crate::route::Route;
use crate::site_base::SiteBase;

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
    html! {
        <footer class="embed__footer">
            <p class="embed__credit">
                {EXPLAINER.title}{". Summaries in our own words; every claim names its source."}
            </p>
            <p class="embed__sources">
                {"Sources: "}
                { for PLAN.sources.iter().map(|&id| source(id)).map(|s| html! { <>{s.short}{" (the plan's text), "}</> }) }
                {"and the reporting cited beside each claim."}
            </p>
            <AsOf date={EXPLAINER.as_of} />
            <p>
                <a href={full} target="_blank" rel="noopener">
                    {"Open the full explainer"}<span class="visually-hidden">{" (opens in a new tab)"}</span>{" ↗"}
                </a>
            </p>
        </footer>
    }
}
