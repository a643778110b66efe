//! HTML read and rewritten through lol_html (a streaming HTML parser and rewriter, Cloudflare's),
//! never searched as text: a tag is found however its attributes are ordered, spaced or quoted.

use std::borrow::Cow;

use lol_html::html_content::Element;
use lol_html::{ElementContentHandlers, RewriteStrSettings, Selector};

use crate::Result;

/// For each element that `selector` matches, in document order, the value of the first of
/// `attributes` it has (as written: entities are not decoded).
pub fn attribute_values(html: &str, selector: &str, attributes: &[&str]) -> Result<Vec<String>> {
    let mut values = Vec::new();
    let handler = ElementContentHandlers::default().element(|element: &mut Element<'_, '_>| {
        values.extend(attributes.iter().find_map(|name| element.get_attribute(name)));
        Ok(())
    });
    let settings = RewriteStrSettings::new().append_element_content_handler((selector_named(selector)?, handler));
    lol_html::rewrite_str(html, settings)?;
    Ok(values)
}

/// A selector for lol_html's handlers, as an error rather than a panic if it does not parse.
pub fn selector_named(selector: &str) -> Result<Cow<'static, Selector>> {
    let parsed = selector.parse::<Selector>().map_err(|e| anyhow::anyhow!("selector `{selector}`: {e}"))?;
    Ok(Cow::Owned(parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_from_the_elements_that_carry_them_however_they_are_written() {
        let html = "<link href='/a.css' rel=stylesheet><LINK rel=\"stylesheet\"\n href=\"/b.css\" x=\"1\"/>\
                    <!-- <link rel=\"stylesheet\" href=\"/commented.css\"> -->\
                    <meta content=\"/app-1.js\" name=\"app-js\" /><script src=\"/boot.js\"></script>";
        let values = |selector, attributes| attribute_values(html, selector, attributes).expect("parsed");
        assert_eq!(values("link[rel=stylesheet]", &["href"]), ["/a.css", "/b.css"]);
        assert_eq!(values("meta[name=app-js]", &["content"]), ["/app-1.js"]);
        assert_eq!(values("meta[name=app-js], script[src]", &["src", "content"]), ["/app-1.js", "/boot.js"]);
        assert!(values("meta[name=app-wasm]", &["content"]).is_empty());
        assert!(attribute_values(html, "link[", &["href"]).is_err());
    }
}
