//! The single-file edition: Trunk's page with the CSS, the JS and the wasm inlined, routing by
//! `#/points/7`, so that one downloaded file opens from disk with no network.

use std::path::Path;

use base64::Engine as _;

use crate::Result;

/// The file's name in `dist/`; the app links to it (src/embed.rs `SINGLE_FILE`).
pub const NAME: &str = "gaza-plan-offline.html";

/// Writes `dist/<NAME>` from Trunk's `dist/index.html` (before it is prerendered).
pub fn write(dist: &Path) -> Result {
    let read = |name: &str| std::fs::read(dist.join(name)).map_err(|e| format!("single file: cannot read {name}: {e}"));
    let text = |name: &str| read(name).map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
    let template = text("index.html")?;
    let file_name = |url: &str| url.rsplit('/').next().unwrap_or(url).to_owned();
    let js = file_name(&meta_content(&template, "app-js").ok_or("single file: no app-js tag in index.html")?);
    let wasm = file_name(&meta_content(&template, "app-wasm").ok_or("single file: no app-wasm tag in index.html")?);

    let mut css = String::new();
    for href in attribute_values(&template, "<link rel=\"stylesheet\"", "href") {
        css.push_str(&text(&file_name(&href))?);
        css.push('\n');
    }
    let module = text(&js)?;
    if module.contains("</script") || css.contains("</style") {
        return Err("single file: the JS or CSS contains a closing tag and cannot be inlined".into());
    }
    let wasm = base64::engine::general_purpose::STANDARD.encode(read(&wasm)?);
    let icon = attribute_values(&template, "<link rel=\"icon\"", "href").into_iter().next();
    let icon = match icon {
        Some(href) => format!(
            "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\" />",
            base64::engine::general_purpose::STANDARD.encode(read(&file_name(&href))?)
        ),
        None => String::new(),
    };

    let head_end = template.find("</head>").ok_or("single file: index.html has no </head>")?;
    let title_end = template.find("</title>").ok_or("single file: index.html has no <title>")? + "</title>".len();
    let body_start = template[head_end..].find("<body>").ok_or("single file: index.html has no <body>")? + head_end;
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
    std::fs::write(dist.join(NAME), page).map_err(|e| format!("single file: cannot write {NAME}: {e}"))
}

fn meta_content(html: &str, name: &str) -> Option<String> {
    attribute_values(html, &format!("<meta name=\"{name}\""), "content").into_iter().next()
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
        assert_eq!(meta_content(html, "app-js").as_deref(), Some("/app-1.js"));
        assert_eq!(meta_content(html, "app-wasm"), None);
    }
}
