//! The explainer inside other people's pages: which frame a view is shown in, the embed codes an
//! editor copies, and the resize protocols host pages speak (pym.js, and AMP's `embed-size`,
//! which `amp-iframe` and `@newswire/frames` use).
//!
//! Everything here is pure and runs natively in tests; `src/embed/resize.rs` wires it to the
//! browser. Messages come from pages we do not control: parse, check, or ignore.

#[cfg(target_arch = "wasm32")]
pub mod resize;

use yew_router::Routable;

use crate::html::escape;
use crate::route::Route;

/// Where a view is shown: the full site, a frame on someone else's page (`/embed/…`), or the
/// single file a reader downloads, which routes by `#/points/7` as it has no server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Frame {
    #[default]
    Site,
    Embed,
    SingleFile,
}

/// The single-file edition's name in `dist/`, beside `index.html`.
pub const SINGLE_FILE: &str = "gaza-plan-offline.html";

/// The path segment below the public URL that embedded views live under.
pub const EMBED_SEGMENT: &str = "embed";

impl Frame {
    /// The router's basename for this frame, from the site's (`/news/gaza` or none).
    pub fn basename(self, site_basename: Option<&str>) -> Option<String> {
        let site = site_basename.unwrap_or("").trim_end_matches('/');
        match self {
            Frame::Site => (!site.is_empty()).then(|| site.to_owned()),
            Frame::Embed => Some(format!("{site}/{EMBED_SEGMENT}")),
            Frame::SingleFile => None,
        }
    }

    /// The frame a prerendered page or the single file names in `<div id="app" data-frame>`.
    pub fn from_marker(marker: &str) -> Option<Frame> {
        match marker {
            "embed" => Some(Frame::Embed),
            "single-file" => Some(Frame::SingleFile),
            _ => None,
        }
    }

    /// The frame a path below the site's basename belongs to.
    pub fn of_path(path: &str, site_basename: Option<&str>) -> Frame {
        let site = site_basename.unwrap_or("").trim_end_matches('/');
        let rest = path.strip_prefix(site).unwrap_or(path);
        let embed = rest.strip_prefix('/').and_then(|r| r.strip_prefix(EMBED_SEGMENT));
        match embed {
            Some(after) if after.is_empty() || after.starts_with('/') => Frame::Embed,
            _ => Frame::Site,
        }
    }
}

/// A height never sent or accepted beyond this: no layout is taller, and a host page should not
/// be told to make a frame absurdly tall.
pub const MAX_HEIGHT: u32 = 100_000;

/// The height messages for the host page: pym.js's string and AMP's object (as JSON-ready
/// parts: the object is built in the browser).
pub fn pym_message(child_id: &ChildId, kind: &str, value: &str) -> String {
    format!("pymxPYMx{}xPYMx{kind}xPYMx{value}", child_id.0)
}

/// The id pym.js gives a child frame in its URL (`?childId=`): the host element's id. Only
/// letters, digits, `-`, `_`, `.` and `:` up to 128 characters are accepted, so it can never
/// carry the delimiter or markup into a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildId(String);

impl ChildId {
    pub fn parse(text: &str) -> Option<ChildId> {
        let ok = !text.is_empty()
            && text.len() <= 128
            && !text.contains("xPYMx")
            && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
        ok.then(|| ChildId(text.to_owned()))
    }

