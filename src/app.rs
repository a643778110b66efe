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
use crate::views;

#[derive(Properties, PartialEq, Debug, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub frame: Frame,
    /// The sub-path the site is hosted under (from `<base href>`), none at the root.
    #[prop_or_default]
    pub site_basename: Option<AttrValue>,
}

/// The explainer in the browser, routed by the address bar.
#[component]
pub fn App(props: &AppProps) -> Html {
    let basename = props.frame.basename(props.site_basename.as_deref()).map(AttrValue::from);
    let shell = html! { <Shell frame={props.frame} site_basename={props.site_basename.clone()} /> };
    if props.frame == Frame::SingleFile {
        return html! { <HashRouter>{shell}</HashRouter> };
    }
    html! { <BrowserRouter {basename}>{shell}</BrowserRouter> }
}

#[derive(Properties, PartialEq, Debug)]
pub struct ServerAppProps {
    /// The full request path, including the basename if there is one.
    pub path: AttrValue,
    /// The sub-path the site is hosted under, e.g. `/news/gaza-plan`; none at the root.
    #[prop_or_default]
    pub basename: Option<AttrValue>,
    #[prop_or_default]
    pub frame: Frame,
}

/// The explainer rendered for one path, with no browser: for prerendering and tests.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::with_entries(vec![props.path.to_string()]));
    let basename = props.frame.basename(props.basename.as_deref());
    html! {
        <Router {history} basename={basename.map(AttrValue::from)}>
            <Shell frame={props.frame} site_basename={props.basename.clone()} />
        </Router>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    frame: Frame,
    site_basename: Option<AttrValue>,
}

/// The chrome around the current view: the site's, or the embed's compact one.
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
    let site_basename = props.site_basename.clone();
    html! {
        <ContextProvider<Frame> context={props.frame}>
            <RouteAnnouncer {route} />
            if props.frame == Frame::Embed {
                <div class="embed">
                    <EmbedHeader />
                    {view}
                    <EmbedFooter {route} {site_basename} />
                </div>
            } else {
                <SkipLink />
                <SiteHeader />
                {view}
                <SiteFooter />
            }
        </ContextProvider<Frame>>
    }
}
