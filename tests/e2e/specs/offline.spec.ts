// After one visit the explainer works with no network; the single file opens from disk.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect, openApp, untilWorkerControls } from '../support/fixtures';
import { title, explainerTitle } from '../support/content';
import { say, ui } from '../support/ui';

test('installable: Chromium reports no installability error', async ({ page, browserName }, testInfo) => {
  // Test contexts are incognito, where nothing is installable: use a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), 'install-'));
  const context = await chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions ?? {});
  try {
    const own = context.pages()[0] ?? (await context.newPage());
    await openApp(own, 'http://127.0.0.1:4173/');
    await own.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(own);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors, browserName).toEqual([]);
  } finally {
    await context.close();
  }
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status()).toBe(200);
});

test('after one visit, every view loads with the network cut', async ({ page, context }) => {
  await openApp(page, '/');
  await untilWorkerControls(page);
  await context.setOffline(true);
  for (const [path, heading] of [
    ['/', explainerTitle],
    ['/points/13', title(13)],
    ['/positions', ui('route_name_positions')],
    ['/timeline', ui('route_name_timeline')],
  ]) {
    await page.goto(path);
    await expect(page.locator('h1')).toContainText(heading);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  }
  await page.goto('/points/99');
  await expect(page.locator('h1')).toHaveText(ui('route_name_not_found'));
  await context.setOffline(false);
});

test('embeds register no service worker', async ({ page }) => {
  await openApp(page, '/embed/points/7');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('the single file opens from disk with every network request blocked, and its links work', async ({ page, context }) => {
  const requested: string[] = [];
  await context.route(/^(?!file:)/, (route) => {
    requested.push(route.request().url());
    return route.abort();
  });
  await page.goto('file://' + join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html'));
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('h1')).toHaveText(explainerTitle);
  await expect(page.locator('h1')).not.toBeFocused();
  // The skip link moves to the content; it must not follow its address out of the file.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: ui('view_site_skip') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveURL(/gaza-plan-offline\.html(#\/)?$/);
  await page.getByRole('link', { name: say('c_point_card_title', { number: 7, title: title(7) }) }).click();
  await expect(page).toHaveURL(/gaza-plan-offline\.html#\/points\/7$/);
  await expect(page.locator('h1')).toContainText(title(7));
  // The whole app runs here: a new view takes focus and is announced without a page load.
  await expect(page.locator('h1')).toBeFocused();
  const announced = say('route_announced', { title: say('route_name_point', { number: 7, title: title(7) }) });
  await expect(page.getByRole('status').filter({ hasText: announced })).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('h1')).toContainText(title(8));
  const nav = page.getByRole('navigation', { name: ui('view_site_nav') });
  for (const view of ['positions', 'timeline', 'people', 'sources', 'about']) {
    const [link, heading] = [ui(`route_section_${view}`), ui(`route_name_${view}`)];
    await nav.getByRole('link', { name: link }).click();
    await expect(page.locator('h1')).toHaveText(heading);
  }
  expect(requested).toEqual([]);
  await expect(page.getByRole('link', { name: ui('view_site_download_link') })).toHaveCount(0);
});

test('in the single file, a typed hash without its slash opens that view', async ({ page, context }) => {
  await context.route(/^(?!file:)/, (route) => route.abort());
  const file = 'file://' + join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html');
  await page.goto(`${file}#points/7`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('h1')).toContainText(title(7));
  await expect(page).toHaveURL(/#\/points\/7$/);
  // As a reader editing the address bar would: the hash changes in the open page.
  await page.evaluate(() => { window.location.hash = 'points/8'; });
  await expect(page.locator('h1')).toContainText(title(8));
  await expect(page).toHaveURL(/#\/points\/8$/);
  await page.evaluate(() => { window.location.hash = 'no-such-view'; });
  await expect(page.locator('h1')).toHaveText(ui('route_name_not_found'));
});

test('the site links the single file for offline reading', async ({ page, request }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: ui('view_site_download_link') });
  await expect(link).toHaveAttribute('href', '/gaza-plan-offline.html');
  const file = await request.get('/gaza-plan-offline.html');
  expect(file.status()).toBe(200);
  expect((await file.body()).length).toBeGreaterThan(100_000);
});
