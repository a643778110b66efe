//! What the charts cost readers: they are SVG in the prerendered HTML (nothing in the wasm), so
//! the bench reports the /figures page with and without its pictures, and each point page that
//! carries one.

use std::path::Path;

use serde_json::{Value, json};

use crate::Result;
use crate::bench::measure;

/// `html` with every `<svg>…</svg>` taken out (the renderer's own output: SVGs never nest).
fn without_svg(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</svg>") {
            Some(end) => rest = &rest[start + end + "</svg>".len()..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Prints and returns the size of each page that holds charts, and what the SVG adds to it.
pub fn report(dist: &Path) -> Result<Value> {
    let mut pages = Vec::new();
    println!("\n{:<44} {:>10} {:>10} {:>14}", "pages with charts", "raw", "brotli", "SVG (brotli)");
    for entry in walkdir::WalkDir::new(dist).into_iter().filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.file_name().is_none_or(|n| n != "index.html") || path.starts_with(dist.join("embed")) {
            continue;
        }
        let html = fs_err::read_to_string(path)?;
        if !html.contains("class=\"chart\"") && !html.contains("class=\"chart ") {
            continue;
        }
        let (with, bare) = (measure(html.as_bytes()), measure(without_svg(&html).as_bytes()));
        let name = path.strip_prefix(dist).map_or_else(|_| path.display().to_string(), |p| format!("/{}", p.display()));
        let svg = with.brotli.saturating_sub(bare.brotli);
        println!("{name:<44} {:>9.1}K {:>9.1}K {:>13.1}K", kb(with.raw), kb(with.brotli), kb(svg));
        pages.push(json!({ "page": name, "raw": with.raw, "brotli": with.brotli, "svg_brotli": svg }));
    }
    Ok(Value::Array(pages))
}

fn kb(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_is_taken_out_and_the_rest_kept() {
        let page = "<p>a</p><svg viewBox=\"0 0 1 1\"><g><text>1</text></g></svg><p>b</p><svg></svg>";
        assert_eq!(without_svg(page), "<p>a</p><p>b</p>");
    }
}
