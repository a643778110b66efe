//! Reading the page: what the scripts of prerendered pages (tracker, filters, comparison) share.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// Every element below `root` (a document or an element) that `selector` matches, in order.
pub fn elements(root: &impl AsRef<Node>, selector: &str) -> Vec<Element> {
    let node = root.as_ref();
    let found = match (node.dyn_ref::<Element>(), node.dyn_ref::<Document>()) {
        (Some(element), _) => element.query_selector_all(selector),
        (None, Some(document)) => document.query_selector_all(selector),
        (None, None) => return Vec::new(),
    };
    let Ok(list) = found else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into::<Element>().ok()).collect()
}