    /// From a page's query string (`?initialWidth=600&childId=x`), if pym.js set one.
    pub fn from_query(query: &str) -> Option<ChildId> {
        query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == "childId")
            .and_then(|(_, value)| ChildId::parse(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a host page may ask of the frame: only ever "tell me your height".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostRequest {
    /// pym.js's parent reports its width (on load and resize) and expects a height back.
    PymWidth(u32),
    /// `@newswire/frames` says it is listening (`{sentinel: "amp", type: "frames-init"}`).
    FramesInit,
}

/// Longest string message considered: pym's are well under this.
const MAX_MESSAGE_LEN: usize = 256;

impl HostRequest {
    /// A pym.js string message addressed to this child, or `None` for anything else.
    pub fn from_pym(data: &str, child_id: Option<&ChildId>) -> Option<HostRequest> {
        if data.len() > MAX_MESSAGE_LEN {
            return None;
        }
        let mut parts = data.split("xPYMx");
        let (sentinel, id, kind, value) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || sentinel != "pym" || kind != "width" || Some(id) != child_id.map(ChildId::as_str) {
            return None;
        }
        let width: u32 = value.parse().ok().filter(|w| (1..=MAX_HEIGHT).contains(w))?;
        Some(HostRequest::PymWidth(width))
    }

    /// An object message's `sentinel` and `type` fields, or `None` unless it is frames' hello.
    pub fn from_object(sentinel: Option<&str>, kind: Option<&str>) -> Option<HostRequest> {
        (sentinel == Some("amp") && kind == Some("frames-init")).then_some(HostRequest::FramesInit)
    }
}

/// The codes an editor pastes into a CMS to embed one view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedCodes {
    pub iframe: String,
    pub pym: String,
}

/// A first guess at a frame's height before it reports its own, per kind of view.
pub fn initial_height(route: Route) -> u32 {
    match route {
        Route::Point { .. } => 900,
        Route::Positions => 1400,
        _ => 1000,
    }
}

/// What an embed code needs to know of a view. The prerendered page carries it (as data
/// attributes on the embed button's mount point), so the page's script needs no content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedTarget {
    /// The view's path below the site root, e.g. `/points/7`.
    pub path: String,
    /// The view's document title, for the frame's accessible name.
    pub title: String,
    /// A first guess at the frame's height ([`initial_height`]).
    pub height: u32,
}

impl EmbedTarget {
    pub fn of(route: Route) -> EmbedTarget {
        EmbedTarget { path: route.to_path(), title: route.title(), height: initial_height(route) }
    }

    /// Back from the mount point's `data-path`, `data-title` and `data-height` (`attribute`
    /// reads one by name; SiteFooter writes them). `None` if one is missing or malformed.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Option<EmbedTarget> {
        let path = attribute("data-path").filter(|p| p.starts_with('/'))?;
        let height = attribute("data-height")?.parse().ok().filter(|h| (1..=MAX_HEIGHT).contains(h))?;
        Some(EmbedTarget { path, title: attribute("data-title")?, height })
    }
}

/// The embed codes for a view, for a site whose root URL is `site_root` (absolute, ending `/`).
pub fn embed_codes(target: &EmbedTarget, site_root: &str) -> EmbedCodes {
    let url = format!("{site_root}{EMBED_SEGMENT}{}", target.path);
    let (embed_url, js_url) = (escape(&url), js_string(&url));
    let title = escape(&target.title);
    let height = target.height;
    let id = format!("gaza-plan-{}", target.path.trim_matches('/').replace('/', "-"));
    let id = if id.ends_with('-') { format!("{id}overview") } else { id };
    let iframe = format!(
        "<iframe src=\"{embed_url}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         scrolling=\"no\" style=\"border:0;width:100%;\"></iframe>"
    );
    let pym = format!(
        "<div id=\"{id}\"></div>\n<script src=\"{site_root}pym.v1.min.js\"></script>\n\
         <script>new pym.Parent(\"{id}\", \"{js_url}\", {{ title: \"{js_title}\" }});</script>",
        js_title = js_string(&target.title),
    );
    EmbedCodes { iframe, pym }
}

