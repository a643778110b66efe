// Starts the app once the reader has the prerendered content: after `load` and the largest
// paint (the first paint where that entry type is unsupported; after 3 s at the latest, e.g.
// in a background tab), or at once where nothing is prerendered (the single file, the
// development server). Marks <html data-app="ready">, or shows #app-error if it cannot start.
// The wasm-bindgen files' addresses come from <meta> tags the build writes (Trunk.toml; the
// single file's hold the files themselves, as data: URLs).
/** @param {string} name */
const meta = (name) => /** @type {HTMLMetaElement | null} */ (document.querySelector(`meta[name="${name}"]`))?.content;
let started = false;

// The skip link names the address the page was built for, but the not-found page is served at
// any address and shared links carry queries (?utm_source=…): point it at this document, so it
// moves to the content instead of loading another page. Here, not in the app: readers press
// Tab long before the app starts.
const skipLink = /** @type {HTMLAnchorElement | null} */ (document.querySelector("a.skip-link"));
if (skipLink) skipLink.href = `${location.pathname}${location.search}#main`;

function start() {
  if (started) return;
  started = true;
  import(/** @type {string} */ (meta("app-js")))
    .then((app) => app.default({ module_or_path: meta("app-wasm") }))
    .then(
      () => {
        document.documentElement.dataset.app = "ready";
      },
      (error) => {
        document.documentElement.dataset.app = "failed";
        /** @type {HTMLElement} */ (document.getElementById("app-error")).hidden = false;
        console.warn("The app could not start:", error);
      },
    );
}

// The whole app renders the page itself: nothing to paint first.
if (!document.querySelector("#app > *")) start();

addEventListener("load", () => {
  setTimeout(start, 3000);
  const types = PerformanceObserver.supportedEntryTypes || [];
  const type = types.includes("largest-contentful-paint") ? "largest-contentful-paint" : "paint";
  try {
    new PerformanceObserver(() => setTimeout(start, 50)).observe({ type, buffered: true });
  } catch {
    start();
  }
});

// Offline reading: a service worker precaches the whole build (sw.js, written by the build).
// Only on prerendered site pages: not in embeds (they live on other people's pages), not on
// the development server (it has no sw.js), nor where workers are unavailable, e.g. a
// sandboxed frame or a file opened from disk.
function registerServiceWorker() {
  const sitePage = document.querySelector("#app:not([data-frame]) > *");
  if (!sitePage || !("serviceWorker" in navigator)) return;
  const worker = navigator.serviceWorker;
  let reloading = false;
  worker.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
  });
  /** @param {ServiceWorker} waiting */
  const offerReload = (waiting) => {
    const notice = /** @type {HTMLElement} */ (document.getElementById("app-update"));
    notice.hidden = false;
    /** @type {HTMLButtonElement} */ (notice.querySelector("button")).addEventListener("click", () => {
      reloading = true;
      waiting.postMessage("skip-waiting");
    });
  };
  worker
    .register(new URL("sw.js", document.baseURI), { scope: new URL(".", document.baseURI).pathname })
    .then((registration) => {
      // A new build was found on an earlier visit and waits for this reader's go-ahead.
      if (registration.waiting && worker.controller) offerReload(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => {
          if (installing.state === "installed" && worker.controller) offerReload(installing);
        });
      });
    })
    .catch((error) => console.warn("Offline reading is unavailable:", error));
}

try {
  registerServiceWorker();
} catch (error) {
  console.warn("Offline reading is unavailable:", error);
}
