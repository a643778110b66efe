//! The single-file edition: Trunk's build of the whole app (the `spa` binary, every view in the
//! wasm, routing by `#/points/7`) with every file it loads inlined, so that one downloaded file
//! opens from disk with no network. It starts as every page does, through assets/boot.js, which
//! reads the app's JS and wasm from the same `<meta>` tags, here holding `data:` URLs.

use anyhow::{Context as _, bail};
use base64::Engine as _;
use lol_html::html_content::{Comment, ContentType, Element};
use lol_html::{DocumentContentHandlers, HandlerResult, RewriteStrSettings, element};
use std::path::{Path, PathBuf};

use crate::Result;
use crate::sh::Cmd;

/// The file's name in `dist/`; the app links to it (src/embed.rs `SINGLE_FILE`).
pub const NAME: &str = "gaza-plan-offline.html";

/// Where Trunk builds the whole app for the single file (the dev server has its own dist).
pub fn spa_dist() -> PathBuf {
    crate::root().join("target").join("spa")
}

/// Writes `dist/<NAME>`: a release build of spa.html by Trunk (wasm-opt as for the site), its
/// page given the single file's frame by the prerenderer, then every file inlined.
pub fn write(dist: &Path, lang: &str) -> Result {
    let page = crate::spa::page()?;
    let spa = spa_dist();
    // The whole app holds its edition's content and words (`GAZA_EDITION`): one file per language.
    Cmd::new("trunk")
        .args(["build", "--release", "--offline", "--public-url", "./", "--dist"])
        .arg(&spa)
        .arg(&page)
        .env("GAZA_EDITION", lang)
        .env("CARGO_TARGET_DIR", crate::target_dir(lang))
        .with_tools_path()
        .with_portable_paths()
        .quiet_unless_failed()
        .run()?;
    let index = spa.join("index.html");
    // The app says which frame a page is (src/embed.rs `Frame::marker`), not xtask.
    Cmd::new("cargo")
        .args(["run", "--quiet", "--features", "ssr", "--bin", "prerender", "--", "--single-file"])
        .arg(&index)
        .env("GAZA_EDITION", lang)
        .env("CARGO_TARGET_DIR", crate::target_dir(lang))
        .quiet_unless_failed()
        .run()?;
    let html = inlined(&fs_err::read_to_string(&index)?, &spa)?;
    fs_err::write(dist.join(NAME), html)?;
    Ok(())
}

