//! The explainer inside other people's pages: which frame a view is shown in, and the embed codes
//! an editor copies, with the height the build measured for the view.
//!
//! Everything here is pure and runs natively in tests. The frame's height reaches the host page
//! from `assets/embed.js` (pym.js's and AMP's `embed-size` messages), which runs as soon as the
//! page has laid out, long before the wasm would.

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
    /// What a prerendered page or the single file writes in `<div id="app" data-frame>`; the
    /// site writes none.
    pub const fn marker(self) -> Option<&'static str> {
        match self {
            Frame::Site => None,
            Frame::Embed => Some("embed"),
            Frame::SingleFile => Some("single-file"),
        }
    }

    /// The frame a prerendered page or the single file names in `<div id="app" data-frame>`.
    pub fn from_marker(marker: &str) -> Option<Frame> {
        [Frame::Embed, Frame::SingleFile].into_iter().find(|frame| frame.marker() == Some(marker))
    }

    /// The element the app renders into, as a page of this frame writes it.
    pub fn app_root(self) -> String {
        match self.marker() {
            Some(marker) => format!("<div id=\"app\" data-frame=\"{marker}\">"),
            None => "<div id=\"app\">".to_owned(),
        }
    }
}

/// A height never accepted beyond this: no layout is taller (assets/embed.js caps what it sends
/// at the same value).
pub const MAX_HEIGHT: u32 = 100_000;

/// The frame width, in CSS px, at which the build measures every embed's height
/// (`cargo xtask build`, xtask/src/embed_heights.rs): a common width for an article's column.
pub const MEASURE_WIDTH: u32 = 600;

/// The codes an editor pastes into a CMS to embed one view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedCodes {
    pub iframe: String,
    pub pym: String,
}

/// A guess at a view's embed height, where the build measured none (the development server,
/// tests): the prerendered site carries the measured one (src/prerender.rs `Heights`).
pub fn initial_height(route: Route) -> u32 {
    match route {
        Route::Point { .. } => 900,
        Route::Positions => 1400,
        _ => 1000,
    }
}

/// What an embed code needs to know of a view. The prerendered page carries it (as data
/// attributes on the embed button's mount point, `crate::island`), so the page's script needs
/// no content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedTarget {
    /// The view's path below the site root, e.g. `/points/7`.
    pub path: String,
    /// The view's document title, for the frame's accessible name.
    pub title: String,
    /// The frame's height before it reports its own: measured by the build at
    /// [`MEASURE_WIDTH`], else [`initial_height`].
    pub height: u32,
}

impl EmbedTarget {
    pub fn of(route: Route) -> EmbedTarget {
        EmbedTarget { path: route.to_path(), title: route.title(), height: initial_height(route) }
    }
}

/// The embed codes for a view, for a site whose root URL is `site_root` (absolute, ending `/`).
/// `instance` (its letters and digits) ends the pym.js container's id, so that two copies of
/// the code on one page, even of the same view, are two frames rather than one.
pub fn embed_codes(target: &EmbedTarget, site_root: &str, instance: &str) -> EmbedCodes {
    let url = format!("{site_root}{EMBED_SEGMENT}{}", target.path);
    let (embed_url, js_url) = (escape(&url), js_string(&url));
    let title = escape(&target.title);
    let height = target.height;
    let view = target.path.trim_matches('/').replace('/', "-");
    let view = if view.is_empty() { "overview".to_owned() } else { view };
    let instance: String = instance.chars().filter(char::is_ascii_alphanumeric).take(16).collect();
    let id = if instance.is_empty() { format!("gaza-plan-{view}") } else { format!("gaza-plan-{view}-{instance}") };
    // No style attribute, which a host's strict style-src would refuse; and it may scroll, so a
    // narrower column than the measured one, with nothing to resize the frame, still shows it all.
    let iframe = format!(
        "<iframe src=\"{embed_url}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         frameborder=\"0\"></iframe>"
    );
    // pym.js makes its frame at the browser's 150 px; the measured height keeps the space instead.
    let pym = format!(
        "<div id=\"{id}\"></div>\n<script src=\"{site_root}pym.v1.min.js\"></script>\n\
         <script>new pym.Parent(\"{id}\", \"{js_url}\", {{ title: \"{js_title}\" }}).iframe.height = \"{height}\";</script>",
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
    fn every_frame_reads_back_from_the_marker_its_page_writes() {
        for frame in [Frame::Site, Frame::Embed, Frame::SingleFile] {
            let root = frame.app_root();
            let marker = root.split("data-frame=\"").nth(1).and_then(|rest| rest.split('"').next());
            assert_eq!(marker.and_then(Frame::from_marker).unwrap_or(Frame::Site), frame, "{root}");
        }
    }

    #[test]
    fn embed_codes_point_at_the_embed_url_with_a_title_lazy_loading_and_the_height() {
        let route = Route::Point { number: "7".parse().expect("point 7") };
        let target = EmbedTarget { height: 1234, ..EmbedTarget::of(route) };
        let codes = embed_codes(&target, "https://news.example.com/gaza/", "k3x9");
        assert!(
            codes.iframe.starts_with("<iframe src=\"https://news.example.com/gaza/embed/points/7\" title=\"Point 7: ")
        );
        assert!(codes.iframe.contains("loading=\"lazy\"") && codes.iframe.contains("width=\"100%\""));
        assert!(codes.iframe.contains("height=\"1234\""), "{}", codes.iframe);
        assert!(codes.pym.contains("<div id=\"gaza-plan-points-7-k3x9\"></div>"));
        assert!(codes.pym.contains("<script src=\"https://news.example.com/gaza/pym.v1.min.js\"></script>"));
        assert!(
            codes.pym.contains(
                "new pym.Parent(\"gaza-plan-points-7-k3x9\", \"https://news.example.com/gaza/embed/points/7\""
            )
        );
        assert!(codes.pym.ends_with(").iframe.height = \"1234\";</script>"), "{}", codes.pym);
        let overview = embed_codes(&EmbedTarget::of(Route::Overview), "https://x.org/", "");
        assert!(overview.pym.contains("id=\"gaza-plan-overview\""), "{}", overview.pym);
        assert!(overview.iframe.contains("src=\"https://x.org/embed/\""));
    }

    #[test]
    fn the_instance_tells_two_copies_apart_and_cannot_carry_markup() {
        let target = EmbedTarget::of(Route::Timeline);
        let (one, two) = (embed_codes(&target, "/", "a1"), embed_codes(&target, "/", "b2"));
        assert_ne!(one.pym, two.pym);
        assert_eq!(one.iframe, two.iframe);
        let hostile = embed_codes(&target, "/", "\"><script>x</script>");
        assert!(hostile.pym.contains("id=\"gaza-plan-timeline-scriptxscript\""), "{}", hostile.pym);
    }
}
