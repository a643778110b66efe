//! Behaviour that needs the browser. Each hook does its work in an effect, which the server
//! renderer never runs, and compiles to nothing outside wasm.

use yew::prelude::*;

use crate::route::Route;

/// The id of each view's `<h1>`, which takes focus after an in-app navigation.
pub const VIEW_HEADING_ID: &str = "view-heading";

/// After the route changes: retitle the document, and (except on first load) move focus to the
/// new view's heading so keyboard and screen-reader users start reading the new content.
#[hook]
pub fn use_route_change_effects(route: Route) {
    let first_load = use_is_first_render();
    use_effect_with(route, move |route| browser::show_route(*route, first_load));
}

/// True only while a component renders for the first time: the view the page opened with,
/// which needs no focus move or announcement, unlike every view after it.
#[hook]
pub fn use_is_first_render() -> bool {
    let first = use_mut_ref(|| true);
    std::mem::replace(&mut *first.borrow_mut(), false)
}

/// The view the address names. Like yew-router's `use_route`, but through [`Route::parse`], so
/// no address can panic the router.
#[hook]
pub fn use_current_route() -> Route {
    let navigator = yew_router::hooks::use_navigator();
    let location = yew_router::hooks::use_location();
    let (Some(navigator), Some(location)) = (navigator, location) else {
        return Route::NotFound;
    };
    let path = location.path();
    let below = match navigator.basename() {
        Some(base) => path.strip_prefix(base).map(|rest| if rest.is_empty() { "/" } else { rest }),
        None => Some(path),
    };
    below.map_or(Route::NotFound, Route::parse)
}

/// False while rendering what the server rendered, true once the app runs in the browser: for
/// controls that need it, so the first rendering still matches the prerendered page.
#[hook]
pub fn use_mounted() -> bool {
    let mounted = use_state(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |()| mounted.set(true));
    }
    *mounted
}

/// What copying did: the text is on the clipboard, or (where the page may not write to it,
/// e.g. in a sandboxed frame) it is selected for the reader to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyResult {
    Copied,
    Selected,
}

pub mod address;
#[cfg(target_arch = "wasm32")]
mod dom;
mod overview;
mod positions;
mod search;
mod tracker;

pub use browser::{
    close_dialog, copy_text, focus, focus_view_heading, instance_token, set_text, show_modal, site_root,
};
#[cfg(target_arch = "wasm32")]
pub use browser::{keep_hash_a_route, on_arrow_key, show_error_notice, show_errors_on_panic};
pub use overview::{POINT_COUNT_ID, show_point_filter_in_address, show_points_filtered, wire_point_filters};
pub use positions::{
    ISSUE_COUNT_ID, show_positions_filter_in_address, show_positions_filtered, wire_positions_filters,
};
pub use search::{SearchIds, wire_search};
#[cfg(target_arch = "wasm32")]
pub use search::{index_in_app, slash_to_search};
#[cfg(target_arch = "wasm32")]
pub use tracker::wire_status_date;
pub use tracker::{
    STATUS_COUNT_ID, asked_status_date, query_date, show_status_date_in_address, show_statuses_on, with_query_date,
};

/// Which way an arrow key steps through the walkthrough.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
}

impl Step {
    /// The step an arrow key takes in a page written `rtl` or not: the key that points back along
    /// the reading direction goes back (← in English, → in Arabic).
    pub fn of_key(key: &str, rtl: bool) -> Option<Step> {
        match (key, rtl) {
            ("ArrowLeft", false) | ("ArrowRight", true) => Some(Step::Previous),
            ("ArrowRight", false) | ("ArrowLeft", true) => Some(Step::Next),
            _ => None,
        }
    }
}

