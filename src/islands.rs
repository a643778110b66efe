//! What the site's prerendered pages run (the `app` binary): a few islands of behaviour on top
//! of HTML that already holds every word: Yew renders every island registered in
//! [`crate::island::each`] in place of the prerenderer's rendering of it; the rest are listeners. The views and
//! the content stay out of this wasm, so a reader downloads less than half of what the whole app
//! would cost; moving between views is a page load, which the service worker answers offline.
//! The single file and the development server run the whole app instead ([`crate::hooks::start`],
//! the `spa` binary).
//!
//! Only web-sys and the island components themselves: every island reads its props from its
//! mount point's attributes, never from [`crate::model`], whose content would all be linked in.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlAnchorElement};

use crate::components::{ANNOUNCER_ID, announcement_for};
use crate::embed::{EMBED_SEGMENT, Frame};
use crate::hooks::{self, Step};
use crate::island::{EachIsland, ISLAND_ATTRIBUTE, ISLAND_SELECTOR, Island};

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
    render_islands(&document);
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

/// Renders every island mount point the page has, from the props its attributes give: the
/// prerenderer wrote the island's server rendering there (src/prerender/islands.rs). One walk of
/// the page for all islands, and per island only what differs, keeps this wasm small.
fn render_islands(document: &Document) {
    let Ok(mounts) = document.query_selector_all(ISLAND_SELECTOR) else {
        return;
    };
    for index in 0..mounts.length() {
        // A selector matches elements only.
        let Some(mount) = mounts.item(index).map(JsCast::unchecked_into::<Element>) else {
            continue;
        };
        if let Some(name) = mount.get_attribute(ISLAND_ATTRIBUTE) {
            crate::island::each(&mut Hydrate { mount, name });
        }
    }
}

/// One mount point, rendered by the island it names.
struct Hydrate {
    mount: Element,
    name: String,
}

impl EachIsland for Hydrate {
    fn island<I: Island>(&mut self) {
        if self.name != I::NAME {
            return;
        }
        if let Some(props) = I::from_attributes(|name| self.mount.get_attribute(name)) {
            // Rendered afresh rather than hydrated: the same markup, in the same microtask, so the
            // reader sees no change, and Yew's hydration (about 10 KB brotli) stays out of the wasm.
            // Nothing in a mount point can hold what a reader did before: controls start disabled.
            self.mount.set_inner_html("");
            yew::Renderer::<I>::with_root_and_props(self.mount.clone(), props).render();
        }
    }
}
