//! How tall every embed is in a frame [`WIDTH`] px wide, measured in headless Chromium on the
//! embed pages a first prerender wrote; the second prerender puts the heights in the embed
//! codes, the Embed dialog and oEmbed (src/prerender.rs `Heights`), so that a pasted frame holds
//! about the right space before it loads, and a plain iframe with no script is about the right
//! size.
//!
//! One page holds every embed page in a same-origin frame of that width; once all have loaded,
//! it reads each document's height, as `assets/embed.js` would report it. The pages are measured
//! without their scripts, which change nothing in an embed's layout (the e2e tests compare the
//! measured heights with the live pages'), and under a local root, whatever the public URL.

use anyhow::{Context as _, bail};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::Result;
use crate::sh::Cmd;

/// Keep in step with `MEASURE_WIDTH` in src/embed.rs, which oEmbed and the dialog name.
pub const WIDTH: u32 = 600;

/// Measures `dist`'s embed pages (built for `public_url`); returns the JSON file of heights.
pub fn measure(dist: &Path, public_url: &str) -> Result<PathBuf> {
    let name = dist.file_name().map_or_else(|| "dist".into(), |n| n.to_string_lossy().into_owned());
    let scratch = crate::root().join("target").join("embed-heights").join(&name);
    let _ = std::fs::remove_dir_all(&scratch);
    let pages = embed_pages(dist)?;
    if pages.is_empty() {
        bail!("{} has no embed pages to measure", dist.join("embed").display());
    }
    let prefix = format!("/{}/", public_url.split_once("://").map_or(public_url, |(_, rest)| rest).trim_matches('/'));
    let prefix = if prefix == "//" { "/".to_owned() } else { prefix };
    let absolute = public_url.contains("://").then(|| format!("{}/", public_url.trim_end_matches('/')));
    for (dir, page) in pages.values() {
        let html = read(page)?;
        let local = crate::lighthouse::without_scripts(&under_local_root(&html, absolute.as_deref(), &prefix))?;
        write(&scratch.join(dir).join("index.html"), &local)?;
    }
    for file in fs_err::read_dir(dist)? {
        let file = file.with_context(|| format!("cannot list {}", dist.display()))?.path();
        if file.extension().is_some_and(|ext| ext == "css") {
            let target = scratch.join(file.file_name().unwrap_or_default());
            fs_err::copy(&file, &target)?;
        }
    }
    write(&scratch.join("index.html"), &measuring_page(&pages))?;

    crate::setup::chromium()?;
    let port = crate::serve_dist::spawn(&scratch, 0)?;
    let dom = Cmd::new(crate::setup::CHROMIUM)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"])
        .args(["--no-first-run", "--disable-background-networking", "--disable-component-update"])
        .args(["--window-size=800,600", "--virtual-time-budget=20000", "--dump-dom"])
        // A mouse, as on the desktop a 600 px column is read on: headless has none, and the
        // styles hide what only a mouse and keyboard use, such as the arrow keys' tip.
        .arg("--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4")
        .arg(format!("http://127.0.0.1:{port}/"))
        .output()?;
    let heights = parse_heights(&dom)?;
    if let Some(key) = pages.keys().find(|key| !heights.contains_key(*key)) {
        bail!("Chromium measured no height for the embed `{key}`");
    }
    let out = scratch.join("heights.json");
    let json = serde_json::to_string_pretty(&heights).context("cannot write the heights")?;
    write(&out, &json)?;
    Ok(out)
}

/// Every embed page (`embed/…/index.html`), with its folder below `dist`, by the view's key
/// (`overview`, `points-7`, as src/prerender.rs `route_key` names it; it rejects any other).
fn embed_pages(dist: &Path) -> Result<BTreeMap<String, (PathBuf, PathBuf)>> {
    let embeds = dist.join("embed");
    let mut pages = BTreeMap::new();
    for file in crate::files_under(&embeds)? {
        if file.file_name().is_none_or(|name| name != "index.html") {
            continue;
        }
        let dir = file.parent().and_then(|dir| dir.strip_prefix(dist).ok()).unwrap_or(Path::new("embed"));
        pages.insert(view_key(dir), (dir.to_path_buf(), file));
    }
    Ok(pages)
}

