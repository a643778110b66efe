//! Turns every view into a static page at build time: the view's HTML from Yew's server renderer
//! inside Trunk's `index.html`, with the view's own title, description, canonical URL, share
//! card tags and oEmbed discovery link, and the code of the islands it holds (src/islands.rs).
//!
//! Native only (feature `ssr`); run by `cargo xtask build` through `src/bin/prerender.rs`.

pub mod csp;
pub mod data_package;
pub mod feed;
mod islands;
pub mod page_facts;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use yew_router::Routable;

use crate::embed::{EMBED_SEGMENT, EmbedTarget, Frame, MAX_HEIGHT, MEASURE_WIDTH, initial_height};
use crate::html::escape;
use crate::model::{EXPLAINER, PLAN, issue, point};
use crate::route::Route;
use crate::say;
use crate::site_base::SiteBase;
use crate::words::WORDS;

/// Where the built site is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The public URL's path.
    base: SiteBase,
    /// Scheme and host, e.g. `https://news.example.com`, when known: link previews need
    /// absolute URLs. Without it, URLs are root-relative.
    origin: Option<String>,
    /// Each island's code in the build.
    islands: IslandCode,
}

impl Site {
    /// From the public URL the build uses: a path (`/news/gaza-plan/`) or an absolute URL
    /// (`https://news.example.com/news/gaza-plan/`).
    pub fn from_public_url(public_url: &str) -> Result<Site, String> {
        let (origin, path) = match public_url.split_once("://") {
            Some((scheme, rest)) => {
                if scheme != "https" && scheme != "http" {
                    return Err(format!("public URL `{public_url}`: only http and https can be published to"));
                }
                let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
                if host.is_empty() {
                    return Err(format!("public URL `{public_url}` has no host"));
                }
                (Some(format!("{scheme}://{host}")), path)
            }
            None => (None, public_url),
        };
        let path = path.trim_matches('/');
        if path.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '?' | '#' | '\\')) {
            return Err(format!("public URL `{public_url}`: the path may not contain spaces, quotes, ? or #"));
        }
        Ok(Site { base: SiteBase::new(&format!("/{path}")), origin, islands: IslandCode::default() })
    }

    /// The site with its islands' code, which pages that hold an island name.
    pub fn with_islands(self, islands: IslandCode) -> Site {
        Site { islands, ..self }
    }

    /// The public URL's path: `/news/gaza-plan`, or empty at the root.
    pub fn base(&self) -> &SiteBase {
        &self.base
    }

    /// The URL of a file or view below the site, e.g. `points/7` or `share/overview.png`.
    pub fn url(&self, below: &str) -> String {
        let path = self.base.join(&format!("/{}", below.trim_start_matches('/')));
        format!("{}{path}", self.origin.as_deref().unwrap_or(""))
    }
}

/// Each island's own code in the build (src/islands.rs): its JS and wasm files in
/// [`IslandCode::DIR`], by island name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IslandCode(BTreeMap<String, (String, String)>);

impl IslandCode {
    /// The build's folder of island code (written by `cargo xtask build`).
    pub const DIR: &'static str = "islands";

