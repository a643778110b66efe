//! What search engines and news aggregators read of a view: schema.org JSON-LD in its head, a
//! `NewsArticle` with its headline, language, the day the explainer was last changed and the
//! corrections made to this view.

use serde_json::json;
use yew_router::Routable as _;

use super::Site;
use crate::model::{EXPLAINER, corrections_of};
use crate::route::Route;
use crate::words::WORDS;

/// The view's `<script type="application/ld+json">`.
pub fn json_ld(route: Route, site: &Site) -> String {
    let path = route.to_path();
    let corrections: Vec<_> = corrections_of(&path)
        // Its date and where /corrections says what changed: the page itself shows the text.
        .map(|(number, correction)| {
            let anchor = crate::views::corrections::correction_anchor(number);
            json!({
                "@type": "CorrectionComment",
                "datePublished": correction.date.iso().to_string(),
                "url": site.url(&format!("{}#{anchor}", Route::Corrections.to_path())),
            })
        })
        .collect();
    // The explainer names no newsroom: it is its own publisher until the data names one.
    let explainer = json!({ "@type": "Organization", "name": EXPLAINER.title, "url": site.url("/") });
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": route.title(),
        "description": route.description(),
        "url": site.url(&path),
        "inLanguage": WORDS.edition_lang,
        "dateModified": EXPLAINER.updated.iso().to_string(),
        "publisher": explainer,
    });
    if let Some(published) = EXPLAINER.published {
        article["datePublished"] = json!(published.iso().to_string());
    }
    if !corrections.is_empty() {
        article["correction"] = json!(corrections);
    }
    // `<` as an escape, so no text can close the script element.
    let data = article.to_string().replace('<', "\\u003c");
    format!("<script type=\"application/ld+json\">{data}</script>")
}
