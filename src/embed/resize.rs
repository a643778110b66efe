//! Tells the host page the frame's height whenever it changes (ResizeObserver, so navigation,
//! font loading and reflow at a new width are all covered), in pym.js's and AMP's formats, and
//! answers the two host requests that ask for it. Every other message is ignored.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{MessageEvent, ResizeObserver};

use super::{ChildId, HostRequest, MAX_HEIGHT, pym_message};

/// Keeps the observer and listener alive; dropping it stops reporting.
pub struct HeightReporter {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _on_message: EventListener,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts reporting, if the page is in a frame at all.
pub fn start() -> Option<HeightReporter> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let child_id = window.location().search().ok().and_then(|query| ChildId::from_query(&query));
    let send = {
        let child_id = child_id.clone();
        move || send_height(&parent, child_id.as_ref())
    };
    let on_resize = Closure::<dyn FnMut()>::new(send.clone());
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&gloo::utils::document_element());
    let on_message = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
        if request(&event.data(), child_id.as_ref()).is_some() {
            send();
        }
    });
    Some(HeightReporter { observer, _on_resize: on_resize, _on_message: on_message })
}

/// The host's request in a message's data, if it is one we answer.
fn request(data: &wasm_bindgen::JsValue, child_id: Option<&ChildId>) -> Option<HostRequest> {
    if let Some(text) = data.as_string() {
        return HostRequest::from_pym(&text, child_id);
    }
    if !data.is_object() {
        return None;
    }
    let field = |name: &str| js_sys::Reflect::get(data, &name.into()).ok().and_then(|v| v.as_string());
    HostRequest::from_object(field("sentinel").as_deref(), field("type").as_deref())
}

/// The document's height, in both protocols.
fn send_height(parent: &web_sys::Window, child_id: Option<&ChildId>) {
    let height = gloo::utils::document_element().get_bounding_client_rect().height().ceil();
    let height = height.clamp(0.0, f64::from(MAX_HEIGHT)) as u32;
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
    // Heights are not secret, and the host's origin is not known: any parent may read them.
    let _ = parent.post_message(&amp, "*");
    if let Some(id) = child_id {
        let _ = parent.post_message(&pym_message(id, "height", &height.to_string()).into(), "*");
    }
}
