//! What the site's prerendered pages run, on HTML that already holds every word. Every page runs
//! the base ([`start`], the `app` binary Trunk builds): the keys, focus and an announcement after
//! a link from another view, `/` to search, and in a frame the host's parameters on links; no
//! Yew and no content. Each island has code of its own (the binary src/bin/island-NAME.rs),
//! which assets/boot.js loads only on a page that holds the island's mount
//! point, and only when [`Island::load`] says: a reader of a point page downloads none of the
//! tracker's, the filters' or search's code. That code finds its island's mount points
//! ([`mounts`]) and renders them afresh with Yew ([`render`]) or, where the prerendered markup
//! only needs listeners, wires it with the DOM ([`wire`]).
//! The single file and the development server run the whole app instead ([`crate::start`],
//! the `spa` binary).

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlAnchorElement};

use crate::components::{ANNOUNCER_ID, announcement_for};
use crate::embed::{EMBED_SEGMENT, Frame};
use crate::hooks::{self, Step};
use crate::island::{ISLAND_ATTRIBUTE, Island};

/// Starts what every page does. Islands start from their own code.
pub fn start() {
    show_errors_on_panic();
    let document = gloo::utils::document();
    let Some(site_root) = document.base_uri().ok().flatten() else {
        return;
    };
    let frame = document
        .get_element_by_id("app")
        .and_then(|app| app.get_attribute("data-frame"))
        .and_then(|marker| Frame::from_marker(&marker))
        .unwrap_or(Frame::Site);

    if came_from_this_site(&document, &site_root) {
        hooks::focus_view_heading();
        announce_page(&document);
    }
    // Both live as long as the page: a page load is the only way to leave it.
    hooks::on_arrow_key(follow_walkthrough_link).forget();
    hooks::slash_to_search().forget();
    // The frame's height is assets/embed.js's job: it reports long before this wasm starts.
    if frame == Frame::Embed {
        keep_host_parameters_on_links(&document, &format!("{site_root}{EMBED_SEGMENT}"));
    }
}

/// A panic shows the page's notice and leaves the content as it is (without Yew's hook, which
/// would bring Yew into this wasm).
fn show_errors_on_panic() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("The page's script stopped: {info}").into());
        hooks::show_error_notice();
    }));
}

/// True when the reader followed a link (or an arrow key) from another view of the explainer:
/// then, as the app did for in-app navigation, focus goes to the new heading and the change is
/// announced. A visit from elsewhere starts at the top like any page.
fn came_from_this_site(document: &Document, site_root: &str) -> bool {
    let referrer = document.referrer();
    referrer.starts_with(site_root) && document.url().ok().as_deref() != Some(referrer.as_str())
}

fn announce_page(document: &Document) {
    if let Some(region) = document.get_element_by_id(ANNOUNCER_ID) {
        let template = region.get_attribute("data-say").unwrap_or_default();
        region.set_text_content(Some(&announcement_for(&template, &document.title())));
    }
}

/// ← and → follow the walkthrough's previous and next links (`rel="prev"`/`"next"`), where
/// the page has them.
fn follow_walkthrough_link(step: Step) -> bool {
    let selector = if step == Step::Previous { "a[rel=prev]" } else { "a[rel=next]" };
    let link = gloo::utils::document().query_selector(selector).ok().flatten();
    let Some(href) = link.and_then(|link| link.dyn_into::<HtmlAnchorElement>().ok()).map(|a| a.href()) else {
        return false;
    };
    gloo::utils::window().location().assign(&href).is_ok()
}

/// In a frame, the host's parameters (pym.js's `childId`, `?theme=`, `?accent=`) must survive a
/// link to another embedded view, or the next page could not tell the host its height.
fn keep_host_parameters_on_links(document: &Document, embed_root: &str) {
    let Ok(search) = gloo::utils::window().location().search() else {
        return;
    };
    if search.is_empty() {
        return;
    }
    let links = document.links();
    for index in 0..links.length() {
        let Some(link) = links.item(index).and_then(|l| l.dyn_into::<HtmlAnchorElement>().ok()) else {
            continue;
        };
        if link.href().starts_with(embed_root) && link.search().is_empty() {
            link.set_search(&search);
        }
    }
}

/// Each mount point of the island `I` on this page, with the props its attributes give; one
/// whose attributes do not read back is left as the prerenderer wrote it.
pub fn mounts<I: Island>() -> Vec<(Element, I::Properties)> {
    let selector = format!("[{ISLAND_ATTRIBUTE}=\"{}\"]", I::NAME);
    let Ok(found) = gloo::utils::document().query_selector_all(&selector) else {
        return Vec::new();
    };
    (0..found.length())
        // A selector matches elements only.
        .filter_map(|index| found.item(index).map(JsCast::unchecked_into::<Element>))
        .filter_map(|mount| {
            let props = I::from_attributes(|name| mount.get_attribute(name))?;
            Some((mount, props))
        })
        .collect()
}

/// Renders each mount point of `I` afresh with Yew, from its props.
pub fn render<I: Island>() {
    // Each island's code is a module of its own, with its own panic hook.
    show_errors_on_panic();
    for (mount, props) in mounts::<I>() {
        // Rendered afresh rather than hydrated: the same markup, so the reader sees no change,
        // and Yew's hydration (about 10 KB brotli) stays out of the wasm.
        mount.set_inner_html("");
        yew::Renderer::<I>::with_root_and_props(mount, props).render();
    }
}

/// Brings each mount point of `I` to life with `behave`, for an island whose prerendered markup
/// needs only listeners: no Yew in its code.
pub fn wire<I: Island>(behave: impl Fn(&Element, I::Properties)) {
    // Each island's code is a module of its own, with its own panic hook.
    show_errors_on_panic();
    for (mount, props) in mounts::<I>() {
        behave(&mount, props);
    }
}