/// ← and → go to the previous and next view, unless the reader is typing or holds a modifier.
#[hook]
pub fn use_arrow_keys(previous: Option<Route>, next: Option<Route>) {
    let navigator = yew_router::hooks::use_navigator();
    use_effect_with((previous, next), move |&(previous, next)| {
        let listener = navigator.map(|navigator| {
            browser::on_arrow_key(move |step| {
                let route = if step == Step::Previous { previous } else { next };
                route.map(|route| navigator.push(&route)).is_some()
            })
        });
        // The cleanup owns the listener; dropping it on the next change or unmount unsubscribes.
        move || {
            let _listener = listener;
        }
    });
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, KeyboardEvent};

    use super::VIEW_HEADING_ID;
    use crate::route::Route;

    pub fn show_route(route: Route, first_load: bool) {
        gloo::utils::document().set_title(&route.title());
        if !first_load {
            focus_view_heading();
        }
    }

    /// Moves focus to the view's `<h1>`. Focusing scrolls the heading into view, which also
    /// resets the scroll of the last view.
    pub fn focus_view_heading() {
        let heading = gloo::utils::document().get_element_by_id(VIEW_HEADING_ID);
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = heading.focus();
        }
    }

    /// A panic logs to the console and shows the page's error notice; the content stays.
    pub fn show_errors_on_panic() {
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("The app stopped: {info}").into());
            show_error_notice();
        }));
    }

    /// Keeps the hash a route path (`#points/7` becomes `#/points/7`), now and whenever the
    /// reader changes it. Registered before the router's own listener, so it runs first: the
    /// router throws on a hash without its leading slash and would keep the old view.
    pub fn keep_hash_a_route() {
        normalise_hash();
        let window = gloo::utils::window();
        for event in ["popstate", "hashchange"] {
            EventListener::new(&window, event, |_| normalise_hash()).forget();
        }
    }

    fn normalise_hash() {
        let window = gloo::utils::window();
        let Ok(hash) = window.location().hash() else { return };
        if hash.is_empty() || hash.starts_with("#/") {
            return;
        }
        let fixed = format!("#{}", crate::route::path_of_hash(&hash));
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fixed));
        }
    }

    /// The site's absolute root URL (from `<base href>`), e.g. `https://example.org/gaza/`.
    pub fn site_root() -> Option<String> {
        gloo::utils::document().base_uri().ok().flatten()
    }

    /// Four random letters or digits: apart, two copies of an embed code are two frames.
    pub fn instance_token() -> String {
        let n = (js_sys::Math::random() * 36f64.powi(4)) as u32;
        [1, 36, 36 * 36, 36 * 36 * 36].iter().filter_map(|place| char::from_digit(n / place % 36, 36)).collect()
    }

    pub fn show_modal(dialog: &yew::NodeRef) {
        if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
            let _ = dialog.show_modal();
        }
    }

    pub fn close_dialog(dialog: &yew::NodeRef) {
        if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
            dialog.close();
        }
    }

    pub fn focus(element: &yew::NodeRef) {
        if let Some(element) = element.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    /// Rewrites the text of the element with this id, if the page has it.
    pub fn set_text(id: &str, text: &str) {
        if let Some(element) = gloo::utils::document().get_element_by_id(id) {
            element.set_text_content(Some(text));
        }
    }

    /// Copies `text`, or selects it in the field `field_id` when the clipboard is not ours.
    pub fn copy_text(text: String, field_id: &'static str, done: impl FnOnce(super::CopyResult) + 'static) {
        let clipboard = gloo::utils::window().navigator().clipboard();
        yew::platform::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            if copied {
                done(super::CopyResult::Copied);
                return;
            }
            let field = gloo::utils::document().get_element_by_id(field_id);
            if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                let _ = field.focus();
                field.select();
            }
            done(super::CopyResult::Selected);
        });
    }

    /// Unhides the notice in `index.html` that says the interactive part failed.
    pub fn show_error_notice() {
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-app", "failed");
        }
        if let Some(notice) = document.get_element_by_id("app-error").and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            notice.set_hidden(false);
        }
    }

    /// Calls `step` for ← and → (unless the reader is typing or holds a modifier); `step` says
    /// whether it went somewhere, and then the key's default scroll is cancelled.
    pub fn on_arrow_key(step: impl Fn(super::Step) -> bool + 'static) -> EventListener {
        let document = gloo::utils::document();
        // Not passive: the handler cancels the key's default scroll when it navigates.
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&document, "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if event.default_prevented() || event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key()
            {
                return;
            }
            if is_typing_target(event) {
                return;
            }
            let rtl = gloo::utils::document()
                .document_element()
                .and_then(|root| root.get_attribute("dir"))
                .is_some_and(|dir| dir.eq_ignore_ascii_case("rtl"));
            let Some(direction) = super::Step::of_key(&event.key(), rtl) else {
                return;
            };
            if step(direction) {
                event.prevent_default();
            }
        })
    }

    /// Arrow keys move the caret in text fields and change values in selects and sliders.
    fn is_typing_target(event: &KeyboardEvent) -> bool {
        let Some(element) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
            return false;
        };
        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use crate::route::Route;

    /// Stands in for the browser's event listener; there is never one outside wasm.
    pub struct NoListener;

    pub fn show_route(_route: Route, _first_load: bool) {}

    pub fn site_root() -> Option<String> {
        None
    }

    pub fn instance_token() -> String {
        String::new()
    }

    pub fn focus_view_heading() {}

    pub fn show_modal(_dialog: &yew::NodeRef) {}

    pub fn close_dialog(_dialog: &yew::NodeRef) {}

    pub fn focus(_element: &yew::NodeRef) {}

    pub fn set_text(_id: &str, _text: &str) {}

    pub fn copy_text(_text: String, _field_id: &'static str, _done: impl FnOnce(super::CopyResult) + 'static) {}

    pub fn on_arrow_key(_step: impl Fn(super::Step) -> bool + 'static) -> NoListener {
        NoListener
    }
}

#[cfg(test)]
mod tests {
    use super::Step;

    #[test]
    fn the_arrow_keys_follow_the_reading_direction() {
        assert_eq!(Step::of_key("ArrowLeft", false), Some(Step::Previous));
        assert_eq!(Step::of_key("ArrowRight", false), Some(Step::Next));
        assert_eq!(Step::of_key("ArrowLeft", true), Some(Step::Next), "in Arabic, ← reads on");
        assert_eq!(Step::of_key("ArrowRight", true), Some(Step::Previous));
        assert_eq!(Step::of_key("ArrowUp", false), None);
    }
}
