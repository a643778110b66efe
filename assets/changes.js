// What is new since the reader's last visit, for a reader whose service worker has moved from an
// older build to this one: it kept the older build's feed in its cache as seen-feed.xml (assets/sw.js).
// Entries of this build's feed that the older one lacks are marked where the page shows them,
// and /status lists them. Nothing is stored or sent: both feeds come from the worker's cache.
// Loaded by assets/boot.js on site pages a worker controls; a first visit has no older feed.

const ATOM = "http://www.w3.org/2005/Atom";

/**
 * @typedef {object} Change
 * @property {string} key what it is in the data: `status/7/2025-10-10`, `event/2025-10-10/1`, …
 * @property {string} title
 * @property {string} link the view that shows it
 */

/**
 * The entries of a feed, or nothing if there is none.
 * @param {Response | undefined} response
 * @returns {Promise<Change[] | null>}
 */
async function changesIn(response) {
  if (!response?.ok) return null;
  const feed = new DOMParser().parseFromString(await response.text(), "application/xml");
  if (feed.getElementsByTagName("parsererror").length > 0) return null;
  /** @param {Element} entry @param {string} name */
  const text = (entry, name) => entry.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? "";
  return [...feed.getElementsByTagNameNS(ATOM, "entry")].map((entry) => ({
    // The id's tail after the edition: `tag:…,2025:en/status/7/2025-10-10`.
    key: text(entry, "id").replace(/^[^:]*:[^:]*:[^/]*\//, ""),
    title: text(entry, "title"),
    link: [...entry.getElementsByTagNameNS(ATOM, "link")].find((link) => link.getAttribute("rel") === "alternate")?.getAttribute("href") ?? "",
  }));
}

/**
 * The elements of this page that show a change, by its key.
 * @param {string} key
 * @returns {Element[]}
 */
function shownBy(key) {
  const [kind, ...rest] = key.split("/");
  const path = location.pathname.replace(/\/+$/, "");
  /** @param {string} selector @param {string} date @param {string} nth */
  const nthOfDay = (selector, date, nth) =>
    [...document.querySelectorAll(selector)].filter((item) => item.querySelector(`time[datetime="${date}"]`))[Number(nth) - 1];
  if (kind === "status") {
    const [point, date] = rest;
    const own = path.endsWith(`/points/${point}`) ? [...document.querySelectorAll(`.status-history__entry[data-date="${date}"]`)] : [];
    return [...document.querySelectorAll(`.status-card[data-point="${point}"]`), ...own];
  }
  if (kind === "event") return [nthOfDay(".timeline__event", rest[0], rest[1])].filter((e) => e !== undefined);
  if (kind === "outcome" && path.endsWith(`/positions/${rest[0]}`)) return [nthOfDay(".outcome", rest[1], rest[2])].filter((e) => e !== undefined);
  if (kind === "correction") return [document.getElementById(`correction-${rest[0]}`)].filter((e) => e !== null);
  if (kind === "figure") return [document.getElementById(`figure-${rest[0]}`)].filter((e) => e !== null);
  return [];
}

// Read from the worker's cache itself: a first visit has no older feed, and asks nobody for one.
const seen = await changesIn(await caches.match(new URL("seen-feed.xml", document.baseURI).href));
const now = seen && (await changesIn(await fetch(new URL("feed.xml", document.baseURI))));
if (seen && now) {
  const known = new Set(seen.map((change) => change.key));
  const fresh = now.filter((change) => !known.has(change.key));
  const word = document.getElementById("new-mark-words")?.textContent ?? "";
  if (fresh.length > 0) {
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("changes.css", document.baseURI).href;
    // Marks go in once they are styled, so that none is ever laid out in the text.
    await new Promise((resolve) => {
      style.addEventListener("load", resolve);
      style.addEventListener("error", resolve);
      document.head.append(style);
    });
  }
  for (const element of fresh.flatMap((change) => shownBy(change.key))) {
    if (element.hasAttribute("data-new")) continue;
    element.setAttribute("data-new", "");
    const mark = document.createElement("span");
    mark.className = "new-mark";
    mark.textContent = word;
    element.prepend(mark, " ");
  }
  const list = document.getElementById("changes-since");
  if (list && fresh.length > 0) {
    const items = /** @type {HTMLElement} */ (list.querySelector("ul"));
    for (const change of fresh) {
      const link = document.createElement("a");
      link.href = change.link;
      link.textContent = change.title;
      const item = document.createElement("li");
      item.append(link);
      items.append(item);
    }
    list.hidden = false;
  }
}
document.documentElement.dataset.changes = "read";
