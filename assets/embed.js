// Tells the host page an embed's height, in pym.js's message and AMP's `embed-size` (amp-iframe,
// @newswire/frames), from the moment the page has laid out and whether or not the frame is in
// view, then again whenever it changes. Chrome skips rendering for frames of another origin that
// are out of view: no animation frame or ResizeObserver callback runs there, but tasks (this
// script, messages, resize events, MutationObserver) still do, and reading a box lays the page
// out. Only the host's two requests for the height are answered; every other message is ignored.
(() => {
  const host = window.parent;
  if (host === window) return;
  const MAX_HEIGHT = 100000;
  // pym.js's id goes into our messages: letters, digits, - _ . : only, never its delimiter.
  const id = new URLSearchParams(location.search).get("childId");
  const childId = id && /^[\w.:-]{1,128}$/.test(id) && !id.includes("xPYMx") ? id : null;
  const root = document.documentElement;
  let sentHeight = -1;

  // WebKit may run this script before the page's style sheets apply, when the height read is
  // the unstyled page's: nothing is reported until every sheet has loaded.
  const pending = [...document.querySelectorAll('link[rel="stylesheet"]')].filter(
    /** @returns {link is HTMLLinkElement} */ (link) => link instanceof HTMLLinkElement && !link.sheet,
  );
  let styled = pending.length === 0;

  // `always` answers a host's request even when the height is the one last sent.
  /** @param {boolean} always */
  function report(always) {
    if (!styled) return;
    const height = Math.min(Math.ceil(root.getBoundingClientRect().height), MAX_HEIGHT);
    if (height === sentHeight && !always) return;
    sentHeight = height;
    // Heights are not secret and the host's origin is unknown: any parent may read them.
    host.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    if (childId) host.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, "*");
  }
  const changed = () => report(false);

  addEventListener("message", (event) => {
    if (event.source !== host) return;
    const data = event.data;
    if (typeof data === "string") {
      if (!childId || data.length > 256) return;
      const [sentinel, to, kind, width, ...rest] = data.split("xPYMx");
      const isWidth = sentinel === "pym" && to === childId && kind === "width" && rest.length === 0;
      if (isWidth && /^[1-9][0-9]{0,5}$/.test(width)) report(true);
    } else if (data !== null && typeof data === "object" && data.sentinel === "amp" && data.type === "frames-init") {
      report(true);
    }
  });

  if (styled) report(true);
  else
    Promise.all(
      pending.map((link) => new Promise((loaded) => ["load", "error"].forEach((e) => link.addEventListener(e, loaded, { once: true })))),
    ).then(() => {
      styled = true;
      report(true);
    });
  addEventListener("load", changed);
  // A new width (the host's column, or the reader turning the phone), in view or not.
  addEventListener("resize", changed);
  // Back to this page from the frame's history: the host holds the other page's height.
  addEventListener("pageshow", (event) => event.persisted && report(true));
  document.fonts?.addEventListener("loadingdone", changed);
  // In view, whatever changes the layout; out of view, what changes the page's content.
  if (typeof ResizeObserver === "function") new ResizeObserver(changed).observe(root);
  new MutationObserver(changed).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
})();