/// Text inside a double-quoted JS string in a `<script>`: no quote, backslash or tag can end it.
fn js_string(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('<', "\\u003c").replace('>', "\\u003e")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_map_to_basenames_and_back() {
        assert_eq!(Frame::Site.basename(None), None);
        assert_eq!(Frame::Embed.basename(None).as_deref(), Some("/embed"));
        assert_eq!(Frame::Embed.basename(Some("/news/gaza")).as_deref(), Some("/news/gaza/embed"));
        assert_eq!(Frame::of_path("/embed/points/7", None), Frame::Embed);
        assert_eq!(Frame::of_path("/embed", None), Frame::Embed);
        assert_eq!(Frame::of_path("/embedded", None), Frame::Site);
        assert_eq!(Frame::of_path("/news/gaza/embed/", Some("/news/gaza")), Frame::Embed);
        assert_eq!(Frame::of_path("/points/7", None), Frame::Site);
    }

    #[test]
    fn only_well_formed_pym_width_messages_for_this_child_are_requests() {
        let id = ChildId::parse("gaza-plan-points-7");
        let id = id.as_ref();
        assert_eq!(
            HostRequest::from_pym("pymxPYMxgaza-plan-points-7xPYMxwidthxPYMx640", id),
            Some(HostRequest::PymWidth(640))
        );
        for garbage in [
            "pymxPYMxotherxPYMxwidthxPYMx640",
            "pymxPYMxgaza-plan-points-7xPYMxheightxPYMx640",
            "pymxPYMxgaza-plan-points-7xPYMxnavigateToxPYMxjavascript:alert(1)",
            "pymxPYMxgaza-plan-points-7xPYMxwidthxPYMx-1",
            "pymxPYMxgaza-plan-points-7xPYMxwidthxPYMx99999999999",
            "pymxPYMxgaza-plan-points-7xPYMxwidthxPYMx640xPYMxextra",
            "",
        ] {
            assert_eq!(HostRequest::from_pym(garbage, id), None, "{garbage}");
        }
        assert_eq!(HostRequest::from_pym("pymxPYMxgaza-plan-points-7xPYMxwidthxPYMx640", None), None);
        assert_eq!(HostRequest::from_object(Some("amp"), Some("frames-init")), Some(HostRequest::FramesInit));
        assert_eq!(HostRequest::from_object(Some("amp"), Some("embed-size")), None);
    }

    #[test]
    fn child_ids_cannot_smuggle_delimiters_or_markup() {
        assert!(ChildId::parse("example-graphic_1").is_some());
        for bad in ["", "a\"b", "<script>", "axPYMxb", "a b", &"x".repeat(129)] {
            assert_eq!(ChildId::parse(bad), None, "{bad}");
        }
        assert_eq!(
            ChildId::from_query("?initialWidth=600&childId=gp-7&parentTitle=x").as_ref().map(ChildId::as_str),
            Some("gp-7")
        );
        assert_eq!(ChildId::from_query("?initialWidth=600"), None);
    }

    #[test]
    fn embed_targets_survive_the_trip_through_data_attributes() {
        let target = EmbedTarget::of(Route::Point { number: "7".parse().expect("point 7") });
        let attributes = [
            ("data-path", "/points/7".to_owned()),
            ("data-title", target.title.clone()),
            ("data-height", "900".into()),
        ];
        let read = |name: &str| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        assert_eq!(EmbedTarget::from_attributes(read), Some(target));
        let without_height = |name: &str| read(name).filter(|_| name != "data-height");
        assert_eq!(EmbedTarget::from_attributes(without_height), None);
        let bad_path = |name: &str| if name == "data-path" { Some("javascript:x".into()) } else { read(name) };
        assert_eq!(EmbedTarget::from_attributes(bad_path), None);
    }

    #[test]
    fn embed_codes_point_at_the_embed_url_with_a_title_and_lazy_loading() {
        let route = Route::Point { number: "7".parse().expect("point 7") };
        let codes = embed_codes(&EmbedTarget::of(route), "https://news.example.com/gaza/");
        assert!(
            codes.iframe.starts_with("<iframe src=\"https://news.example.com/gaza/embed/points/7\" title=\"Point 7: ")
        );
        assert!(codes.iframe.contains("loading=\"lazy\"") && codes.iframe.contains("width=\"100%\""));
        assert!(codes.pym.contains("<div id=\"gaza-plan-points-7\"></div>"));
        assert!(codes.pym.contains("<script src=\"https://news.example.com/gaza/pym.v1.min.js\"></script>"));
        assert!(
            codes
                .pym
                .contains("new pym.Parent(\"gaza-plan-points-7\", \"https://news.example.com/gaza/embed/points/7\"")
        );
        let overview = embed_codes(&EmbedTarget::of(Route::Overview), "https://x.org/");
        assert!(overview.pym.contains("id=\"gaza-plan-overview\""), "{}", overview.pym);
        assert!(overview.iframe.contains("src=\"https://x.org/embed/\""));
    }
}