    /// From the names of the files in [`IslandCode::DIR`], `NAME-HASH.js` beside
    /// `NAME-HASH_bg.wasm` as wasm-bindgen names them; an error names a file without its pair.
    pub fn from_files<'a>(files: impl IntoIterator<Item = &'a str>) -> Result<IslandCode, String> {
        let files: Vec<&str> = files.into_iter().collect();
        let mut code = BTreeMap::new();
        for js in files.iter().filter(|file| file.ends_with(".js")) {
            let stem = &js[..js.len() - ".js".len()];
            let wasm = format!("{stem}_bg.wasm");
            let (name, _hash) = stem.rsplit_once('-').ok_or_else(|| format!("{js}: expected NAME-HASH.js"))?;
            if !files.contains(&wasm.as_str()) {
                return Err(format!("{js} has no {wasm} beside it"));
            }
            if code.insert(name.to_owned(), ((*js).to_owned(), wasm)).is_some() {
                return Err(format!("two builds of the island `{name}`'s code"));
            }
        }
        Ok(IslandCode(code))
    }

    /// A `<meta name="island">` for each island `body` holds, naming its code for
    /// assets/boot.js; none for an island it does not hold.
    fn tags(&self, body: &str, site: &Site) -> String {
        let mut tags = String::new();
        let mut named = Vec::new();
        for rest in body.split(&format!("{}=\"", crate::island::ISLAND_ATTRIBUTE)).skip(1) {
            let name = rest.split('"').next().unwrap_or_default();
            if named.contains(&name) {
                continue;
            }
            named.push(name);
            if let Some((js, wasm)) = self.0.get(name) {
                let url = |file: &str| escape(&site.base().join(&format!("/{}/{file}", Self::DIR)));
                let _ = write!(tags, "\n    <meta name=\"island\" content=\"{name} {} {}\" />", url(js), url(wasm));
            }
        }
        tags
    }
}

/// One file of the prerendered site, relative to `dist/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub contents: String,
}

/// The file a route's page is written to: `points/7/index.html`, or `404.html` for not-found;
/// embeds below `embed/`.
pub fn page_path(route: Route, frame: Frame) -> String {
    let file = match route {
        Route::NotFound => "404.html".into(),
        Route::Overview => "index.html".into(),
        other => format!("{}/index.html", other.to_path().trim_matches('/')),
    };
    match frame {
        Frame::Site | Frame::SingleFile => file,
        Frame::Embed => format!("{EMBED_SEGMENT}/{file}"),
    }
}

/// A short name for the route, for its share card and oEmbed files: `overview`, `points-7`.
pub fn route_key(route: Route) -> String {
    match route {
        Route::Overview => "overview".into(),
        other => other.to_path().trim_matches('/').replace('/', "-"),
    }
}

/// How tall each view's embed is in a frame [`MEASURE_WIDTH`] px wide, by route key
/// (`points-7`): measured by `cargo xtask build` in Chromium on the embed pages of a first
/// prerender (xtask/src/embed_heights.rs), then written into the embed codes and oEmbed by a
/// second. Without a measurement (tests), each view gets [`initial_height`]'s guess.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Heights(BTreeMap<String, u32>);

impl Heights {
    /// From the measurement's JSON object, `{"points-7": 1234, …}`: every view, a sane height each.
    pub fn from_json(text: &str) -> Result<Heights, String> {
        let heights: BTreeMap<String, u32> =
            serde_json::from_str(text).map_err(|e| format!("not a JSON object of heights in px: {e}"))?;
        let keys: Vec<String> = Route::all().into_iter().map(route_key).collect();
        if let Some(key) = heights.keys().find(|key| !keys.contains(key)) {
            return Err(format!("a height for `{key}`, which is no view"));
        }
        if let Some(key) = keys.iter().find(|key| !heights.contains_key(*key)) {
            return Err(format!("no height for the view `{key}`"));
        }
        if let Some((key, height)) = heights.iter().find(|(_, h)| !(1..=MAX_HEIGHT).contains(*h)) {
            return Err(format!("`{key}`: {height} px is not a height a view can have"));
        }
        Ok(Heights(heights))
    }

    /// The view's embed height: measured, else guessed.
    pub fn of(&self, route: Route) -> u32 {
        self.0.get(&route_key(route)).copied().unwrap_or_else(|| initial_height(route))
    }

    fn target(&self, route: Route) -> EmbedTarget {
        EmbedTarget { height: self.of(route), ..EmbedTarget::of(route) }
    }
}

