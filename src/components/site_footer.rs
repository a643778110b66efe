use yew::prelude::*;
use yew_router::hooks::use_navigator;

use crate::components::{AsOf, EmbedButton};
use crate::embed::{Frame, SINGLE_FILE};
use crate::model::{EXPLAINER, PLAN};

/// What the explainer is and how current it is, on every view; on the site, the ways to take it
/// elsewhere: embed it, or download it for offline reading.
#[component]
pub fn SiteFooter() -> Html {
    let frame = use_context::<Frame>().unwrap_or_default();
    let base = use_navigator().and_then(|n| n.basename().map(str::to_owned)).unwrap_or_default();
    html! {
        <footer class="site-footer">
            <p>
                {"An explainer of the “"}{PLAN.name}{"”, published by the White House on "}
                <time datetime={PLAN.published.iso().to_string()}>{PLAN.published.to_string()}</time>
                {". Summaries are in our own words; every claim names its source."}
            </p>
            <AsOf date={EXPLAINER.as_of} />
            if frame == Frame::Site {
                <p>
                    <a href={format!("{base}/{SINGLE_FILE}")} download={SINGLE_FILE}>
                        {"Download for offline reading"}
                    </a>
                    {" (one HTML file that opens without a network)"}
                </p>
                <EmbedButton />
            }
        </footer>
    }
}
