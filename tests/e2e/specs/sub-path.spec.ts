// A build made with `--public-url /news/gaza-plan/`, hosted under that path.
import { test, expect, openApp, untilWorkerControls } from '../support/fixtures';
import { title, explainerTitle } from '../support/content';
import { pattern, ui } from '../support/ui';

test('views, assets and links stay under the sub-path', async ({ page }) => {
  await openApp(page, 'points/7');
  await expect(page).toHaveURL(/\/news\/gaza-plan\/points\/7$/);
  await expect(page.locator('h1')).toContainText(title(7));

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/news\/gaza-plan\/points\/8$/);
  await expect(page.locator('h1')).toContainText(title(8));

  await page.getByRole('link', { name: explainerTitle }).click();
  await expect(page).toHaveURL(/\/news\/gaza-plan\/$/);
  await expect(page.getByRole('link', { name: new RegExp(`^${pattern('c_point_card_title', { number: /\d+/ }).source}`) })).toHaveCount(20);
});

test('the Arabic edition under the sub-path keeps its pages, files and links below it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openApp(page, 'ar/points/7');
  await expect(page).toHaveURL(/\/news\/gaza-plan\/ar\/points\/7$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/news\/gaza-plan\/ar\/points\/8$/);
  await expect(page.locator('a.site-header__edition')).toHaveAttribute('href', '/news/gaza-plan/points/8');
  expect(fetched.filter((path) => !path.startsWith('/news/gaza-plan/ar/')), 'files from outside the edition').toEqual([]);
});

test('an unknown point under the sub-path is not found', async ({ page }) => {
  await page.goto('points/21');
  await expect(page.locator('h1')).toHaveText(ui('route_name_not_found'));
});

test('the service worker is scoped to the sub-path and serves it offline', async ({ page, context }) => {
  await openApp(page, 'positions');
  const scope = await untilWorkerControls(page);
  expect(scope).toBe('http://127.0.0.1:4174/news/gaza-plan/');
  await context.setOffline(true);
  await page.goto('points/13');
  await expect(page.locator('h1')).toContainText(title(13));
  await context.setOffline(false);
});
