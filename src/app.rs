//! The root components: one tree, two routers. The browser gets [`App`]; the server renderer
//! and native tests get [`ServerApp`] with the path to render. Both show the view in a
//! [`Frame`]: the full site, or the compact embed for other people's pages.

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

use crate::components::{
    CorrectionsNote, EmbedFooter, EmbedHeader, GlossaryPopovers, RouteAnnouncer, SiteFooter, SiteHeader, SkipLink,
};
use crate::embed::Frame;
use crate::site_base::SiteBase;
use crate::views;

#[derive(Properties, PartialEq, Debug, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub frame: Frame,
    /// The path the site is hosted under (from `<base href>`).
    #[prop_or_default]
    pub site_base: SiteBase,
}

/// The explainer in the browser, routed by the address bar.
#[component]
pub fn App(props: &AppProps) -> Html {
    let basename = props.site_base.of_frame(props.frame).router_basename().map(AttrValue::from);
    let shell = html! { <Shell frame={props.frame} site_base={props.site_base.clone()} /> };
    if props.frame == Frame::SingleFile {
        return html! { <HashRouter>{shell}</HashRouter> };
    }
    html! { <BrowserRouter {basename}>{shell}</BrowserRouter> }
}

#[derive(Properties, PartialEq, Debug)]
pub struct ServerAppProps {
    /// The full request path, including the site's base and the frame's segment.
    pub path: AttrValue,
    /// The path the site is hosted under, e.g. `/news/gaza-plan`.
    #[prop_or_default]
    pub site_base: SiteBase,
    #[prop_or_default]
    pub frame: Frame,
    /// The view's embed height, as the build measured it: its embed button's mount point says it.
    #[prop_or_default]
    pub embed_height: Option<u32>,
}

/// The explainer rendered for one path, with no browser: for prerendering and tests.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::with_entries(vec![props.path.to_string()]));
    let basename = props.site_base.of_frame(props.frame).router_basename();
    html! {
        <Router {history} basename={basename.map(AttrValue::from)}>
            <Shell frame={props.frame} site_base={props.site_base.clone()} embed_height={props.embed_height} />
        </Router>
    }
}

/// The explainer's HTML for one full request path, without hydration markers: what a crawler,
/// the prerenderer (before it fills the islands) and the render tests read.
#[cfg(feature = "ssr")]
pub fn render_path(path: String, site_base: SiteBase, frame: Frame, embed_height: Option<u32>) -> String {
    let renderer = yew::ServerRenderer::<ServerApp>::with_props(move || ServerAppProps {
        path: path.into(),
        site_base,
        frame,
        embed_height,
    })
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    frame: Frame,
    site_base: SiteBase,
    #[prop_or_default]
    embed_height: Option<u32>,
}

/// The chrome around the current view: the site's, or the embed's compact one. Below it, the
/// frame and the site's base are contexts: links are written from them.
#[component]
fn Shell(props: &ShellProps) -> Html {
    let route = crate::hooks::use_current_route();
    crate::hooks::use_route_change_effects(route);
    let view = html! {
        <main id="main" class="main">
            { views::render(route) }
            <CorrectionsNote {route} />
            <GlossaryPopovers />
        </main>
    };
    html! {
        <ContextProvider<Frame> context={props.frame}>
        <ContextProvider<SiteBase> context={props.site_base.clone()}>
            <RouteAnnouncer {route} />
            if props.frame == Frame::Embed {
                <div class="embed">
                    <EmbedHeader />
                    {view}
                    <EmbedFooter {route} />
                </div>
            } else {
                <SkipLink />
                <SiteHeader />
                {view}
                <SiteFooter embed_height={props.embed_height} />
            }
        </ContextProvider<SiteBase>>
        </ContextProvider<Frame>>
    }
}

/// Starts the whole app in the empty `#app` of the single file or the development server (the
/// site's prerendered pages run [`crate::islands`] instead). A panic shows the page's error
/// notice and leaves the content as it is.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use crate::hooks;
    hooks::show_errors_on_panic();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        hooks::show_error_notice();
        return;
    };
    let site_base = SiteBase::new(&yew_router::utils::base_url().unwrap_or_default());
    // The single file says which frame it is; the path decides otherwise.
    let frame = match root.get_attribute("data-frame").as_deref().and_then(Frame::from_marker) {
        Some(frame) => frame,
        None => site_base.frame_of(&gloo::utils::window().location().pathname().unwrap_or_default()),
    };
    if frame == Frame::SingleFile {
        hooks::keep_hash_a_route();
    }
    // The whole app holds the content: its search reads it in place, with nothing to fetch.
    hooks::index_in_app(|| crate::search::write_index(&crate::search::entries()));
    hooks::slash_to_search().forget();
    let props = AppProps { frame, site_base };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
