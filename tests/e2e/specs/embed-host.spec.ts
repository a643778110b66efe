// Embeds on a real article page (issue 14): several per page, below the fold, lazy, sandboxed,
// under a strict host CSP. Each frame must have its content's height before the reader gets to
// it, whether or not it was ever in view, and the article must never shift under the reader.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { issues, nextLink, title, views } from '../support/content';
import { ui } from '../support/ui';
import {
  APP,
  HOST,
  article,
  cumulativeShift,
  dialogCodes,
  framesCode,
  frameFits,
  misfits,
  oembed,
  readThrough,
  reachedTooEarly,
  record,
  serveHost,
} from '../support/host';

const framesScript = '<script src="/frames.umd.js"></script><script>newswireFrames.autoInitFrames();</script>';

/** The newsroom's page: three pym.js embeds in a row (a point, the matrix, the timeline), one
 *  @newswire/frames embed further down. Codes copied from the dialog and oEmbed, once. */
let newsroom: string;
async function newsroomArticle(browser: Browser): Promise<string> {
  if (newsroom) return newsroom;
  const context = await browser.newContext();
  const pym = [];
  for (const path of ['/points/7', '/positions', '/timeline']) pym.push((await dialogCodes(context, path)).pym);
  const frames = await framesCode(context, `/positions/${issues[0].slug}`);
  newsroom = article([...pym, frames], { gap: 3, scripts: framesScript });
  await context.close();
  return newsroom;
}

/** An Arabic newsroom's page: Arabic views embedded by the codes the Arabic dialog hands out. */
async function arabicArticle(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const pym = [];
  for (const path of ['/ar/points/7', '/ar/positions']) pym.push((await dialogCodes(context, path)).pym);
  await context.close();
  return article(pym, { gap: 3 });
}

async function open(page: Page, html: string, width: number, headers?: Record<string, string>, files?: Record<string, string>) {
  await page.setViewportSize({ width, height: 800 });
  await serveHost(page, html, headers, files);
  await page.goto(`${HOST}/article`);
}

for (const [width, other] of [
  [360, 1280],
  [1280, 360],
]) {
  test(`at ${width} px, every frame of the article fits its content without scrolling, and again at ${other} px`, async ({
    page,
    browser,
  }) => {
    await open(page, await newsroomArticle(browser), width);
    await expect(page.locator('iframe')).toHaveCount(4);
    await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
    // The point of the test: frames the reader has not reached are sized all the same.
    const below = await page.locator('iframe').evaluateAll((frames) => frames.filter((f) => f.getBoundingClientRect().top > innerHeight).length);
    expect(below).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    await page.setViewportSize({ width: other, height: 800 });
    await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test(`at ${width} px, reading the article top to bottom, nothing shifts under the reader`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    await open(page, await newsroomArticle(browser), width);
    await readThrough(page);
    await expect.poll(() => misfits(page), { timeout: 10_000 }).toEqual([]);
    expect(await reachedTooEarly(page), 'frames not yet sized when the reader reached them').toEqual([]);
    const host = await record(page);
    expect(host.reached.filter((r) => r.time >= host.readingFrom!).length, 'frames reached by scrolling').toBeGreaterThanOrEqual(2);
    expect(host.changes.filter((change) => change.inView), 'frames that changed height where the reader could see').toEqual([]);
    expect(host.counted, 'Chromium counts layout shifts').toBe(true);
    expect(host.shifts, 'layout shifts on the host page').toEqual([]);
    expect(cumulativeShift(host)).toBe(0);
  });
}

test('two embeds of the same view, and a third by @newswire/frames, size and move on independently', async ({ page, context }) => {
  const [first, second] = [await dialogCodes(context, '/points/7'), await dialogCodes(context, '/points/7')];
  expect(first.pym, 'each copy of the code names its own frame').not.toBe(second.pym);
  await open(page, article([first.pym, second.pym, await framesCode(context, '/points/7')], { scripts: framesScript }), 1000);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(3);
  await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
  const ids = await frames.evaluateAll((all) => all.map((f) => new URL((f as HTMLIFrameElement).src).searchParams.get('childId')));
  expect(new Set(ids.slice(0, 2)).size).toBe(2);

  const before = await frameFits(page);
  await page.frameLocator('iframe >> nth=0').getByRole('link', { name: nextLink(8) }).click();
  await expect(page.frameLocator('iframe >> nth=0').locator('h1')).toContainText(title(8));
  await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
  const after = await frameFits(page);
  expect(after[0].element).not.toBe(before[0].element);
  expect(after.slice(1).map((f) => f.element)).toEqual(before.slice(1).map((f) => f.element));
  await expect(page.frameLocator('iframe >> nth=1').locator('h1')).toContainText(title(7));
});

test("the tracker's date, moved by the reader inside the frame, resizes it at once", async ({ page, context }) => {
  await open(page, article([(await dialogCodes(context, '/status')).pym]), 1000);
  await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
  const [before] = await frameFits(page);
  const slider = page.frameLocator('iframe').getByRole('slider', { name: ui('status_date_label') });
  await expect(slider).toBeEnabled({ timeout: 15_000 });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await frameFits(page))[0].content).not.toBe(before.content);
  await expect.poll(() => misfits(page), { timeout: 5_000 }).toEqual([]);
});

