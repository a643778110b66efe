//! What an island is, and the one list of them. An island is a component with a mount point of
//! its own inside prerendered HTML that holds everything else: the view renders the mount point
//! with the props as attributes ([`mount`]); the prerenderer fills it with the island's server
//! rendering (src/prerender/islands.rs), and on the site the island's own code (one small wasm
//! per island, src/bin/island-NAME.rs) brings it to life when [`Island::load`] says, from the props
//! read back (src/islands.rs). Both walk the one list of islands,
//! [`crate::components::each_island`].

use yew::prelude::*;
use yew::virtual_dom::VTag;

/// The attribute that names an island on its mount point.
pub const ISLAND_ATTRIBUTE: &str = "data-island";
/// Every island's mount point.
pub const ISLAND_SELECTOR: &str = "[data-island]";
/// The attribute that says when the island's code loads (assets/boot.js reads it).
pub const LOAD_ATTRIBUTE: &str = "data-load";

/// When an island's code loads on the site, after the page's content has painted; Astro's
/// `client:load` and its interaction-driven kin. Until then the prerendered controls work as
/// plain HTML or wait, in place, for the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    /// With the page: the island changes what the reader sees on arrival (the address's filters).
    Page,
    /// When the reader first reaches for it (pointer over or focus within the mount point's
    /// parent, which holds its field), e.g. search.
    Focus,
    /// On the first press of its button (fetching starts at pointer over or focus), which then
    /// does what it says once the code has come, e.g. the embed dialog.
    Press,
}

impl Load {
    /// The value of [`LOAD_ATTRIBUTE`].
    pub fn as_str(self) -> &'static str {
        match self {
            Load::Page => "page",
            Load::Focus => "focus",
            Load::Press => "press",
        }
    }
}

/// A component with a mount point of its own on a prerendered page. Nothing in one may use
/// [`crate::model`]: the site's wasm would carry the content. Declared with [`island!`].
pub trait Island: BaseComponent<Properties: IslandProps + Send> {
    /// Its mount point's `data-island`, and the name of its code (src/bin/island-NAME.rs).
    const NAME: &'static str;

    /// When its code loads on the site, for a mount point with these props.
    fn load(props: &Self::Properties) -> Load;

    /// The props as the mount point's `data-*` attributes, in the order they are written.
    fn attributes(props: &Self::Properties) -> Vec<(&'static str, String)> {
        props.attributes()
    }

    /// The props back from the attributes [`Island::attributes`] wrote (`attribute` reads one by
    /// name, unescaped); `None` if one is missing or malformed.
    fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<Self::Properties> {
        Self::Properties::from_attributes(attribute)
    }
}

/// An island's props, each in an attribute of its mount point (written by [`island!`]).
pub trait IslandProps: Sized {
    fn attributes(&self) -> Vec<(&'static str, String)>;
    fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<Self>;
}

/// A value a prop holds, as one attribute's text and back.
pub trait Attribute: Sized {
    fn write(&self) -> String;
    /// `None` if `text` is not one this would write.
    fn read(text: &str) -> Option<Self>;
}

/// An island's words: the page carries them, its code holds none.
impl Attribute for gaza_plan_content::words::Phrasebook {
    fn write(&self) -> String {
        self.encode()
    }
    fn read(text: &str) -> Option<Self> {
        Self::decode(text)
    }
}

impl Attribute for String {
    fn write(&self) -> String {
        self.clone()
    }
    fn read(text: &str) -> Option<String> {
        Some(text.to_owned())
    }
}

impl Attribute for bool {
    fn write(&self) -> String {
        if *self { "yes" } else { "no" }.into()
    }
    fn read(text: &str) -> Option<bool> {
        match text {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    }
}

impl Attribute for usize {
    fn write(&self) -> String {
        self.to_string()
    }
    fn read(text: &str) -> Option<usize> {
        text.parse().ok()
    }
}

impl Attribute for u32 {
    fn write(&self) -> String {
        self.to_string()
    }
    fn read(text: &str) -> Option<u32> {
        text.parse().ok()
    }
}

impl Attribute for crate::model::Date {
    fn write(&self) -> String {
        self.iso().to_string()
    }
    fn read(text: &str) -> Option<Self> {
        Self::parse_iso(text)
    }
}

/// Dates separated by spaces.
impl Attribute for Vec<crate::model::Date> {
    fn write(&self) -> String {
        self.iter().map(Attribute::write).collect::<Vec<_>>().join(" ")
    }
    fn read(text: &str) -> Option<Self> {
        text.split(' ').map(crate::model::Date::parse_iso).collect()
    }
}

/// Declares an island in one place: its component, name, when its code loads, and its props,
/// each field with the attribute it is written to; `valid` rejects props that read back but
/// must not be used (a page's attributes are input like any other).
///
/// ```ignore
/// island! {
///     LiveCount: "live-count", load: |_| Load::Page,
///     LiveCountProps { counted: "data-counts", total: "data-total" }
/// }
/// ```
#[macro_export]
macro_rules! island {
    (
        $component:ident: $name:literal, load: $load:expr,
        $props:ident { $($field:ident: $attribute:literal),* $(,)? }
        $(, valid: $valid:expr)? $(,)?
    ) => {
        impl $crate::island::Island for $component {
            const NAME: &'static str = $name;

            fn load(props: &$props) -> $crate::island::Load {
                let load: fn(&$props) -> $crate::island::Load = $load;
                load(props)
            }
        }

        impl $crate::island::IslandProps for $props {
            fn attributes(&self) -> Vec<(&'static str, String)> {
                vec![$(($attribute, $crate::island::Attribute::write(&self.$field))),*]
            }

            fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<$props> {
                let props = $props { $($field: $crate::island::Attribute::read(&attribute($attribute)?)?),* };
                $(
                    let valid: fn(&$props) -> bool = $valid;
                    if !valid(&props) {
                        return None;
                    }
                )?
                Some(props)
            }
        }
    };
}
pub use island;

/// Does something with each kind of island: fill its mount points, start them, check them.
pub trait EachIsland {
    fn island<I: Island>(&mut self);
}

/// An island's mount point as a view renders it: `<div class data-island …attributes>` around
/// `children`, which the whole app shows as they are and the prerenderer replaces with the
/// island's own rendering.
pub fn mount<I: Island>(class: &'static str, props: &I::Properties, children: Html) -> Html {
    let mut tag = VTag::new("div");
    tag.add_attribute(ISLAND_ATTRIBUTE, I::NAME);
    tag.add_attribute(LOAD_ATTRIBUTE, I::load(props).as_str());
    for (name, value) in I::attributes(props) {
        tag.add_attribute(name, value);
    }
    // Last, where `html!` puts it.
    tag.add_attribute("class", class);
    tag.add_child(children);
    tag.into()
}
