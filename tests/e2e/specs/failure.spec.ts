// If the app cannot start, the reader keeps the prerendered content and is told why.
import { test, expect } from '@playwright/test';
import { nextLink, title } from '../support/content';
import { say, ui, uiAr } from '../support/ui';

// The service worker fetches the wasm itself (page.route never sees that) and, once it controls
// the page, would hand over the real file.
test.use({ serviceWorkers: 'block' });

/** Every wasm file the page asks for arrives corrupted. */
function corruptWasm(page: import('@playwright/test').Page) {
  return page.route(/\.wasm$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') }),
  );
}

test('a corrupted wasm file leaves the content readable and shows a notice', async ({ page }) => {
  await corruptWasm(page);
  await page.goto('/points/7');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
  await expect(page.getByRole('alert')).toContainText(ui('notice_no_start'));
  await expect(page.locator('h1')).toContainText(title(7));
  await expect(page.getByText(say('c_pager_progress', { number: 7, total: 20 }))).toBeVisible();
  await page.getByRole('link', { name: nextLink(8) }).click();
  await expect(page.locator('h1')).toContainText(title(8));
});

test('in Arabic too, a corrupted wasm file leaves the content readable and shows the notice in Arabic', async ({ page }) => {
  await corruptWasm(page);
  await page.goto('/ar/points/7');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
  await expect(page.getByRole('alert')).toContainText(uiAr('notice_no_start'));
  await expect(page.locator('h1')).toContainText(/[\u0600-\u06FF]/);
  await page.locator('.pager__link--next').click();
  await expect(page).toHaveURL(/\/ar\/points\/8$/);
});

test('the notice stays hidden when the app starts', async ({ page }) => {
  await page.goto('/points/7');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('alert')).toBeHidden();
});
