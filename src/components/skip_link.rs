use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks;

/// First focusable element: jumps past the header to the content.
///
/// The href carries the current path because `<base href>` would resolve a bare `#main`
/// against the site root and navigate away; on the site's pages the islands rewrite it for the
/// address actually served (src/islands.rs). Where the whole app runs (the single file's hash
/// routes), the click moves focus itself, as any address would leave the view.
#[component]
pub fn SkipLink() -> Html {
    let path = use_location().map(|location| location.path().to_owned()).unwrap_or_default();
    let onclick = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        hooks::focus_view_heading();
    });
    html! { <a class="skip-link" href={format!("{path}#main")} {onclick}>{"Skip to content"}</a> }
}