/// Every page and oEmbed document for the site, from Trunk's `index.html`, and the `_headers`
/// file with the site's Content-Security-Policy; embed codes carry `heights`.
pub fn site(template: &str, site: &Site, heights: &Heights) -> Result<Vec<File>, String> {
    let policy = csp::policy(&csp::inline_scripts(template));
    let mut files = vec![File { path: "_headers".into(), contents: csp::headers_file(&policy) }];
    for route in Route::all() {
        for frame in [Frame::Site, Frame::Embed] {
            files.push(File { path: page_path(route, frame), contents: page(template, route, frame, site, heights)? });
        }
        files.push(File { path: format!("oembed/{}.json", route_key(route)), contents: oembed(route, site, heights) });
    }
    files.push(File { path: "manifest.webmanifest".into(), contents: manifest(site) });
    for (path, contents) in data_package::files()? {
        files.push(File { path, contents });
    }
    for scope in feed::Scope::all() {
        files.push(File { path: scope.path(), contents: feed::feed(scope, site)? });
    }
    let index = crate::search::write_index(&crate::search::entries());
    files.push(File { path: crate::search::INDEX_FILE.into(), contents: index });
    let not_found = page(template, Route::NotFound, Frame::Site, site, heights)?;
    files.push(File { path: page_path(Route::NotFound, Frame::Site), contents: not_found });
    Ok(files)
}

/// The view's body HTML, as the server renderer gives it, with every island's mount point filled
/// (src/prerender/islands.rs), without Yew's hydration markers: islands are rendered afresh or
/// wired, never hydrated (src/islands.rs), so markers would be bytes each reader downloads for
/// nothing.
pub fn body(route: Route, frame: Frame, site: &Site, heights: &Heights) -> Result<String, String> {
    // Not-found renders at its own path, `/404`.
    let path = site.base().of_frame(frame).join(&route.to_path());
    let (site_base, embed_height) = (site.base().clone(), Some(heights.of(route)));
    let body = islands::with_islands(&crate::render_path(path, site_base, frame, embed_height))?;
    only_used_definitions(&body)
}

/// `body` with only the glossary definitions its terms open: the whole app holds every one (its
/// views change under them), a static page only those a button on it names (`popovertarget`),
/// which on /positions, whose cells mark none, is every byte of the 21.
pub fn only_used_definitions(body: &str) -> Result<String, String> {
    use lol_html::html_content::Element;
    use lol_html::{ElementContentHandlers, RewriteStrSettings};
    let used: std::collections::BTreeSet<&str> =
        body.split("popovertarget=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    let unused = ElementContentHandlers::default().element(|popover: &mut Element<'_, '_>| {
        if !popover.get_attribute("id").is_some_and(|id| used.contains(id.as_str())) {
            popover.remove();
        }
        Ok(())
    });
    let selector = ".term-popovers > [popover]".parse::<lol_html::Selector>().map_err(|e| e.to_string())?;
    let settings =
        RewriteStrSettings::new().append_element_content_handler((std::borrow::Cow::Owned(selector), unused));
    lol_html::rewrite_str(body, settings).map_err(|err| format!("the glossary's definitions: {err}"))
}

/// Each item with its place (from 1) among the items of its day, in the data's order: how the
/// feeds and the data package key what has no id of its own, so a new day's item changes no
/// older key.
pub fn numbered_by_day<T>(items: &[T], date: impl Fn(&T) -> crate::model::Date) -> impl Iterator<Item = (usize, &T)> {
    items
        .iter()
        .enumerate()
        .map(move |(i, item)| (1 + items[..i].iter().filter(|other| date(other) == date(item)).count(), item))
}

/// The element the app renders into, empty in Trunk's `index.html`.
pub const APP_ROOT: &str = "<div id=\"app\"></div>";

