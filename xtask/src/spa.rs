//! The whole app's page, `spa.html`: index.html with the `spa` binary (every view rendered in
//! the browser) in place of the site's islands, for the development server and the single file,
//! where no page is prerendered. Written from index.html each time, so the two never drift, and
//! beside it, as Trunk reads the files a page names relative to the page.

use anyhow::bail;
use lol_html::html_content::Element;
use lol_html::{ElementContentHandlers, RewriteStrSettings};
use std::path::PathBuf;

use crate::Result;

/// The page's name at the repository root (ignored by git).
pub const PAGE: &str = "spa.html";

/// Writes `spa.html` from index.html; returns its path.
pub fn page() -> Result<PathBuf> {
    let index = fs_err::read_to_string(crate::root().join("index.html"))?;
    let page = crate::root().join(PAGE);
    let html = with_whole_app(&index)?;
    // Unchanged, it is left alone: a running `trunk serve` would rebuild on every write.
    if std::fs::read_to_string(&page).ok().as_deref() != Some(html.as_str()) {
        fs_err::write(&page, html)?;
    }
    Ok(page)
}

/// `index` with its one Rust link building the `spa` binary instead of `app`.
fn with_whole_app(index: &str) -> Result<String> {
    let mut swapped = 0;
    let swap = |element: &mut Element<'_, '_>| {
        if element.get_attribute("data-bin").as_deref() == Some("app") {
            element.set_attribute("data-bin", "spa")?;
            swapped += 1;
        }
        Ok(())
    };
    let selector = crate::html::selector_named("link[data-trunk][rel=rust]")?;
    let settings = RewriteStrSettings::new()
        .append_element_content_handler((selector, ElementContentHandlers::default().element(swap)));
    let page = lol_html::rewrite_str(index, settings)?;
    if swapped != 1 {
        bail!("index.html must have one <link data-trunk rel=\"rust\" data-bin=\"app\">, to build spa.html from");
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_app_s_page_is_index_html_with_the_spa_binary() {
        let index = fs_err::read_to_string(crate::root().join("index.html")).expect("index.html");
        let page = with_whole_app(&index).expect("swapped");
        let bins = |html: &str| crate::html::attribute_values(html, "link[rel=rust]", &["data-bin"]).expect("parsed");
        assert_eq!(bins(&index), ["app"]);
        assert_eq!(bins(&page), ["spa"]);
        let features =
            |html: &str| crate::html::attribute_values(html, "[data-cargo-features]", &["data-cargo-features"]);
        assert_eq!(
            features(&page).expect("parsed"),
            features(&index).expect("parsed"),
            "one build of the dependencies"
        );
        assert_eq!(page.len(), index.len(), "nothing else changes");
    }

    #[test]
    fn a_page_without_the_site_s_binary_is_refused() {
        assert!(with_whole_app("<link data-trunk rel=\"rust\" data-bin=\"spa\">").is_err());
        assert!(
            with_whole_app(
                "<link data-trunk rel=\"rust\" data-bin=\"app\"><link data-trunk rel=\"rust\" data-bin=\"app\">"
            )
            .is_err()
        );
        assert!(with_whole_app("<!-- <link data-trunk rel=\"rust\" data-bin=\"app\"> -->").is_err());
    }
}