test('a sandboxed frame (allow-scripts allow-popups) sizes itself, by pym.js and by AMP messages', async ({ page, context }) => {
  const { height } = await oembed(context, '/points/13');
  const pym = `<div id="sandboxed-pym"></div><script src="${APP}/pym.v1.min.js"></script>
    <script>new pym.Parent("sandboxed-pym", "${APP}/embed/points/13", { title: "Point 13", sandbox: "allow-scripts allow-popups" }).iframe.height = "${height}";</script>`;
  const amp = `<iframe sandbox="allow-scripts allow-popups" src="${APP}/embed/points/14" title="Point 14" width="100%" height="${height}" frameborder="0"></iframe>`;
  const observe = '<script src="/frames.umd.js"></script><script>newswireFrames.observeIframe(document.querySelectorAll("iframe")[1]);</script>';
  await open(page, article([pym, amp], { scripts: observe }), 800);
  await expect(page.locator('iframe[sandbox]')).toHaveCount(2);
  await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
});

test('under a strict host CSP, the plain iframe code loads, sizes itself and breaks no rule', async ({ page, context }) => {
  test.setTimeout(180_000);
  const policy = `default-src 'none'; script-src 'self'; style-src 'self'; frame-src ${APP}`;
  const violations: string[] = [];
  await page.exposeFunction('violation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violation: (t: string) => void }).violation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  const codes = [(await dialogCodes(context, '/positions')).iframe, (await dialogCodes(context, '/timeline')).iframe];
  // The host's own script, as a newsroom with that policy would serve it: no inline script.
  const scripts = '<script src="/frames.umd.js"></script><script src="/observe.js"></script>';
  const observe = 'for (const frame of document.querySelectorAll("iframe")) newswireFrames.observeIframe(frame);';
  await open(page, article(codes, { gap: 4, scripts }), 1280, { 'Content-Security-Policy': policy }, { '/observe.js': observe });
  await readThrough(page);
  await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
  expect(await reachedTooEarly(page)).toEqual([]);
  expect(violations).toEqual([]);
  expect(cumulativeShift(await record(page))).toBe(0);
});

test('lazy frames far down the article are sized before the reader reaches them', async ({ page, context }) => {
  test.setTimeout(180_000);
  const codes = [(await dialogCodes(context, '/points/3')).iframe, (await dialogCodes(context, '/people')).iframe];
  const scripts = '<script src="/frames.umd.js"></script><script src="/observe.js"></script>';
  const observe = 'for (const frame of document.querySelectorAll("iframe")) newswireFrames.observeIframe(frame);';
  await open(page, article(codes, { gap: 30, scripts }), 360, {}, { '/observe.js': observe });
  // Chromium has not loaded them: they are far below the fold.
  for (const handle of await page.locator('iframe').elementHandles()) {
    expect((await handle.contentFrame())?.url() ?? '').not.toContain('/embed/');
  }
  await readThrough(page);
  await expect.poll(() => misfits(page), { timeout: 10_000 }).toEqual([]);
  expect(await reachedTooEarly(page)).toEqual([]);
  const host = await record(page);
  expect(host.reached.filter((r) => r.time >= host.readingFrom!).length, 'both reached by scrolling').toBe(2);
  expect(host.changes.filter((change) => change.inView)).toEqual([]);
  expect(host.changes.filter((change) => change.from !== null).length, 'each frame did resize').toBeGreaterThanOrEqual(2);
  expect(cumulativeShift(host)).toBe(0);
});

test('the codes, the dialog and oEmbed carry the height each view has in a 600 px frame', async ({ page, context }) => {
  // One page load per view, and the views keep coming.
  test.slow();
  const codes = await dialogCodes(context, '/points/7');
  const document = await oembed(context, '/points/7');
  expect(document.width).toBe(600);
  expect(codes.iframe).toContain(` height="${document.height}" `);
  expect(codes.pym).toContain(`.iframe.height = "${document.height}";`);
  expect(document.html).toContain(` height="${document.height}" `);

  // The height script is the embeds' alone: the site's pages do not download it.
  await page.goto(`${APP}/points/7`);
  await expect(page.locator('script[src*="/embed-"]')).toHaveCount(0);

  await page.setViewportSize({ width: document.width, height: 800 });
  const off: string[] = [];
  for (const [path] of views) {
    const { height } = await oembed(context, path);
    await page.goto(`${APP}/embed${path === '/' ? '/' : path}`);
    await expect(page.locator('script[src*="/embed-"]')).toHaveCount(1);
    const live = await page.evaluate(() => window.document.documentElement.getBoundingClientRect().height);
    if (Math.abs(live - height) > 2) off.push(`${path}: measured ${height} px, the page is ${live} px`);
  }
  expect(off).toEqual([]);
});

test('Arabic embeds on an article page size themselves before the reader gets there, at 360 and 1280 px', async ({ page, browser }) => {
  await open(page, await arabicArticle(browser), 360);
  await expect(page.locator('iframe')).toHaveCount(2);
  await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  const frame = page.frameLocator('iframe').first();
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => misfits(page), { timeout: 15_000 }).toEqual([]);
});
