use yew::prelude::*;

use crate::components::{AsOf, EmbedButton};
use crate::model::{EXPLAINER, PLAN};

/// What the explainer is and how current it is, on every view.
#[component]
pub fn SiteFooter() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                {"An explainer of the “"}{PLAN.name}{"”, published by the White House on "}
                <time datetime={PLAN.published.iso().to_string()}>{PLAN.published.to_string()}</time>
                {". Summaries are in our own words; every claim names its source."}
            </p>
            <AsOf date={EXPLAINER.as_of} />
            <EmbedButton />
        </footer>
    }
}
