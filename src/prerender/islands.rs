//! Islands in the prerendered pages: every registered island's mount points get the island's own
//! rendering, from the props their attributes give, read as the page's script reads
//! them (src/islands.rs). Through an HTML rewriter (lol_html), as the view is HTML, not a string.

use std::borrow::Cow;

use lol_html::html_content::{ContentType, Element};
use lol_html::{ElementContentHandlers, RewriteStrSettings, Selector, rewrite_str};
use yew::ServerRenderer;

use crate::components::each_island;
use crate::island::{EachIsland, ISLAND_ATTRIBUTE, ISLAND_SELECTOR, Island};

/// `body` with each island's mount points filled. An error names a mount point whose attributes
/// do not read back, or one that names no registered island: the page's script would skip both.
pub(super) fn with_islands(body: &str) -> Result<String, String> {
    fill_islands(body, each_island)
}

/// `body` with the mount points of the islands `register` names filled.
fn fill_islands(body: &str, register: impl FnOnce(&mut Fill)) -> Result<String, String> {
    let mut fill = Fill { handlers: Vec::new(), names: Vec::new(), error: None };
    register(&mut fill);
    let Fill { mut handlers, names, error } = fill;
    if let Some(error) = error {
        return Err(error);
    }
    let unknown = ElementContentHandlers::default().element(move |mount: &mut Element<'_, '_>| {
        match mount.get_attribute(ISLAND_ATTRIBUTE) {
            Some(name) if !names.contains(&name.as_str()) => Err(format!("no island is called `{name}`").into()),
            _ => Ok(()),
        }
    });
    handlers.push((Cow::Owned(selector(ISLAND_SELECTOR)?), unknown));
    let settings =
        handlers.into_iter().fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    rewrite_str(body, settings).map_err(|e| format!("prerendering the islands: {e}"))
}

/// The handlers that fill each island's mount points, one island at a time.
struct Fill {
    handlers: Vec<(Cow<'static, Selector>, ElementContentHandlers<'static>)>,
    names: Vec<&'static str>,
    error: Option<String>,
}

impl EachIsland for Fill {
    fn island<I: Island>(&mut self) {
        self.names.push(I::NAME);
        let fill = ElementContentHandlers::default().element(|mount: &mut Element<'_, '_>| {
            let props = I::from_attributes(|name| mount.get_attribute(name).map(|value| unescape(&value)))
                .ok_or_else(|| format!("island `{}`: its mount point's attributes do not read back", I::NAME))?;
            let renderer = ServerRenderer::<I>::with_props(move || props).hydratable(false);
            let island = futures::executor::block_on(renderer.render());
            mount.set_inner_content(&island, ContentType::Html);
            Ok(())
        });
        match selector(&format!("[{ISLAND_ATTRIBUTE}=\"{}\"]", I::NAME)) {
            Ok(selector) => self.handlers.push((Cow::Owned(selector), fill)),
            Err(error) => self.error = Some(error),
        }
    }
}

fn selector(text: &str) -> Result<Selector, String> {
    text.parse().map_err(|e| format!("island selector `{text}`: {e}"))
}

/// An attribute's value as the browser reads it: the rewriter gives it as written, with the
/// server renderer's entities.
fn unescape(value: &str) -> String {
    html_escape::decode_html_entities(value).into_owned()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use yew::prelude::*;

    use super::*;
    use crate::island::mount;

    /// An island that shows its props, so that what the prerenderer read back can be seen.
    #[derive(Properties, PartialEq, Clone)]
    struct EchoProps {
        text: String,
    }

    #[component]
    fn Echo(props: &EchoProps) -> Html {
        html! { <p>{props.text.clone()}</p> }
    }

    crate::island::island! {
        Echo: "echo", load: |_| crate::island::Load::Page,
        EchoProps { text: "data-text" }
    }

    /// A view with the echo's mount point, as a view writes one.
    #[component]
    fn View(props: &EchoProps) -> Html {
        mount::<Echo>("view__echo", props, html! { <i>{"what the view shows"}</i> })
    }

    fn render<C: BaseComponent<Properties = EchoProps>>(text: &str) -> String {
        let props = EchoProps { text: text.to_owned() };
        futures::executor::block_on(ServerRenderer::<C>::with_props(move || props).hydratable(false).render())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn a_mount_point_gets_its_islands_rendering_from_the_props_it_carries(text in "\\PC{0,40}") {
            let view = render::<View>(&text);
            let filled = fill_islands(&view, |fill| fill.island::<Echo>()).expect("fills");
            let island = render::<Echo>(&text);
            prop_assert_eq!(filled, view.replace("<i>what the view shows</i>", &island));
        }
    }

    #[test]
    fn a_mount_point_names_a_registered_island_and_reads_back() {
        let unknown = with_islands("<div data-island=\"no-such\"></div>").expect_err("no such island");
        assert!(unknown.contains("no island is called `no-such`"), "{unknown}");
        let unreadable = with_islands("<div data-island=\"status-date\" data-on=\"2025-13-01\"></div>");
        assert!(unreadable.expect_err("bad date").contains("`status-date`"));
        assert_eq!(with_islands("<p>no islands</p>").as_deref(), Ok("<p>no islands</p>"));
    }

    #[test]
    fn attributes_are_read_unescaped_as_the_browser_reads_them() {
        assert_eq!(unescape("Tom &amp; &quot;Jerry&quot; &lt;b&gt; it&#39;s"), "Tom & \"Jerry\" <b> it's");
    }
}
