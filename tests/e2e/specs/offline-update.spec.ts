// A new deploy never mixes into the pages a reader has open: the page offers a reload instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, untilWorkerControls } from '../support/fixtures';
import { say, ui } from '../support/ui';

const worker = join(__dirname, '..', '..', '..', 'dist', 'sw.js');

test('when a new build is deployed, the page says so and reloads only when asked', async ({ page }) => {
  await openApp(page, '/points/2');
  await untilWorkerControls(page);
  const notice = page.getByRole('status').filter({ hasText: ui('notice_updated') });
  await expect(notice).toBeHidden();

  const original = readFileSync(worker, 'utf8');
  try {
    // The next deploy: any change to the worker makes the browser install it beside the old one.
    writeFileSync(worker, original.replace(/gaza-plan-[0-9a-f]+/, 'gaza-plan-nextbuild0000000'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(notice).toBeVisible({ timeout: 15_000 });
    const cacheBefore = await page.evaluate(() => caches.keys());
    expect(cacheBefore.some((k) => k !== 'gaza-plan-nextbuild0000000')).toBe(true);

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button').click()]);
    await expect(page.locator('h1')).toContainText(say('view_point_number', { number: 2 }));
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['gaza-plan-nextbuild0000000']);
  } finally {
    writeFileSync(worker, original);
  }
});