/// Trunk's `index.html` in this edition: `<html>` given the edition's `lang` and `dir`, and each
/// element marked `data-words="KEY"` (the notices every page holds) given that text of the table.
pub fn localized(template: &str) -> Result<String, String> {
    use lol_html::html_content::{ContentType, Element};
    use lol_html::{ElementContentHandlers, RewriteStrSettings};
    let words = |key: &str| match key {
        "notice_updated" => Some(WORDS.notice_updated),
        "notice_reload" => Some(WORDS.notice_reload),
        "notice_no_start" => Some(WORDS.notice_no_start),
        "notice_new" => Some(WORDS.notice_new),
        _ => None,
    };
    let unknown = std::cell::RefCell::new(None);
    let html = ElementContentHandlers::default().element(|html: &mut Element<'_, '_>| {
        html.set_attribute("lang", WORDS.edition_lang)?;
        html.set_attribute("dir", WORDS.edition_dir)?;
        Ok(())
    });
    let marked = ElementContentHandlers::default().element(|marked: &mut Element<'_, '_>| {
        let key = marked.get_attribute("data-words").unwrap_or_default();
        match words(&key) {
            Some(text) => marked.set_inner_content(text, ContentType::Text),
            None => *unknown.borrow_mut() = Some(key),
        }
        marked.remove_attribute("data-words");
        Ok(())
    });
    let selector = |text: &str| text.parse::<lol_html::Selector>().map_err(|e| format!("{text}: {e}"));
    let settings = RewriteStrSettings::new()
        .append_element_content_handler((std::borrow::Cow::Owned(selector("html")?), html))
        .append_element_content_handler((std::borrow::Cow::Owned(selector("[data-words]")?), marked));
    let page = lol_html::rewrite_str(template, settings).map_err(|err| format!("index.html: {err}"))?;
    match unknown.into_inner() {
        Some(key) => Err(format!("index.html: data-words=\"{key}\" names no text of the interface table")),
        None => Ok(page),
    }
}

/// One complete page: the template with the view's head tags and its rendered view.
pub fn page(template: &str, route: Route, frame: Frame, site: &Site, heights: &Heights) -> Result<String, String> {
    let template = &localized(template)?;
    let template = &if frame == Frame::Embed { template.to_owned() } else { without_embed_only(template) };
    let title_start = template.find("<title>").ok_or("index.html has no <title>")?;
    let title_end = template[title_start..].find("</title>").ok_or("index.html: <title> is not closed")?
        + title_start
        + "</title>".len();
    let root = template.find(APP_ROOT).ok_or_else(|| format!("index.html has no empty {APP_ROOT}"))?;
    if root < title_end {
        return Err("index.html: expected <title> in <head> before the app's root element".into());
    }
    let root_end = root + APP_ROOT.len();
    let mut html = String::with_capacity(template.len() + 16 * 1024);
    let body = body(route, frame, site, heights)?;
    html.push_str(&template[..title_start]);
    html.push_str(&head_tags(route, frame, site));
    html.push_str(&site.islands.tags(&body, site));
    html.push_str(&template[title_end..root]);
    // The page's script reads the frame back from here.
    html.push_str(&frame.app_root());
    html.push_str(&body);
    html.push_str("</div>");
    html.push_str(&template[root_end..]);
    Ok(html)
}

