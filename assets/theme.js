// An embed's ?theme=light|dark and ?accent=<hex colour>, applied before the first paint.
// Anything else is ignored; the accent only ever reaches a CSS variable, never markup.
(() => {
  const query = new URLSearchParams(location.search);
  const root = document.documentElement;
  const theme = query.get("theme");
  const accent = query.get("accent");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
  if (accent && accent.length < 8 && /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) {
    root.style.setProperty("--color-brand", "#" + accent.replace("#", ""));
  }
})();
