// Runs first in a host article's <head> (support/host.ts, and the cross-engine suite's
// tests/engines/src/host.rs): every iframe is watched from the moment it is inserted, and the
// page records its frames' height changes, when each first came into view, and the layout
// shifts the engine counts, in `window.__host`.
(() => {
  // Only Chromium counts layout shifts (2026): elsewhere the frames' own changes tell.
  const counted = PerformanceObserver.supportedEntryTypes.includes("layout-shift");
  const record = (window.__host = { shifts: [], changes: [], reached: [], counted });
  if (counted)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.shifts.push({ value: entry.value, time: entry.startTime, sources: entry.sources.map((s) => s.node?.nodeName ?? "?") });
    }).observe({ type: "layout-shift", buffered: true });
  const heights = new Map();
  let count = 0;
  const resized = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const box = target.getBoundingClientRect();
      const before = heights.has(target) ? heights.get(target) : null;
      if (before !== null && Math.abs(before - box.height) < 0.5) continue;
      heights.set(target, box.height);
      // Only what comes after a frame moves when it changes height: in view if its lower edge is.
      const inView = before !== null && box.top + Math.min(before, box.height) < innerHeight;
      record.changes.push({ frame: target.dataset.embed, from: before, to: box.height, time: performance.now(), inView });
    }
  });
  const seen = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting, boundingClientRect } of entries) {
      if (!isIntersecting) continue;
      seen.unobserve(target);
      record.reached.push({ frame: target.dataset.embed, height: boundingClientRect.height, time: performance.now() });
    }
  });
  const watch = (node) => {
    const frames = node instanceof HTMLIFrameElement ? [node] : node.querySelectorAll ? [...node.querySelectorAll("iframe")] : [];
    for (const frame of frames) {
      frame.dataset.embed ??= String(++count) + " " + (frame.title || frame.src);
      resized.observe(frame);
      seen.observe(frame);
    }
  };
  new MutationObserver((mutations) => mutations.forEach((m) => m.addedNodes.forEach(watch)))
    .observe(document.documentElement, { childList: true, subtree: true });
})();
