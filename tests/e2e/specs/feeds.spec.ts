// The Atom feeds of every dated change, as a reader's browser finds and reads them: named in each
// page's head, parsed by the browser's own XML parser (not the crate that writes them), the same
// changes in both editions, and readable offline after one visit.
import { test, expect, openApp, untilWorkerControls } from '../support/fixtures';
import { editions, english } from '../support/ui';

/** What a feed holds, read in the page with the browser's XML parser. */
async function readFeed(page: import('@playwright/test').Page, href: string) {
  return page.evaluate(async (href) => {
    const response = await fetch(href);
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const entries = [...xml.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
      id: entry.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
      updated: entry.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
      page: [...entry.getElementsByTagNameNS(ns, 'link')].find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href') ?? '',
    }));
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      errors: xml.getElementsByTagName('parsererror').length,
      lang: xml.documentElement.getAttribute('xml:lang'),
      entries,
    };
  }, href);
}

for (const words of editions) {
  test(`${words.lang}: a point's page names the whole feed and its own; both parse, newest first`, async ({ page }) => {
    await openApp(page, `${words.prefix}/points/7`);
    const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(feeds).toHaveCount(2);
    for (const href of await feeds.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''))) {
      const feed = await readFeed(page, href);
      expect(feed.status, href).toBe(200);
      expect(feed.type, href).toContain('application/atom+xml');
      expect(feed.errors, href).toBe(0);
      expect(feed.lang, href).toBe(words.lang);
      expect(feed.entries.length, href).toBeGreaterThan(0);
      const dates = feed.entries.map((e) => e.updated);
      expect(dates, href).toEqual([...dates].sort().reverse());
      // Each entry opens a view of this edition.
      for (const target of new Set(feed.entries.map((e) => e.page))) {
        expect(target.startsWith(`${words.prefix}/`), target).toBe(true);
        expect((await page.request.get(target)).status(), target).toBe(200);
      }
    }
  });

  test(`${words.lang}: after one visit, the feed reads offline`, async ({ page, context }) => {
    await openApp(page, `${words.prefix}/`);
    await untilWorkerControls(page);
    await context.setOffline(true);
    const feed = await readFeed(page, `${words.prefix}/feed.xml`);
    expect(feed.status).toBe(200);
    expect(feed.errors).toBe(0);
    expect(feed.entries.length).toBeGreaterThan(0);
    await context.setOffline(false);
  });
}

test('both editions list the same changes under the same ids, each in its own language', async ({ page }) => {
  await openApp(page, '/');
  const [en, ar] = [await readFeed(page, '/feed.xml'), await readFeed(page, '/ar/feed.xml')];
  const tails = (feed: typeof en, lang: string) => feed.entries.map((e) => e.id.replace(`:${lang}/`, ':')).sort();
  expect(en.entries.length).toBeGreaterThan(0);
  expect(tails(ar, 'ar')).toEqual(tails(en, english.lang));
});
