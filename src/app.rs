//! The root components: one tree, two routers. The browser gets [`App`]; the server renderer
//! and native tests get [`ServerApp`] with the path to render.

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

use crate::components::{SiteFooter, SiteHeader, SkipLink};
use crate::route::Route;
use crate::views;

/// The explainer in the browser, routed by the address bar (and `<base href>` for sub-paths).
#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <Shell />
        </BrowserRouter>
    }
}

#[derive(Properties, PartialEq, Debug)]
pub struct ServerAppProps {
    /// The full request path, including `basename` if there is one.
    pub path: AttrValue,
    /// The sub-path the site is hosted under, e.g. `/news/gaza-plan`; none at the root.
    #[prop_or_default]
    pub basename: Option<AttrValue>,
}

/// The explainer rendered for one path, with no browser: for prerendering and tests.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::with_entries(vec![props.path.to_string()]));
    html! {
        <Router {history} basename={props.basename.clone()}>
            <Shell />
        </Router>
    }
}

/// Site chrome around the current view.
#[component]
fn Shell() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    crate::hooks::use_route_change_effects(route);
    html! {
        <>
            <SkipLink />
            <SiteHeader />
            <main id="main" class="main">
                <Switch<Route> render={views::render} />
            </main>
            <SiteFooter />
        </>
    }
}
