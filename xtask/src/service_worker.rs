//! The service worker that makes the site work offline after one visit: it precaches every file
//! of the build under a cache named by the build's content, serves every view from it, and
//! deletes older caches when it takes over. A new build waits until the reader reloads (the
//! page offers "Updated — reload", assets/boot.js), so one page never mixes two versions.

use anyhow::Context as _;
use std::path::Path;

use crate::Result;

/// Files that are not part of reading the site, which a reader on metered data would pay for
/// in the background and never see: the offline single file (a download), the headers file, the
/// worker itself, pym.js and the embeds (other sites' pages load those, fresh from the network),
/// the oEmbed documents (for CMSs), and the share cards (link previews; about 1 MB).
const NOT_CACHED: [&str; 4] = [crate::single_file::NAME, "_headers", "sw.js", "pym.v1.min.js"];
const NOT_CACHED_FOLDERS: [&str; 3] = ["share/", "embed/", "oembed/"];

pub fn write(dist: &Path, public_url: &str) -> Result {
    let mut files = Vec::new();
    for path in crate::files_under(dist)? {
        let relative = path.strip_prefix(dist)?.to_string_lossy().replace('\\', "/");
        let skipped =
            NOT_CACHED.contains(&relative.as_str()) || NOT_CACHED_FOLDERS.iter().any(|f| relative.starts_with(f));
        if !skipped {
            files.push(relative);
        }
    }
    files.sort();
    let mut hasher = fnv::Hasher::default();
    for file in &files {
        hasher.update(file.as_bytes());
        hasher.update(&std::fs::read(dist.join(file)).with_context(|| format!("cannot read {file}"))?);
    }
    let base = base_path(public_url);
    let list = files.iter().map(|f| format!("  \"{f}\",")).collect::<Vec<_>>().join("\n");
    let script = TEMPLATE.replace("__VERSION__", &hasher.hex()).replace("__BASE__", &base).replace("__FILES__", &list);
    std::fs::write(dist.join("sw.js"), script).context("cannot write sw.js")
}

/// `/news/gaza/` for `https://example.org/news/gaza` or `/news/gaza/`.
fn base_path(public_url: &str) -> String {
    let path = public_url.split_once("://").map_or(public_url, |(_, rest)| rest.find('/').map_or("/", |i| &rest[i..]));
    let path = path.trim_matches('/');
    if path.is_empty() { "/".into() } else { format!("/{path}/") }
}

/// A content hash for the cache name: FNV-1a, 64 bits. Not for security; it only has to change
/// when any file does.
mod fnv {
    #[derive(Clone, Copy)]
    pub struct Hasher(u64);

    impl Default for Hasher {
        fn default() -> Self {
            Hasher(0xcbf2_9ce4_8422_2325)
        }
    }

    impl Hasher {
        pub fn update(&mut self, bytes: &[u8]) {
            for byte in bytes {
                self.0 ^= u64::from(*byte);
                self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
            }
        }

        pub fn hex(self) -> String {
            format!("{:016x}", self.0)
        }
    }
}

const TEMPLATE: &str = r#"// Written by `cargo xtask build` (xtask/src/service_worker.rs). Do not edit.
const CACHE = "gaza-plan-__VERSION__";
const BASE = "__BASE__";
const FILES = [
__FILES__
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => BASE + file))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("gaza-plan-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Only the page's own "reload" button moves readers to a new build.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      if (request.mode === "navigate") {
        const path = url.pathname.slice(BASE.length).replace(/\/+$/, "");
        const page = await cache.match(BASE + (path ? path + "/" : "") + "index.html");
        if (page) return page;
        try {
          return await fetch(request);
        } catch {
          return (await cache.match(BASE + "404.html")) || Response.error();
        }
      }
      return fetch(request);
    }),
  );
});
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_lives_at_the_site_root_whatever_the_public_url() {
        assert_eq!(base_path("/"), "/");
        assert_eq!(base_path("/news/gaza"), "/news/gaza/");
        assert_eq!(base_path("https://example.org/news/gaza/"), "/news/gaza/");
        assert_eq!(base_path("https://example.org"), "/");
    }

    #[test]
    fn the_worker_precaches_what_readers_read_and_nothing_for_other_sites() {
        let dist = std::env::temp_dir().join(format!("sw-files-{}", std::process::id()));
        let files = [
            "index.html",
            "points/7/index.html",
            "app.wasm",
            "icons/icon-192.png",
            "embed/points/7/index.html",
            "oembed/points-7.json",
            "share/points-7.png",
            "pym.v1.min.js",
            crate::single_file::NAME,
        ];
        for file in files {
            let path = dist.join(file);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
            std::fs::write(&path, file).expect("file");
        }
        write(&dist, "/").expect("sw.js written");
        let script = std::fs::read_to_string(dist.join("sw.js")).expect("sw.js");
        let listed: Vec<&str> = files.into_iter().filter(|file| script.contains(&format!("\"{file}\""))).collect();
        assert_eq!(listed, ["index.html", "points/7/index.html", "app.wasm", "icons/icon-192.png"]);
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn the_cache_name_changes_with_any_byte() {
        let hash = |bytes: &[u8]| {
            let mut h = fnv::Hasher::default();
            h.update(bytes);
            h.hex()
        };
        assert_ne!(hash(b"index.html<p>a</p>"), hash(b"index.html<p>b</p>"));
        assert_eq!(hash(b"same"), hash(b"same"));
    }
}
