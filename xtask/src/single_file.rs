//! The single-file edition: Trunk's page with the CSS inlined and the whole app (the `spa`
//! binary, every view in the wasm) in place of the site's islands, routing by `#/points/7`, so
//! that one downloaded file opens from disk with no network.

use anyhow::{Context as _, bail};
use std::path::{Path, PathBuf};

use base64::Engine as _;

use crate::Result;
use crate::sh::Cmd;

/// The file's name in `dist/`; the app links to it (src/embed.rs `SINGLE_FILE`).
pub const NAME: &str = "gaza-plan-offline.html";

/// Builds the whole app the way Trunk builds the site's script (release, wasm-bindgen for the
/// web, wasm-opt -Oz) into `target/spa/`; returns its JS and wasm. With the site's features
/// (index.html), so both binaries share one build of the dependencies.
fn build_spa() -> Result<(PathBuf, PathBuf)> {
    Cmd::new("cargo")
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "--features", "hydration", "--bin", "spa"])
        .with_portable_paths()
        .quiet_unless_failed()
        .run()?;
    let target = crate::root().join("target");
    let out = target.join("spa");
    Cmd::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&out)
        .arg(target.join("wasm32-unknown-unknown").join("release").join("spa.wasm"))
        .quiet_unless_failed()
        .run()?;
    let wasm = out.join("spa_bg.wasm");
    Cmd::new("wasm-opt").arg("-Oz").arg(&wasm).arg("-o").arg(&wasm).with_tools_path().quiet_unless_failed().run()?;
    Ok((out.join("spa.js"), wasm))
}

/// Writes `dist/<NAME>` from Trunk's `dist/index.html` (before it is prerendered).
pub fn write(dist: &Path) -> Result {
    let (spa_js, spa_wasm) = build_spa()?;
    let read_path =
        |path: &Path| std::fs::read(path).with_context(|| format!("single file: cannot read {}", path.display()));
    let read = |name: &str| read_path(&dist.join(name));
    let text = |name: &str| read(name).map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
    let template = text("index.html")?;
    let file_name = |url: &str| url.rsplit('/').next().unwrap_or(url).to_owned();

    let mut css = String::new();
    for href in attribute_values(&template, "<link rel=\"stylesheet\"", "href") {
        css.push_str(&text(&file_name(&href))?);
        css.push('\n');
    }
    let module = String::from_utf8_lossy(&read_path(&spa_js)?).into_owned();
    if module.contains("</script") || css.contains("</style") {
        bail!("single file: the JS or CSS contains a closing tag and cannot be inlined");
    }
    let wasm = base64::engine::general_purpose::STANDARD.encode(read_path(&spa_wasm)?);
    let icon = attribute_values(&template, "<link rel=\"icon\"", "href").into_iter().next();
    let icon = match icon {
        Some(href) => format!(
            "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\" />",
            base64::engine::general_purpose::STANDARD.encode(read(&file_name(&href))?)
        ),
        None => String::new(),
    };

    let head_end = template.find("</head>").context("single file: index.html has no </head>")?;
    let title_end = template.find("</title>").context("single file: index.html has no <title>")? + "</title>".len();
    let body_start = template[head_end..].find("<body>").context("single file: index.html has no <body>")? + head_end;
    let body = template[body_start..].replacen(
        "<div id=\"app\"></div>",
        "<div id=\"app\" data-frame=\"single-file\"></div>\n    \
         <noscript><p>This offline edition needs JavaScript. The same explainer is on the web.</p></noscript>",
        1,
    );
    let page = format!(
        "{head}\n    {icon}\n    <style>\n{css}</style>\n    <script type=\"module\">\n{module}\n\
         const bytes = Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0));\n\
         __wbg_init({{ module_or_path: bytes }}).then(\n  () => {{ document.documentElement.dataset.app = \"ready\"; }},\n  \
         (error) => {{ document.documentElement.dataset.app = \"failed\"; \
         document.getElementById(\"app-error\").hidden = false; console.warn(\"The app could not start:\", error); }},\n);\n\
         </script>\n  </head>\n  {body}",
        head = &template[..title_end],
    );
    std::fs::write(dist.join(NAME), page).with_context(|| format!("single file: cannot write {NAME}"))
}

/// The values of `attribute` in every tag that starts with `tag_start`.
fn attribute_values(html: &str, tag_start: &str, attribute: &str) -> Vec<String> {
    let needle = format!("{attribute}=\"");
    html.match_indices(tag_start)
        .filter_map(|(at, _)| {
            let tag = &html[at..at + html[at..].find('>')?];
            let value = &tag[tag.find(&needle)? + needle.len()..];
            Some(value[..value.find('"')?].to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_from_the_tags_that_carry_them() {
        let html = "<link rel=\"stylesheet\" href=\"/a.css\"/><link rel=\"stylesheet\" href=\"/b.css\" x=\"1\"/>\
                    <meta name=\"app-js\" content=\"/app-1.js\" />";
        assert_eq!(attribute_values(html, "<link rel=\"stylesheet\"", "href"), ["/a.css", "/b.css"]);
        assert_eq!(attribute_values(html, "<meta name=\"app-js\"", "content"), ["/app-1.js"]);
        assert!(attribute_values(html, "<meta name=\"app-wasm\"", "content").is_empty());
    }
}
