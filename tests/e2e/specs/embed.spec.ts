// Host pages on another origin embed views with the real pym.js and @newswire/frames; each frame
// must take exactly its content's height, and keep it through navigation and host resizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { contentOf, nextLink, nextLinkIn, title } from '../support/content';
import { editions, pattern, say, ui } from '../support/ui';

const APP = 'http://127.0.0.1:4173';
// Another origin: Playwright answers it, so nothing listens there and nothing leaves the machine.
const HOST = 'http://127.0.0.1:4175';
const framesJs = readFileSync(join(__dirname, '..', '..', '..', 'node_modules', '@newswire', 'frames', 'dist', 'frames.umd.js'));

async function host(page: Page, body: string) {
  await page.route(`${HOST}/**`, (route) => {
    if (route.request().url().endsWith('/frames.umd.js')) {
      return route.fulfill({ contentType: 'text/javascript', body: framesJs });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Host</title>
        <style>body{margin:0;font:16px sans-serif} p{margin:20px}</style></head>
        <body><p>Article text before the graphic.</p>${body}<p>Article text after.</p></body></html>`,
    });
  });
  await page.goto(`${HOST}/article`);
}

/** The frame's element height equals its document's height (±2 px), and it does not scroll. */
async function fitsItsContent(iframe: Locator, frame: Frame) {
  await expect
    .poll(async () => {
      const box = await iframe.boundingBox();
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return Math.abs((box?.height ?? 0) - content);
    }, { timeout: 10_000 })
    .toBeLessThanOrEqual(2);
  const overflow = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow).toBeLessThanOrEqual(2);
}

async function frameOf(page: Page, iframe: Locator): Promise<Frame> {
  const handle = await iframe.elementHandle();
  const frame = await handle!.contentFrame();
  await expect(frame!.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 15_000 });
  return frame!;
}

for (const [name, body] of [
  [
    'pym.js',
    `<div id="gaza-point-7"></div><script src="${APP}/pym.v1.min.js"></script>
     <script>new pym.Parent('gaza-point-7', '${APP}/embed/points/7', { title: 'Point 7' });</script>`,
  ],
  [
    '@newswire/frames',
    `<div data-frame-src="${APP}/embed/points/7" data-frame-attribute-title="Point 7"></div>
     <script src="/frames.umd.js"></script><script>newswireFrames.autoInitFrames();</script>`,
  ],
] as const) {
  test(`a ${name} host sizes the frame to its content: on load, after navigation, at 360 and 1000 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await host(page, body);
    const iframe = page.locator('iframe');
    const frame = await frameOf(page, iframe);
    await expect(frame.locator('h1')).toContainText(title(7));
    await fitsItsContent(iframe, frame);

    await frame.getByRole('link', { name: nextLink(8) }).click();
    await expect(frame.locator('h1')).toContainText(title(8));
    expect(frame.url()).toMatch(/\/embed\/points\/8/);
    // Each view is a page of its own: pym's id must come along for the new page to report.
    if (name === 'pym.js') expect(new URL(frame.url()).searchParams.get('childId')).toBe('gaza-point-7');
    await fitsItsContent(iframe, frame);

    await page.setViewportSize({ width: 360, height: 800 });
    await fitsItsContent(iframe, frame);
    await page.setViewportSize({ width: 1000, height: 800 });
    await fitsItsContent(iframe, frame);
  });
}

for (const words of editions) {
  const { prefix, ui: says } = words;
  const { titles } = contentOf(words);
  const named = (n: number) => titles.get(n) ?? '';

  test(`${words.lang}: an embedded view links out to the full explainer in a new tab`, async ({ page, context }) => {
    await host(page, `<iframe src="${APP}${prefix}/embed/positions" title="Positions" width="100%" height="600"></iframe>`);
    const frame = await frameOf(page, page.locator('iframe'));
    const link = frame.getByRole('link', { name: says('embed_open_full') });
    await expect(link).toHaveAttribute('target', '_blank');
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(opened).toHaveURL(`${APP}${prefix}/positions`);
    await expect(opened.locator('h1')).toHaveText(says('route_name_positions'));
  });

  test(`${words.lang}: a view runs inside <iframe sandbox="allow-scripts allow-popups"> with no error`, async ({ page }) => {
    await host(page, `<iframe sandbox="allow-scripts allow-popups" src="${APP}${prefix}/embed/points/13?theme=dark" title="Point 13" width="100%" height="900"></iframe>`);
    const frame = await frameOf(page, page.locator('iframe'));
    await expect(frame.locator('h1')).toContainText(named(13));
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await frame.getByRole('link', { name: nextLinkIn(words, 14) }).click();
    await expect(frame.locator('h1')).toContainText(named(14));
    // The host's theme comes along to the next view, and applies before it paints.
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
}

for (const words of editions) {
  const seventh = contentOf(words).titles.get(7) ?? '';
  test(`${words.lang}: theme and accent are validated; anything else is ignored and never injected`, async ({ page }) => {
    await page.goto(`${words.prefix}/embed/points/7?theme=dark&accent=%23c0392b`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const brand = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim());
    expect(await brand()).toBe('#c0392b');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 23, 28)');

    for (const query of [
      'theme=%3Cscript%3Ealert(1)%3C/script%3E&accent=red;background:url(//evil.example)',
      'theme=darkness&accent=%23c0392b%22%3E%3Cimg%20src=x%3E',
      'theme=DARK&accent=expression(alert(1))',
    ]) {
      await page.goto(`${words.prefix}/embed/points/7?${query}`);
      await expect(page.locator('h1')).toContainText(seventh);
      expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
      expect(await page.locator('html').getAttribute('style')).toBeNull();
      expect(await page.locator('img[src="x"], script:not([type]):has-text("alert")').count()).toBe(0);
    }
  });
}

for (const { lang, prefix, ui, say, pattern } of editions) {
  test(`${lang}: the Embed dialog gives both codes, copies, confirms, and closes with Escape`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await page.goto(`${prefix}/points/7`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    const open = page.getByRole('button', { name: ui('embed_button') });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: ui('embed_button') });
    await expect(dialog).toBeVisible();
    const iframeCode = await dialog.getByLabel(ui('embed_iframe')).inputValue();
    // Its accessible name is the view's document title.
    const frameTitle = pattern('route_name_point', { number: 7, title: /[^"]+/ }).source;
    expect(iframeCode).toMatch(
      new RegExp(`^<iframe src="http://127\\.0\\.0\\.1:4173${prefix}/embed/points/7" title="${frameTitle}" width="100%" height="\\d+" loading="lazy"`),
    );
    // Each copy names its own container, so the same view can be embedded twice on a page.
    expect(await dialog.getByLabel(ui('embed_pym')).inputValue()).toMatch(new RegExp(`new pym\\.Parent\\("gaza-plan-points-7-[0-9a-z]{4}", "${APP}${prefix}/embed/points/7"`));

    await dialog.getByRole('button', { name: ui('embed_iframe_copy') }).click();
    await expect(dialog.getByRole('status')).toHaveText(say('embed_copied', { label: ui('embed_iframe') }));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframeCode);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}
