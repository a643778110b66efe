// Starts the app once the reader has the prerendered content: after `load` and the largest
// paint (the first paint where that entry type is unsupported; after 3 s at the latest, e.g.
// in a background tab). Marks <html data-app="ready">, or shows #app-error if it cannot start.
// The wasm-bindgen files' hashed names come from <meta> tags the build writes (Trunk.toml).
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
let started = false;

function start() {
  if (started) return;
  started = true;
  import(meta("app-js"))
    .then((app) => app.default({ module_or_path: meta("app-wasm") }))
    .then(
      () => {
        document.documentElement.dataset.app = "ready";
      },
      (error) => {
        document.documentElement.dataset.app = "failed";
        document.getElementById("app-error").hidden = false;
        console.warn("The app could not start:", error);
      },
    );
}

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
