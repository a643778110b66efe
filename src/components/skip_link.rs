use yew::prelude::*;
use yew_router::prelude::*;

use crate::embed::Frame;
use crate::hooks;

/// First focusable element: jumps past the header to the content.
///
/// On the site the href carries the current path, because `<base href>` would resolve a bare
/// `#main` against the site root and navigate away (assets/boot.js rewrites it for the address
/// actually served). In the single file, where the fragment is the route, the
/// click moves focus itself and never reaches the router.
#[component]
pub fn SkipLink() -> Html {
    let path = use_location().map(|location| location.path().to_owned()).unwrap_or_default();
    let href = match use_context::<Frame>() {
        Some(Frame::SingleFile) => "#main".to_owned(),
        _ => format!("{path}#main"),
    };
    let onclick = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        hooks::focus_view_heading();
    });
    html! { <a class="skip-link" {href} {onclick}>{crate::words::WORDS.view_site_skip}</a> }
}
