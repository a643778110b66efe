// Fetches the app's code at once and starts it once the reader has the prerendered content: after `load` and the largest
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

/**
 * Fetches a wasm-bindgen module (`--target web`): its JS and its wasm side by side. A failure is
 * reported when the module starts, if it ever does: not as an unhandled one.
 * @param {string} js
 * @param {string} wasm
 * @returns {{ module: Promise<any>, wasm: Promise<Response> }}
 */
function fetchCode(js, wasm) {
  const code = { module: import(js), wasm: fetch(wasm) };
  code.module.catch(() => {});
  code.wasm.catch(() => {});
  return code;
}

/**
 * Starts a fetched module: its `main` runs.
 * @param {{ module: Promise<any>, wasm: Promise<Response> }} code
 * @returns {Promise<unknown>}
 */
const startCode = (code) => code.module.then((module) => module.default({ module_or_path: code.wasm }));

// Each island's own code, named by the page only where it holds the island (src/islands.rs):
// <meta name="island" content="NAME JS WASM">. Fetched once; started once.
/** @type {Map<string, { module: Promise<any>, wasm: Promise<Response> } | null>} */
const islandsFetched = new Map();
/** @type {Map<string, Promise<unknown>>} */
const islandsStarted = new Map();
/** @param {string} name */
function fetchIsland(name) {
  if (!islandsFetched.has(name)) {
    const code = [...document.querySelectorAll('meta[name="island"]')]
      .map((tag) => /** @type {HTMLMetaElement} */ (tag).content.split(" "))
      .find(([named]) => named === name);
    islandsFetched.set(name, code ? fetchCode(code[1], code[2]) : null);
  }
  return islandsFetched.get(name);
}
/** @param {string} name */
function startIsland(name) {
  let running = islandsStarted.get(name);
  if (!running) {
    const code = fetchIsland(name);
    running = code ? startCode(code) : Promise.reject(new Error(`no code for the island ${name}`));
    islandsStarted.set(name, running);
  }
  return running;
}

/** @param {unknown} error */
function failed(error) {
  document.documentElement.dataset.app = "failed";
  /** @type {HTMLElement} */ (document.getElementById("app-error")).hidden = false;
  console.warn("The app could not start:", error);
}

// When each island's code loads (its mount point's data-load, from `Island::load`): with the
// page; when the reader first reaches for its field; or on the first press of its button, which
// then does what it says once the code has come. Returns the islands started with the page.
function islandsOfThePage() {
  /** @type {Promise<unknown>[]} */
  const withPage = [];
  for (const mount of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll("[data-island]"))) {
    const name = /** @type {string} */ (mount.dataset.island);
    const soon = () => {
      startIsland(name).catch(failed);
    };
    const once = { once: true };
    if (mount.dataset.load === "page") {
      withPage.push(startIsland(name));
    } else if (mount.dataset.load === "focus") {
      const field = mount.parentElement || mount;
      field.addEventListener("focusin", soon, once);
      field.addEventListener("pointerover", soon, once);
      // A field focused before this script ran.
      if (field.contains(document.activeElement)) soon();
    } else if (mount.dataset.load === "press") {
      // Fetched as the reader reaches for the button, started on the press: rendering it earlier
      // would replace the button under the reader's focus.
      const fetchSoon = () => void fetchIsland(name);
      mount.addEventListener("focusin", fetchSoon, once);
      mount.addEventListener("pointerover", fetchSoon, once);
      mount.addEventListener(
        "click",
        () => {
          // The island's code opens what the button opens as soon as it renders.
          mount.dataset.open = "yes";
          mount.querySelector("button")?.setAttribute("aria-busy", "true");
          soon();
        },
        once,
      );
    }
  }
  return withPage;
}

// Fetched once the content has first painted, so that nothing the first paint needs waits for
// it; started once the largest paint is done (below). JS and wasm side by side: on a phone on
// slow 4G the round trips overlap the rest of the paint.
/** @type {{ module: Promise<any>, wasm: Promise<Response> } | undefined} */
let app;
function fetchApp() {
  if (app) return app;
  app = fetchCode(/** @type {string} */ (meta("app-js")), /** @type {string} */ (meta("app-wasm")));
  for (const mount of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-load="page"]'))) {
    fetchIsland(/** @type {string} */ (mount.dataset.island));
  }
  return app;
}
try {
  if (performance.getEntriesByType("paint").length > 0) fetchApp();
  else new PerformanceObserver(() => fetchApp()).observe({ type: "paint", buffered: true });
} catch {
  fetchApp();
}

function start() {
  if (started) return;
  started = true;
  Promise.all([startCode(fetchApp()), ...islandsOfThePage()]).then(() => {
    document.documentElement.dataset.app = "ready";
    markChanges();
  }, failed);
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

// What is new since a returning reader's last visit: only where a worker serves the page, which
// alone can have kept an older build's feed (assets/changes.js).
function markChanges() {
  if (!document.querySelector("#app:not([data-frame]) > *") || !navigator.serviceWorker?.controller) return;
  import(new URL("changes.js", document.baseURI).href).catch((error) => console.warn("Could not mark what is new:", error));
}

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
