// The service worker that makes the site work offline after one visit: it precaches the files of
// one build, serves every view from them with no network, and deletes older builds' caches when
// it takes over. `cargo xtask build` copies it to dist/sw.js, writing that build in place of the
// empty object below (xtask/src/service_worker.rs); a new build waits until the reader reloads.

/**
 * @typedef {object} Build
 * @property {string} cache the cache's name: `gaza-plan-`, the edition, `-` and a digest of every listed file
 * @property {string} base the site's path, `/` or `/news/gaza/`
 * @property {string[]} files every file a reader of the site reads, relative to `base`
 */

const BUILD = /** @type {Build} */ (/* BUILD */ {});
// Older builds of this edition share the name up to the digest; the other edition's caches and
// any other on the origin are not this worker's to delete.
const FAMILY = BUILD.cache.slice(0, BUILD.cache.lastIndexOf("-") + 1);
// Builds before caches named their edition (`gaza-plan-` and the digest alone) are nobody's now.
const UNNAMED = /^gaza-plan-[0-9a-f]{16}$/;
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

worker.addEventListener("install", (event) => {
  event.waitUntil(caches.open(BUILD.cache).then((cache) => cache.addAll(BUILD.files.map((file) => BUILD.base + file))));
});

// The feed of the build the reader had before this one, kept in this build's cache under a name
// no file has: the pages read it there and mark what is newer (assets/changes.js). Nothing else
// is kept, and a first visit has none.
const SEEN_FEED = BUILD.base + "seen-feed.xml";

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then(async (keys) => {
        const older = keys.filter((k) => (k.startsWith(FAMILY) || UNNAMED.test(k)) && k !== BUILD.cache);
        for (const key of older.filter((k) => k.startsWith(FAMILY))) {
          const feed = await (await caches.open(key)).match(BUILD.base + "feed.xml");
          if (feed) {
            await (await caches.open(BUILD.cache)).put(SEEN_FEED, feed);
            break;
          }
        }
        await Promise.all(older.map((k) => caches.delete(k)));
      })
      .then(() => worker.clients.claim()),
  );
});

// Only the page's own "reload" button moves readers to a new build.
worker.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") worker.skipWaiting();
});

worker.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin || !url.pathname.startsWith(BUILD.base)) return;
  event.respondWith(
    caches.open(BUILD.cache).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      if (request.mode === "navigate") {
        const path = url.pathname.slice(BUILD.base.length).replace(/\/+$/, "");
        const page = await cache.match(BUILD.base + (path ? path + "/" : "") + "index.html");
        if (page) return page;
        try {
          return await fetch(request);
        } catch {
          return (await cache.match(BUILD.base + "404.html")) || Response.error();
        }
      }
      return fetch(request);
    }),
  );
});
