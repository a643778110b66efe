//! The service worker that makes the site work offline after one visit (assets/sw.js), written
//! into the build with what it serves: the cache's name, named by the content of the files it
//! precaches, the site's path and those files. A new build waits until the reader reloads (the
//! page offers "Updated — reload", assets/boot.js), so one page never mixes two versions.

use anyhow::bail;
use sha2::{Digest as _, Sha256};
use std::path::Path;

use crate::Result;

/// Files that are not part of reading the site, which a reader on metered data would pay for
/// in the background and never see: the offline single file (a download), the headers file, the
/// worker itself, pym.js and the embeds (other sites' pages load those, fresh from the network),
/// the oEmbed documents (for CMSs), the share cards (link previews; about 1 MB) and the data
/// package (downloads).
const NOT_CACHED: [&str; 4] = [crate::single_file::NAME, "_headers", "sw.js", "pym.v1.min.js"];
const NOT_CACHED_FOLDERS: [&str; 4] = ["share/", "embed/", "oembed/", "data/"];

/// What assets/sw.js holds where the build goes: one JSON object replaces it.
const PLACEHOLDER: &str = "/* BUILD */ {}";
/// Every build's cache starts so, then names its edition: the worker deletes older caches of its
/// own edition only, as both editions' workers share the origin's caches.
const CACHE_PREFIX: &str = "gaza-plan-";

/// Writes `dist/sw.js` for the edition `lang` from assets/sw.js; last in the build, as it lists
/// and reads every file.
pub fn write(dist: &Path, public_url: &str, lang: &str) -> Result {
    let files = precached(dist)?;
    let build = serde_json::json!({
        "cache": cache_name(dist, &files, lang)?,
        "base": base_path(public_url),
        "files": files,
    });
    let source = fs_err::read_to_string(crate::root().join("assets").join("sw.js"))?;
    fs_err::write(dist.join("sw.js"), with_build(&source, &build)?)?;
    Ok(())
}

/// The files a reader of the site reads, relative to `dist`, sorted.
fn precached(dist: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    for path in crate::files_under(dist)? {
        let relative = path.strip_prefix(dist)?.to_string_lossy().replace('\\', "/");
        // Each edition below this one has a worker of its own, whose scope is its folder.
        let other_edition = crate::EDITIONS.iter().any(|lang| relative.starts_with(&format!("{lang}/")));
        let skipped = other_edition
            || NOT_CACHED.contains(&relative.as_str())
            || NOT_CACHED_FOLDERS.iter().any(|f| relative.starts_with(f));
        if !skipped {
            files.push(relative);
        }
    }
    files.sort();
    Ok(files)
}

/// `gaza-plan-`, the edition and the first 64 bits of a SHA-256 of every file's name and content:
/// it changes when any of them does, and only then (so readers are asked to reload only for a
/// real change).
fn cache_name(dist: &Path, files: &[String], lang: &str) -> Result<String> {
    let mut digest = Sha256::new();
    for file in files {
        let bytes = fs_err::read(dist.join(file))?;
        // Each part with its length first, so that no two different lists read alike.
        for part in [file.as_bytes(), &bytes] {
            digest.update((part.len() as u64).to_le_bytes());
            digest.update(part);
        }
    }
    let hex = format!("{:x}", digest.finalize());
    Ok(format!("{CACHE_PREFIX}{lang}-{}", &hex[..16]))
}

fn with_build(source: &str, build: &serde_json::Value) -> Result<String> {
    if source.matches(PLACEHOLDER).count() != 1 {
        bail!("assets/sw.js must hold `{PLACEHOLDER}` exactly once, where the build's files go");
    }
    Ok(source.replacen(PLACEHOLDER, &serde_json::to_string_pretty(build)?, 1))
}

