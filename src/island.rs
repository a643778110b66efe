//! What an island is, and the one list of them. An island is a component that the site's
//! prerendered pages hydrate on its own, inside HTML that holds everything else: the view
//! renders its mount point with the props as attributes ([`mount`]); the prerenderer fills it
//! with the island's hydratable rendering (src/prerender/islands.rs) and the page's script
//! hydrates it (src/islands.rs), both from the props read back, both by walking [`each`].

use yew::prelude::*;
use yew::virtual_dom::VTag;

pub use crate::components::{
    EmbedButton, EmbedButtonProps, LiveCount, LiveCountProps, SearchIsland, SearchIslandProps, StatusDateIsland,
    StatusDateIslandProps,
};

/// The attribute that names an island on its mount point.
pub const ISLAND_ATTRIBUTE: &str = "data-island";
/// Every island's mount point.
pub const ISLAND_SELECTOR: &str = "[data-island]";

/// A component with a mount point of its own on a prerendered page. Nothing in one may use
/// [`crate::model`]: the site's wasm would carry the content.
pub trait Island: BaseComponent<Properties: Send> {
    /// Its mount point's `data-island`.
    const NAME: &'static str;

    /// The props as the mount point's `data-*` attributes, in the order they are written.
    fn attributes(props: &Self::Properties) -> Vec<(&'static str, String)>;

    /// The props back from the attributes [`Island::attributes`] wrote (`attribute` reads one by
    /// name, unescaped); `None` if one is missing or malformed.
    fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<Self::Properties>;
}

/// Does something with each kind of island: fill its mount points, hydrate them, check them.
pub trait EachIsland {
    fn island<I: Island>(&mut self);
}

/// Every island: the one list that the prerenderer and the page's script walk. Adding an island
/// is its component, its [`Island`] impl and a line here.
pub fn each(each: &mut impl EachIsland) {
    each.island::<EmbedButton>();
    each.island::<StatusDateIsland>();
    each.island::<LiveCount>();
    each.island::<SearchIsland>();
}

/// An island's mount point as a view renders it: `<div class data-island …attributes>` around
/// `children`, which the whole app shows as they are and the prerenderer replaces with the
/// island's own rendering.
pub fn mount<I: Island>(class: &'static str, props: &I::Properties, children: Html) -> Html {
    let mut tag = VTag::new("div");
    tag.add_attribute(ISLAND_ATTRIBUTE, I::NAME);
    for (name, value) in I::attributes(props) {
        tag.add_attribute(name, value);
    }
    // Last, where `html!` puts it.
    tag.add_attribute("class", class);
    tag.add_child(children);
    tag.into()
}
