use yew::prelude::*;

use crate::components::{AsOf, Cite, EmbedButton, EmbedButtonProps, time};
use crate::embed::{EmbedTarget, Frame, SINGLE_FILE, initial_height};
use crate::island;
use crate::model::{EXPLAINER, PLAN};
use crate::route::Route;
use crate::site_base::SiteBase;
use crate::words::WORDS;

#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    /// The view's embed height as the build measured it (prerendering); else the guess,
    /// [`initial_height`].
    #[prop_or_default]
    pub embed_height: Option<u32>,
}

/// What the explainer is and how current it is, on every view; on the site, the ways to take it
/// elsewhere: embed it, or download it for offline reading.
#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    let frame = use_context::<Frame>().unwrap_or_default();
    let site_base = use_context::<SiteBase>().unwrap_or_default();
    let route = crate::hooks::use_current_route();
    // The island's mount point, which the prerenderer fills and the island's code renders afresh.
    let embed_this = (route != Route::NotFound).then(|| {
        let height = props.embed_height.unwrap_or_else(|| initial_height(route));
        let target = EmbedTarget { height, ..EmbedTarget::of(route) };
        let props = EmbedButtonProps::of(target);
        island::mount::<EmbedButton>("embed-this", &props, html! { <EmbedButton ..props.clone() /> })
    });
    html! {
        <footer class="site-footer">
            <p>{crate::say_html!(view_site_footer, plan = html! { {PLAN.name} }, publisher = html! { {PLAN.publisher} }, date = time(PLAN.published))}</p>
            <Cite ids={PLAN.sources} />
            <AsOf date={EXPLAINER.as_of} />
            if frame == Frame::Site {
                <p>
                    {crate::say_html!(view_site_download, link = html! {
                        <a href={site_base.join(&format!("/{SINGLE_FILE}"))} download={SINGLE_FILE}>
                            {WORDS.view_site_download_link}
                        </a>
                    })}
                </p>
                { embed_this }
            }
        </footer>
    }
}