/// The template without the scripts marked `data-embed-only` (theme parameters for embeds).
fn without_embed_only(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("<script") {
        let end = rest[start..].find("</script>").map_or(rest.len(), |end| start + end + "</script>".len());
        let tag_end = rest[start..].find('>').map_or(end, |end| start + end);
        out.push_str(&rest[..start]);
        if !rest[start..tag_end].contains("data-embed-only") {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `<title>` and the tags search engines and link previews read.
pub fn head_tags(route: Route, frame: Frame, site: &Site) -> String {
    let title = escape(&route.title());
    let description = escape(&route.description());
    let mut tags = format!("<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\" />\n");
    let mut tag = |line: String| {
        let _ = writeln!(tags, "    {line}");
    };
    if frame == Frame::Site {
        tag(format!("<link rel=\"manifest\" href=\"{}\" />", escape(&site.url("manifest.webmanifest"))));
        tag(format!("<meta name=\"theme-color\" content=\"{THEME_COLOR}\" />"));
    }
    if route == Route::NotFound || frame == Frame::Embed {
        // Embeds are copies of views: search engines should index the view itself.
        tag("<meta name=\"robots\" content=\"noindex\" />".into());
    }
    if route == Route::NotFound {
        return tags.trim_end().to_owned();
    }
    let url = escape(&site.url(&route.to_path()));
    let image = escape(&site.url(&format!("share/{}.png", route_key(route))));
    let oembed = escape(&site.url(&format!("oembed/{}.json", route_key(route))));
    tag(format!("<link rel=\"canonical\" href=\"{url}\" />"));
    if frame == Frame::Embed {
        // Previews, editions and oEmbed are the view's, whose page the canonical link names:
        // bytes every embed's reader would fetch for nothing.
        return tags.trim_end().to_owned();
    }
    // The same view in each edition, this one's included, as search engines ask.
    let other = site.origin.as_deref().unwrap_or("").to_owned()
        + &site.base().other_edition(WORDS.edition_lang, &route.to_path());
    for (lang, href) in [(WORDS.edition_lang, url.clone()), (WORDS.edition_other_lang, escape(&other))] {
        tag(format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\" />"));
    }
    tag(format!("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\" title=\"{title}\" />"));
    tag(page_facts::json_ld(route, site));
    for scope in feed::Scope::of_route(route) {
        let (href, feed_title) = (escape(&site.url(&scope.path())), escape(&scope.title()));
        tag(format!("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{href}\" title=\"{feed_title}\" />"));
    }
    tag("<meta property=\"og:type\" content=\"article\" />".into());
    tag(format!("<meta property=\"og:site_name\" content=\"{}\" />", escape(EXPLAINER.title)));
    tag(format!("<meta property=\"og:title\" content=\"{title}\" />"));
    tag(format!("<meta property=\"og:description\" content=\"{description}\" />"));
    tag(format!("<meta property=\"og:url\" content=\"{url}\" />"));
    tag(format!("<meta property=\"og:image\" content=\"{image}\" />"));
    tag(format!("<meta property=\"og:image:width\" content=\"{CARD_WIDTH}\" />"));
    tag(format!("<meta property=\"og:image:height\" content=\"{CARD_HEIGHT}\" />"));
    tag(format!("<meta property=\"og:image:alt\" content=\"{title}\" />"));
    tag("<meta name=\"twitter:card\" content=\"summary_large_image\" />".into());
    tag(format!("<meta name=\"twitter:title\" content=\"{title}\" />"));
    tag(format!("<meta name=\"twitter:description\" content=\"{description}\" />"));
    tag(format!("<meta name=\"twitter:image\" content=\"{image}\" />"));
    tags.trim_end().to_owned()
}

/// The colour browsers use for the installed app's title bar: the explainer's navy.
const THEME_COLOR: &str = "#1d3b53";

/// The web app manifest: what Chromium needs to offer installing the explainer. Icons are made
/// by `cargo xtask build` (xtask/src/images.rs).
pub fn manifest(site: &Site) -> String {
    let icon = |src: &str, size: u32, purpose: &str| serde_json::json!({ "src": site.url(src), "sizes": format!("{size}x{size}"), "type": "image/png", "purpose": purpose });
    let manifest = serde_json::json!({
        "name": EXPLAINER.title,
        "short_name": WORDS.app_short_name,
        "description": EXPLAINER.standfirst,
        "lang": WORDS.edition_lang,
        "dir": WORDS.edition_dir,
        "id": site.url(""),
        "start_url": site.url(""),
        "scope": site.url(""),
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            icon("icons/icon-192.png", 192, "any"),
            icon("icons/icon-512.png", 512, "any"),
            icon("icons/icon-maskable-512.png", 512, "maskable"),
        ],
    });
    serde_json::to_string_pretty(&manifest).unwrap_or_default()
}

/// Share cards are the size link previews ask for.
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// The page a share card is screenshotted from: the view's title on the explainer's colours.
pub fn share_card(route: Route) -> String {
    let (kicker, title) = match route {
        Route::Overview => (say!(card_overview, count = PLAN.point_count), EXPLAINER.title.to_owned()),
        Route::Point { number } => {
            (say!(card_point, number = number, count = PLAN.point_count), point(number).title.into())
        }
        Route::Issue { slug } => (WORDS.card_issue.to_owned(), issue(slug).title.into()),
        other => (EXPLAINER.title.to_owned(), other.title().split(" | ").next().unwrap_or_default().to_owned()),
    };
    format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><meta charset=\"utf-8\"><style>\
         html,body{{margin:0;width:{CARD_WIDTH}px;height:{CARD_HEIGHT}px;overflow:hidden}}\
         body{{box-sizing:border-box;padding:72px 80px;display:flex;flex-direction:column;justify-content:space-between;\
         background:#12263a;color:#fff;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif}}\
         .kicker{{font-size:34px;letter-spacing:.04em;text-transform:uppercase;color:#f2c14e;margin:0}}\
         h1{{font-size:76px;line-height:1.08;margin:0;max-height:4.4em;overflow:hidden}}\
         .foot{{font-size:28px;color:#c9d6e3;margin:0;border-top:4px solid #f2c14e;padding-top:24px}}\
         </style><body><p class=\"kicker\">{}</p><h1>{}</h1><p class=\"foot\">{}</p></body></html>",
        WORDS.edition_lang,
        WORDS.edition_dir,
        escape(&kicker),
        escape(&title),
        escape(&say!(card_foot, title = EXPLAINER.title, date = crate::words::date(EXPLAINER.as_of))),
    )
}

