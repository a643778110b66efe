use yew::prelude::*;
use yew_router::prelude::*;

use crate::model::EXPLAINER;
use crate::route::Route;

/// The explainer's name, linking home, on every view.
#[component]
pub fn SiteHeader() -> Html {
    html! {
        <header class="site-header">
            <Link<Route> to={Route::Overview} classes="site-header__title">{EXPLAINER.title}</Link<Route>>
        </header>
    }
}
