use yew::prelude::*;
use yew_router::prelude::*;

/// First focusable element: jumps past the header to the content.
///
/// The href carries the current path because `<base href>` would resolve a bare `#main`
/// against the site root and navigate away.
#[component]
pub fn SkipLink() -> Html {
    let path = use_location().map(|location| location.path().to_owned()).unwrap_or_default();
    html! { <a class="skip-link" href={format!("{path}#main")}>{"Skip to content"}</a> }
}
