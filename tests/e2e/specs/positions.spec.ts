import { test, expect, openApp } from '../support/fixtures';
import { issues, title } from '../support/content';
import { say, ui } from '../support/ui';

test('matrix → issue → linked point → back, with the URL and content right at each step', async ({ page }) => {
  await openApp(page, '/positions');
  const table = page.getByRole('table', { name: ui('c_positions_matrix_caption') });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(issues.length + 1);

  const disarmament = issues.find((i) => i.slug === 'disarmament')!;
  await table.getByRole('link', { name: disarmament.title }).click();
  await expect(page).toHaveURL(/\/positions\/disarmament$/);
  await expect(page.locator('h1')).toHaveText(disarmament.title);
  await expect(page.getByRole('heading', { name: ui('view_issue_outcomes') })).toBeVisible();

  await page.getByRole('link', { name: say('route_name_point', { number: 13, title: title(13) }) }).click();
  await expect(page).toHaveURL(/\/points\/13$/);
  await expect(page.locator('h1')).toContainText(title(13));
  await expect(page.getByRole('link', { name: disarmament.title })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/positions\/disarmament$/);
  await expect(page.locator('h1')).toHaveText(disarmament.title);
  await page.goBack();
  await expect(page).toHaveURL(/\/positions$/);
  await expect(page.locator('h1')).toHaveText(ui('route_name_positions'));
});

test('on a phone the matrix becomes one card per issue', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/positions');
  await expect(page.getByRole('table')).toBeHidden();
  for (const { title } of issues) {
    await expect(page.getByRole('region', { name: title })).toBeVisible();
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
});
