//! What the site's prerendered pages run (the `app` binary): a few islands of behaviour on top
//! of HTML that already holds every word: Yew hydrates the embed button the prerenderer left in
//! the page; the rest are listeners. The views and the content stay out of this wasm, so a
//! reader downloads less than half of what the whole app would cost; moving between views is a
//! page load, which the service worker answers offline. The single file and the development
//! server run the whole app instead ([`crate::hooks::start`], the `spa` binary).
//!
//! Every island reads what it needs from the page the build wrote, never from [`crate::model`]:
//! using the content here would link all of it into the wasm.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlAnchorElement};

use crate::components::{
    ANNOUNCER_ID, EmbedButton, EmbedButtonProps, StatusDateIsland, StatusDateIslandProps, announcement_for,
};
use crate::embed::{EMBED_SEGMENT, EmbedTarget, Frame};
use crate::hooks::{self, Step};

/// Starts every island on the current page. Each one that finds nothing to do does nothing.
pub fn start() {
    hooks::show_errors_on_panic();
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
    // The frame's height is assets/embed.js's job: it reports long before this wasm starts.
    if frame == Frame::Embed {
        keep_host_parameters_on_links(&document, &format!("{site_root}{EMBED_SEGMENT}"));
    }
    mount_embed_buttons(&document);
    mount_status_date(&document);
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
        region.set_text_content(Some(&announcement_for(&document.title())));
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

/// Hydrates the "Embed this view" island in each mount point the page has: the prerenderer
/// wrote its server rendering there (src/prerender.rs), and it shows itself once mounted.
fn mount_embed_buttons(document: &Document) {
    let Ok(mounts) = document.query_selector_all("[data-island=embed-button]") else {
        return;
    };
    for index in 0..mounts.length() {
        let Some(mount) = mounts.item(index).and_then(|m| m.dyn_into::<Element>().ok()) else {
            continue;
        };
        if let Some(target) = EmbedTarget::from_attributes(|name| mount.get_attribute(name)) {
            yew::Renderer::<EmbedButton>::with_root_and_props(mount, EmbedButtonProps { target }).hydrate();
        }
    }
}

/// Hydrates the tracker's date control on /status from its mount point's attributes; moving it
/// shows that date's statuses from the histories the page holds (hooks::show_statuses_on).
fn mount_status_date(document: &Document) {
    let selector = format!("[data-island={}]", StatusDateIslandProps::NAME);
    let Some(mount) = document.query_selector(&selector).ok().flatten() else {
        return;
    };
    if let Some(props) = StatusDateIslandProps::from_attributes(|name| mount.get_attribute(name)) {
        yew::Renderer::<StatusDateIsland>::with_root_and_props(mount, props).hydrate();
    }
}
