import { test, expect, openApp } from '../support/fixtures';
import { nextLink, title } from '../support/content';
import { pattern, say } from '../support/ui';

test('the → key walks from point 1 to point 20', async ({ page }) => {
  await openApp(page, '/points/1');
  await expect(page.locator('h1')).toContainText(title(1));
  for (let n = 2; n <= 20; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/points/${n}$`));
    // Each point is a page of its own: the keys work once its script has started.
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  }
  await expect(page.locator('h1')).toContainText(title(20));
  await expect(page.getByText(say('c_pager_progress', { number: 20, total: 20 }))).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${pattern('route_name_point', { number: 20, title: title(20) }).source}`));
});

test('next and previous links, and the back button, move between points', async ({ page }) => {
  await openApp(page, '/points/7');
  await page.getByRole('link', { name: nextLink(8) }).click();
  await expect(page).toHaveURL(/\/points\/8$/);
  await expect(page.locator('h1')).toContainText(title(8));
  await expect(page.locator('h1')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/points\/7$/);
  await expect(page.locator('h1')).toContainText(title(7));
});

test('the overview links every point to its page', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.getByRole('link', { name: new RegExp(`^${pattern('c_point_card_title', { number: /\d+/ }).source}`) })).toHaveCount(20);
  await page.getByRole('link', { name: say('c_point_card_title', { number: 13, title: title(13) }) }).click();
  await expect(page).toHaveURL(/\/points\/13$/);
  await expect(page.locator('h1')).toContainText(title(13));
});
