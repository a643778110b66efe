// A new deploy never mixes into the pages a reader has open: the page offers a reload instead, in
// the reader's edition.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, untilWorkerControls } from '../support/fixtures';
import { editions } from '../support/ui';

const dist = join(__dirname, '..', '..', '..', 'dist');

// Each edition has its own worker; the tests change one file each, so they may run side by side.
for (const { lang, prefix, ui, say } of editions) {
  test(`${lang}: when a new build is deployed, the page says so and reloads only when asked`, async ({ page }) => {
    const worker = join(dist, prefix, 'sw.js');
    await openApp(page, `${prefix}/points/2`);
    await untilWorkerControls(page);
    const notice = page.getByRole('status').filter({ hasText: ui('notice_updated') });
    await expect(notice).toBeHidden();

    const original = readFileSync(worker, 'utf8');
    const next = `gaza-plan-${lang}-0000000000000000`;
    try {
      // The next deploy: any change to the worker makes the browser install it beside the old one.
      writeFileSync(worker, original.replace(new RegExp(`gaza-plan-${lang}-[0-9a-f]{16}`), next));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect(notice).toBeVisible({ timeout: 15_000 });
      const cacheBefore = await page.evaluate(() => caches.keys());
      expect(cacheBefore.some((k) => k !== next)).toBe(true);

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button').click()]);
      await expect(page.locator('h1')).toContainText(say('view_point_number', { number: 2 }));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([next]);
    } finally {
      writeFileSync(worker, original);
    }
  });
}