/// oEmbed 1.0 `rich` response for a view (<https://oembed.com/>): the iframe an editor's CMS
/// would paste, as tall as the view is at the width it names.
pub fn oembed(route: Route, site: &Site, heights: &Heights) -> String {
    #[derive(Serialize)]
    struct OEmbed {
        version: &'static str,
        #[serde(rename = "type")]
        kind: &'static str,
        title: String,
        provider_name: &'static str,
        provider_url: String,
        url: String,
        html: String,
        width: u32,
        height: u32,
        thumbnail_url: String,
        thumbnail_width: u32,
        thumbnail_height: u32,
    }
    let url = site.url(&route.to_path());
    let target = heights.target(route);
    let height = target.height;
    let html = crate::embed::embed_codes(&target, &site.url(""), "").iframe;
    let document = OEmbed {
        version: "1.0",
        kind: "rich",
        title: route.title(),
        provider_name: EXPLAINER.title,
        provider_url: site.url(""),
        url,
        html,
        width: MEASURE_WIDTH,
        height,
        thumbnail_url: site.url(&format!("share/{}.png", route_key(route))),
        thumbnail_width: CARD_WIDTH,
        thumbnail_height: CARD_HEIGHT,
    };
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_become_a_base_path_and_an_optional_origin() {
        let root = Site::from_public_url("/").unwrap();
        assert_eq!(root.url("points/7"), "/points/7");
        assert_eq!(root.base().as_str(), "");
        let sub = Site::from_public_url("/news/gaza-plan").unwrap();
        assert_eq!(sub.url("/points/7"), "/news/gaza-plan/points/7");
        assert_eq!(sub.base().as_str(), "/news/gaza-plan");
        let absolute = Site::from_public_url("https://news.example.com/gaza/").unwrap();
        assert_eq!(absolute.url("share/overview.png"), "https://news.example.com/gaza/share/overview.png");
        assert!(Site::from_public_url("javascript://x/").is_err());
        assert!(Site::from_public_url("/a\"b/").is_err());
    }
}
