use yew::prelude::*;

use crate::components::{AsOf, EmbedButton};
use crate::embed::{EmbedTarget, Frame, SINGLE_FILE};
use crate::model::{EXPLAINER, PLAN};
use crate::route::Route;
use crate::site_base::SiteBase;

/// What the explainer is and how current it is, on every view; on the site, the ways to take it
/// elsewhere: embed it, or download it for offline reading.
#[component]
pub fn SiteFooter() -> Html {
    let frame = use_context::<Frame>().unwrap_or_default();
    let site_base = use_context::<SiteBase>().unwrap_or_default();
    let route = crate::hooks::use_current_route();
    // The island's mount point, which the page's script hydrates (src/islands.rs); the
    // attributes are what EmbedTarget::from_attributes reads back.
    let embed_this = (route != Route::NotFound).then(|| {
        let target = EmbedTarget::of(route);
        html! {
            <div class="embed-this" data-island="embed-button" data-path={target.path.clone()}
                data-title={target.title.clone()} data-height={target.height.to_string()}>
                <EmbedButton {target} />
            </div>
        }
    });
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
                    <a href={site_base.join(&format!("/{SINGLE_FILE}"))} download={SINGLE_FILE}>
                        {"Download for offline reading"}
                    </a>
                    {" (one HTML file that opens without a network)"}
                </p>
                { embed_this }
            }
        </footer>
    }
}
