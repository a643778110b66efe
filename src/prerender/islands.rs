//! Islands in the prerendered pages: each mount point gets its island's own hydratable
//! rendering, from the props its attributes give, as the page's script reads them.

use yew::ServerRenderer;

use super::with_attribute;
use crate::components::{EmbedButton, EmbedButtonProps};
use crate::embed::EmbedTarget;

/// How an island reads its props back from its mount point's attributes.
type ReadProps<P> = fn(&dyn Fn(&str) -> Option<String>) -> Option<P>;

/// Replaces what the view rendered in an island's mount point (found by its `data-island`
/// name) with the island's own hydratable rendering, from the props the mount's attributes
/// give, the same way the page's script reads them (src/islands.rs).
pub(super) fn with_island_content<C>(body: String, name: &str, props: ReadProps<C::Properties>) -> String
where
    C: yew::BaseComponent,
    C::Properties: Send,
{
    let needle = format!("data-island=\"{name}\"");
    let Some(mount) = body.find(&needle) else {
        return body;
    };
    let tag_start = body[..mount].rfind('<').unwrap_or(mount);
    let Some(inside) = body[mount..].find('>').map(|end| mount + end + 1) else {
        return body;
    };
    let Some(end) = matching_close(&body, tag_start) else {
        return body;
    };
    let tag = &body[tag_start..inside];
    let Some(props) = props(&|attribute| attribute_value(tag, attribute)) else {
        return body;
    };
    let island = futures::executor::block_on(ServerRenderer::<C>::with_props(move || props).render());
    format!("{}{island}{}", &body[..inside], &body[end..])
}

/// Where the element opened at `start` closes (the index of its closing tag), counting nested
/// elements of the same name: the renderer's own well-formed output, not arbitrary HTML.
fn matching_close(html: &str, start: usize) -> Option<usize> {
    let name: String = html[start + 1..].chars().take_while(char::is_ascii_alphanumeric).collect();
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let next_open = html[at..].find(&open).map(|i| at + i);
        let next_close = html[at..].find(&close).map(|i| at + i)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + open.len();
            }
            _ => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(next_close);
                }
                at = next_close + close.len();
            }
        }
    }
}

/// The unescaped value of `name` in an element's start tag, if it has it.
fn attribute_value(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = start + tag[start..].find('"')?;
    Some(tag[start..end].replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
}

/// Puts the embed button's own hydratable rendering in its mount point, where the page has one,
/// and the measured height in the mount's `data-height` (SiteFooter, which renders in the
/// browser too, knows only the guess).
pub(super) fn with_hydratable_island(body: String, target: EmbedTarget) -> String {
    let Some(mount) = body.find("data-island=\"embed-button\"") else {
        return body;
    };
    let Some(inside) = body[mount..].find('>').map(|end| mount + end + 1) else {
        return body;
    };
    let tag_start = body[..mount].rfind('<').unwrap_or(mount);
    let tag = with_attribute(&body[tag_start..inside], "data-height", &target.height.to_string());
    let island = ServerRenderer::<EmbedButton>::with_props(move || EmbedButtonProps { target });
    let island = futures::executor::block_on(island.render());
    format!("{}{tag}{island}{}", &body[..tag_start], &body[inside..])
}