/// `/news/gaza/` for `https://example.org/news/gaza` or `/news/gaza/`.
fn base_path(public_url: &str) -> String {
    let path = public_url.split_once("://").map_or(public_url, |(_, rest)| rest.find('/').map_or("/", |i| &rest[i..]));
    let path = path.trim_matches('/');
    if path.is_empty() { "/".into() } else { format!("/{path}/") }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A build in a folder of its own, with each of `files` holding its own name.
    fn dist(name: &str, files: &[&str]) -> std::path::PathBuf {
        let dist = std::env::temp_dir().join(format!("sw-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        for file in files {
            let path = dist.join(file);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
            std::fs::write(&path, file).expect("file");
        }
        dist
    }

    fn cache(dist: &Path) -> String {
        cache_name(dist, &precached(dist).expect("listed"), "en").expect("named")
    }

    #[test]
    fn the_worker_lives_at_the_site_root_whatever_the_public_url() {
        assert_eq!(base_path("/"), "/");
        assert_eq!(base_path("/news/gaza"), "/news/gaza/");
        assert_eq!(base_path("https://example.org/news/gaza/"), "/news/gaza/");
        assert_eq!(base_path("https://example.org"), "/");
    }

    #[test]
    fn the_worker_file_gets_the_build_and_precaches_what_readers_read_and_nothing_for_other_sites() {
        let files = [
            "index.html",
            "points/7/index.html",
            "app.wasm",
            "icons/icon-192.png",
            "embed/points/7/index.html",
            "oembed/points-7.json",
            "share/points-7.png",
            "pym.v1.min.js",
            "data/points.csv",
            "feed.xml",
            crate::single_file::NAME,
        ];
        let dist = dist("files", &files);
        write(&dist, "/news/gaza", "en").expect("sw.js written");
        let script = fs_err::read_to_string(dist.join("sw.js")).expect("sw.js");
        let build = script.split_once("/** @type {Build} */ (").and_then(|(_, rest)| rest.split_once(");\n"));
        let build: serde_json::Value = serde_json::from_str(build.expect("the build in sw.js").0).expect("JSON");
        assert_eq!(
            build["files"],
            serde_json::json!(["app.wasm", "feed.xml", "icons/icon-192.png", "index.html", "points/7/index.html"])
        );
        assert_eq!(build["base"], "/news/gaza/");
        // The offline-update e2e test renames the cache by the first `gaza-plan-en-<hex>` in the file.
        let family = format!("{CACHE_PREFIX}en-");
        let first = script.find(&family).map(|at| &script[at..at + family.len() + 16]);
        assert_eq!(first, build["cache"].as_str());
        assert!(!script.contains(PLACEHOLDER), "{script}");
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn the_cache_name_changes_iff_a_listed_file_changes() {
        let dist = dist("cache", &["index.html", "app.wasm", "share/points-7.png", "embed/index.html"]);
        let first = cache(&dist);
        assert!(first.starts_with("gaza-plan-en-") && first.len() == "gaza-plan-en-".len() + 16, "{first}");
        assert_eq!(cache(&dist), first, "the same files, the same name");
        std::fs::write(dist.join("share/points-7.png"), "another card").expect("write");
        std::fs::write(dist.join("embed/index.html"), "another embed").expect("write");
        assert_eq!(cache(&dist), first, "files the worker does not cache leave the name alone");
        std::fs::write(dist.join("app.wasm"), "app.wasn").expect("write");
        assert_ne!(cache(&dist), first, "one byte of a cached file renames the cache");
        std::fs::write(dist.join("app.wasm"), "app.wasm").expect("write");
        assert_eq!(cache(&dist), first);
        std::fs::rename(dist.join("app.wasm"), dist.join("app2.wasm")).expect("rename");
        assert_ne!(cache(&dist), first, "so does a renamed file");
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn each_edition_has_a_cache_family_of_its_own_so_neither_worker_deletes_the_others() {
        let dist = dist("editions", &["index.html"]);
        let files = precached(&dist).expect("listed");
        let [english, arabic] = ["en", "ar"].map(|lang| cache_name(&dist, &files, lang).expect("named"));
        // What assets/sw.js deletes: every cache whose name starts as its own does, up to the digest.
        let family = |cache: &str| cache[..=cache.rfind('-').expect("a dash")].to_owned();
        assert!(!arabic.starts_with(&family(&english)), "{english} would delete {arabic}");
        assert!(!english.starts_with(&family(&arabic)), "{arabic} would delete {english}");
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn the_build_goes_in_one_place() {
        let build = serde_json::json!({ "cache": "gaza-plan-0" });
        assert!(with_build("const BUILD = (/* BUILD */ {});", &build).is_ok());
        assert!(with_build("const BUILD = {};", &build).is_err());
        assert!(with_build("/* BUILD */ {} /* BUILD */ {}", &build).is_err());
    }
}
