//! What the native tests of the built site share: the files `prerender::site` writes.

use gaza_plan_explainer::prerender::{Heights, Site, site};

/// Every file the site's build writes from `template`, published at `public_url`: (path, contents).
pub fn files(template: &str, public_url: &str) -> Vec<(String, String)> {
    let site_url = Site::from_public_url(public_url).expect("valid public URL");
    site(template, &site_url, &Heights::default())
        .expect("prerenders")
        .into_iter()
        .map(|f| (f.path, f.contents))
        .collect()
}

/// The contents of the file at `path` among `files`.
pub fn file<'a>(files: &'a [(String, String)], path: &str) -> &'a str {
    &files.iter().find(|(p, _)| p == path).unwrap_or_else(|| panic!("no file {path}")).1
}
