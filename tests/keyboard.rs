//! The whole app's walkthrough (the single file and the development server) in a real browser:
//! ← and → step through the points. The site's pages, where the keys follow the prerendered
//! links, are covered end to end (tests/e2e/specs/walkthrough.spec.ts).
//! Runs in headless Chromium via wasm-bindgen-test (`cargo xtask test`).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gaza_plan_explainer::App;
use gaza_plan_explainer::model::POINTS;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    gloo::utils::document()
}

fn path() -> String {
    gloo::utils::window().location().pathname().unwrap_or_default()
}

fn heading() -> String {
    document().query_selector("h1").ok().flatten().and_then(|h| h.text_content()).unwrap_or_default()
}

fn press(key: &str, target: &web_sys::EventTarget, ctrl: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_ctrl_key(ctrl);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("keyboard event");
    target.dispatch_event(&event).expect("dispatch");
}

/// Waits (up to 3 s) for the app to show `path` with `title` in its heading.
async fn shows(path_wanted: &str, title: &str) {
    for _ in 0..300 {
        if path() == path_wanted && heading().contains(title) {
            // The new view's key listener is registered by an effect after its render: a key
            // pressed in between would reach the old view's listener, as no reader could.
            yew::platform::time::sleep(Duration::from_millis(50)).await;
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("expected {path_wanted} with “{title}”, found {} with “{}”", path(), heading());
}

/// Lets pending renders and effects run, then checks nothing moved.
async fn stays(path_wanted: &str, title: &str) {
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(path(), path_wanted);
    assert!(heading().contains(title), "heading is “{}”", heading());
}

fn mount_at(path: &str) -> (yew::AppHandle<App>, Element) {
    gloo::utils::window()
        .history()
        .and_then(|h| h.push_state_with_url(&JsValue::NULL, "", Some(path)))
        .expect("history");
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    (yew::Renderer::<App>::with_root(root.clone()).render(), root)
}

#[wasm_bindgen_test]
async fn arrow_keys_step_forward_and_back_through_the_points() {
    let (app, root) = mount_at("/points/1");
    let body: web_sys::EventTarget = document().body().expect("body").into();
    shows("/points/1", POINTS[0].title).await;

    press("ArrowRight", &body, false);
    shows("/points/2", POINTS[1].title).await;
    press("ArrowRight", &body, false);
    shows("/points/3", POINTS[2].title).await;
    press("ArrowLeft", &body, false);
    shows("/points/2", POINTS[1].title).await;
    press("ArrowLeft", &body, false);
    shows("/points/1", POINTS[0].title).await;

    // Nothing before the first point; a held modifier belongs to the browser.
    press("ArrowLeft", &body, false);
    stays("/points/1", POINTS[0].title).await;
    press("ArrowRight", &body, true);
    stays("/points/1", POINTS[0].title).await;

    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_stop_at_the_last_point_and_leave_text_fields_alone() {
    let (app, root) = mount_at("/points/20");
    let last = POINTS[19].title;
    let body: web_sys::EventTarget = document().body().expect("body").into();
    shows("/points/20", last).await;
    press("ArrowRight", &body, false);
    stays("/points/20", last).await;

    // In a text field the arrow keys move the caret, not the reader.
    let input: web_sys::HtmlInputElement = document().create_element("input").expect("input").unchecked_into();
    root.append_child(&input).expect("append input");
    press("ArrowLeft", &input, false);
    stays("/points/20", last).await;

    press("ArrowLeft", &body, false);
    shows("/points/19", POINTS[18].title).await;

    app.destroy();
    root.remove();
}
