import { test, expect } from '../support/fixtures';
import { views, explainerTitle } from '../support/content';
import { anyDate, pattern, ui } from '../support/ui';

test('the data has every view the tests walk', () => {
  expect(views.length).toBeGreaterThanOrEqual(1 + 20 + 1 + 9 + 4);
});

for (const [path, heading] of views) {
  test(`${path} loads with its heading and no console error`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toContainText(heading);
    await expect(page.getByText(pattern('c_as_of_line', { date: anyDate })).first()).toBeVisible();
  });
}

for (const path of ['/points/21', '/points/0', '/points/abc', '/points/07', '/positions/nope', '/no/such/page']) {
  test(`${path} shows not found with a way back`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText(ui('route_name_not_found'));
    await page.getByRole('link', { name: ui('view_not_found_all_points') }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:4173\/$/);
    await expect(page.locator('h1')).toContainText(explainerTitle);
  });
}