/// The view's key from its embed page's folder: `embed/points/7` is `points-7`.
fn view_key(dir: &Path) -> String {
    let parts: Vec<String> = dir.components().skip(1).map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if parts.is_empty() { "overview".to_owned() } else { parts.join("-") }
}

/// The page's URLs under `/` instead of the public URL (absolute, or its path `prefix`).
fn under_local_root(html: &str, absolute: Option<&str>, prefix: &str) -> String {
    let html = match absolute {
        Some(absolute) => html.replace(&format!("\"{absolute}"), "\"/"),
        None => html.to_owned(),
    };
    if prefix == "/" { html } else { html.replace(&format!("\"{prefix}"), "\"/") }
}

fn measuring_page(pages: &BTreeMap<String, (PathBuf, PathBuf)>) -> String {
    let frames: String = pages
        .iter()
        .map(|(key, (dir, _))| {
            let src = format!("/{}/", dir.to_string_lossy());
            format!("<iframe data-key=\"{key}\" src=\"{src}\" width=\"{WIDTH}\" height=\"100\"></iframe>\n")
        })
        .collect();
    format!(
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Embed heights</title>\n\
         <style>body{{margin:0}} iframe{{display:block;border:0}}</style>\n{frames}<pre id=\"heights\"></pre>\n\
         <script>addEventListener(\"load\", () => {{\n  const heights = {{}};\n  \
         for (const frame of document.querySelectorAll(\"iframe\")) {{\n    \
         heights[frame.dataset.key] = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);\n  }}\n  \
         document.getElementById(\"heights\").textContent = JSON.stringify(heights);\n}});</script>\n"
    )
}

/// The heights the measuring page wrote into its DOM.
fn parse_heights(dom: &str) -> Result<BTreeMap<String, u32>> {
    let marker = "<pre id=\"heights\">";
    let json = dom
        .find(marker)
        .map(|at| &dom[at + marker.len()..])
        .and_then(|rest| rest.find("</pre>").map(|end| &rest[..end]))
        .filter(|json| !json.is_empty())
        .context("Chromium's measuring page wrote no heights (did every embed page load?)")?;
    let heights: BTreeMap<String, u32> =
        serde_json::from_str(json).with_context(|| format!("the measured heights are not JSON: {json}"))?;
    if let Some((key, height)) = heights.iter().find(|(_, h)| **h < 100) {
        bail!("the embed `{key}` measured {height} px: its styles cannot have loaded");
    }
    Ok(heights)
}

fn read(path: &Path) -> Result<String> {
    Ok(fs_err::read_to_string(path)?)
}

fn write(path: &Path, contents: &str) -> Result {
    if let Some(dir) = path.parent() {
        fs_err::create_dir_all(dir)?;
    }
    Ok(fs_err::write(path, contents)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_are_keyed_as_the_prerenderer_keys_them() {
        assert_eq!(view_key(Path::new("embed")), "overview");
        assert_eq!(view_key(Path::new("embed/points/7")), "points-7");
        assert_eq!(view_key(Path::new("embed/positions/hostage-release")), "positions-hostage-release");
        assert_eq!(view_key(Path::new("embed/timeline")), "timeline");
    }

    #[test]
    fn pages_built_for_a_public_url_load_from_the_local_root() {
        let html = "<link href=\"https://x.org/gaza/a.css\"><base href=\"https://x.org/gaza/\"><a href=\"/gaza/b\">";
        let local = under_local_root(html, Some("https://x.org/gaza/"), "/gaza/");
        assert_eq!(local, "<link href=\"/a.css\"><base href=\"/\"><a href=\"/b\">");
        assert_eq!(under_local_root("<link href=\"/a.css\">", None, "/"), "<link href=\"/a.css\">");
    }

    #[test]
    fn the_measuring_page_s_output_is_read_or_refused() {
        let dom = "<html><body><pre id=\"heights\">{\"overview\":2100,\"points-7\":1480}</pre></body></html>";
        let heights = parse_heights(dom).expect("parsed");
        assert_eq!(heights.get("points-7"), Some(&1480));
        assert!(parse_heights("<pre id=\"heights\"></pre>").is_err());
        assert!(parse_heights("<pre id=\"heights\">{\"overview\":12}</pre>").is_err(), "unstyled");
        assert!(parse_heights("nothing").is_err());
    }
}
