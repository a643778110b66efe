//! The address bar's query string, which the tracker's date and the overview's filters live in,
//! so that a reader can link to what they see.

/// Replaces the address's query with `with(query)` without a new history entry. In the single
/// file the route, and so its query, lives in the hash (`#/status?on=…`).
#[cfg(target_arch = "wasm32")]
pub fn replace_query(with: impl Fn(&str) -> String) {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else {
        return;
    };
    let address = match hash.split_once('?').unwrap_or((hash.as_str(), "")) {
        (route, query) if route.starts_with("#/") => format!("{path}{route}{}", with(query)),
        _ => format!("{path}{}{hash}", with(&search)),
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// The address's query string: in the single file, the part of the hash after `?`.
#[cfg(target_arch = "wasm32")]
pub fn query() -> String {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    match hash.split_once('?') {
        Some((route, query)) if route.starts_with("#/") => format!("?{query}"),
        _ => location.search().unwrap_or_default(),
    }
}