/// `html` with the files it loads from `dir` inlined: stylesheets as `<style>`, the icon, the
/// app's JS and wasm as `data:` URLs, assets/boot.js as the one script. Embed-only scripts and
/// `<base>` go (a file on disk is no embed, and nothing is left to fetch relative to it), and so
/// do index.html's comments, which are notes on the build for its developers.
fn inlined(html: &str, dir: &Path) -> Result<String> {
    let read = |url: &str| -> Result<Vec<u8>> {
        // The last segment only: Trunk writes every file beside index.html.
        let name = url.rsplit('/').next().unwrap_or(url);
        Ok(fs_err::read(dir.join(name))?)
    };
    let text = |url: &str, closing: &str| -> Result<String> {
        let text = String::from_utf8(read(url)?).with_context(|| format!("{url} is not UTF-8"))?;
        if text.contains(closing) {
            bail!("{url} contains `{closing}` and cannot be inlined");
        }
        Ok(text)
    };
    let data_url = |url: &str, mime: &str| -> Result<String> {
        Ok(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(read(url)?)))
    };
    let attribute = |element: &Element<'_, '_>, name: &str| -> Result<String> {
        element.get_attribute(name).with_context(|| format!("<{}> without {name}", element.tag_name()))
    };
    let style = |element: &mut Element<'_, '_>| -> HandlerResult {
        let css = text(&attribute(element, "href")?, "</style")?;
        element.replace(&format!("<style>\n{css}</style>"), ContentType::Html);
        Ok(())
    };
    let icon = |element: &mut Element<'_, '_>| -> HandlerResult {
        let mime = element.get_attribute("type").unwrap_or_else(|| "image/svg+xml".into());
        element.set_attribute("href", &data_url(&attribute(element, "href")?, &mime)?)?;
        Ok(())
    };
    let app_file = |element: &mut Element<'_, '_>| -> HandlerResult {
        let url = attribute(element, "content")?;
        let mime = if url.ends_with(".wasm") { "application/wasm" } else { "text/javascript" };
        element.set_attribute("content", &data_url(&url, mime)?)?;
        Ok(())
    };
    let script = |element: &mut Element<'_, '_>| -> HandlerResult {
        if element.has_attribute("data-embed-only") {
            element.remove();
            return Ok(());
        }
        let js = text(&attribute(element, "src")?, "</script")?;
        element.remove_attribute("src");
        element.set_inner_content(&format!("\n{js}"), ContentType::Html);
        Ok(())
    };
    let remove = |element: &mut Element<'_, '_>| -> HandlerResult {
        element.remove();
        Ok(())
    };
    // Literal selectors: lol_html's `element!` parses each once, as the code is written.
    // Literal selectors (lol_html's `element!` parses each; a typo fails every build, not a reader).
    let handlers = [
        element!("link[rel=stylesheet]", style),
        element!("link[rel=icon]", icon),
        element!("meta[name=app-js], meta[name=app-wasm]", app_file),
        element!("script[src]", script),
        element!("base", remove),
    ];
    let settings =
        handlers.into_iter().fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    let comments = DocumentContentHandlers::default().comments(|comment: &mut Comment<'_>| {
        comment.remove();
        Ok(())
    });
    lol_html::rewrite_str(html, settings.append_document_content_handler(comments)).context("single file")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk's page for the whole app, as the prerenderer leaves it, and the files it names.
    fn spa_build(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("single-file-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        fs_err::create_dir_all(&dir).expect("folder");
        let files = [
            ("index.html", TRUNK_PAGE),
            ("tokens-1.css", ":root { --a: 1; }"),
            ("base-2.css", "body { margin: 0; }"),
            ("favicon-3.svg", "<svg/>"),
            ("theme-4.js", "theme();"),
            ("embed-5.js", "embed();"),
            ("boot-6.js", "import(meta(\"app-js\"));"),
            ("spa-7.js", "export default function init() {}"),
            ("spa-7_bg.wasm", "\0asm"),
        ];
        for (file, text) in files {
            fs_err::write(dir.join(file), text).expect("file");
        }
        dir
    }

    const TRUNK_PAGE: &str = r#"<!doctype html><html lang="en"><head><title>T</title><base href="./" />
<script src="./theme-4.js" data-embed-only></script><script src="./embed-5.js" data-embed-only defer></script>
<link rel="icon" type="image/svg+xml" href="./favicon-3.svg"/><link rel="stylesheet" href="./tokens-1.css"/>
<link href="./base-2.css" rel="stylesheet"><meta name="app-js" content="./spa-7.js" /><meta name="app-wasm" content="./spa-7_bg.wasm" />
<!-- A note on the build. --><script type="module" src="./boot-6.js"></script></head>
<body><div id="app" data-frame="the-app's-marker"></div><noscript><p>Needs JavaScript.</p></noscript></body></html>"#;

    fn values(html: &str, selector: &str, attribute: &str) -> Vec<String> {
        crate::html::attribute_values(html, selector, &[attribute]).expect("parsed")
    }

    #[test]
    fn the_single_file_starts_through_boot_js_alone_and_loads_nothing() {
        let dir = spa_build("one-start");
        let html = inlined(TRUNK_PAGE, &dir).expect("inlined");
        assert_eq!(values(&html, "script", "type"), ["module"], "one start-up script: {html}");
        assert!(html.contains("<script type=\"module\">\nimport(meta(\"app-js\"));</script>"), "{html}");
        let decoded = |data_url: &str, mime: &str| {
            let base64 = data_url.strip_prefix(&format!("data:{mime};base64,")).expect("a data URL");
            base64::engine::general_purpose::STANDARD.decode(base64).expect("base64")
        };
        let [js] = values(&html, "meta[name=app-js]", "content").try_into().expect("one app-js");
        assert_eq!(decoded(&js, "text/javascript"), b"export default function init() {}");
        let [wasm] = values(&html, "meta[name=app-wasm]", "content").try_into().expect("one app-wasm");
        assert_eq!(decoded(&wasm, "application/wasm"), b"\0asm");
        let [icon] = values(&html, "link[rel=icon]", "href").try_into().expect("one icon");
        assert_eq!(decoded(&icon, "image/svg+xml"), b"<svg/>");
        assert!(
            html.contains("<style>\n:root { --a: 1; }</style>")
                && html.contains("<style>\nbody { margin: 0; }</style>")
        );
        for attribute in ["src", "href"] {
            let urls = values(&html, &format!("[{attribute}]"), attribute);
            assert!(urls.iter().all(|url| url.starts_with("data:")), "{urls:?}");
        }
        assert!(values(&html, "base, link[rel=stylesheet]", "href").is_empty());
        assert!(!html.contains("<!--"), "{html}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_app_root_is_left_as_the_prerenderer_wrote_it() {
        let dir = spa_build("marker");
        let html = inlined(TRUNK_PAGE, &dir).expect("inlined");
        assert_eq!(values(&html, "#app", "data-frame"), ["the-app's-marker"]);
        assert!(html.contains("<noscript><p>Needs JavaScript.</p></noscript>"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_file_that_would_close_its_element_early_is_refused() {
        let dir = spa_build("closing");
        fs_err::write(dir.join("boot-6.js"), "document.write('</script>')").expect("file");
        assert!(inlined(TRUNK_PAGE, &dir).is_err());
        fs_err::write(dir.join("boot-6.js"), "start()").expect("file");
        fs_err::remove_file(dir.join("base-2.css")).expect("remove");
        assert!(inlined(TRUNK_PAGE, &dir).is_err(), "a missing file is an error");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
