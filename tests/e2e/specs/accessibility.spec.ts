// WCAG 2.0/2.1/2.2 A and AA, checked by axe-core on every view, light and dark, phone and desktop,
// with axe's best practices for screen readers: landmarks, one h1, headings in order.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from '../support/fixtures';
import { title, views } from '../support/content';
import { pattern, ui } from '../support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const otherViews = ['/embed/', '/embed/points/7', '/embed/positions', '/no/such/page'];
// The Arabic edition, right to left: one view of each kind, and an embed.
const arabicViews = ['/ar/', '/ar/points/7', '/ar/status', '/ar/positions', '/ar/positions/governance', '/ar/figures/aid-trucks', '/ar/timeline', '/ar/glossary', '/ar/search', '/ar/embed/positions'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test(`axe finds no violation on any view (${colorScheme}, ${width} px)`, async ({ page }) => {
      // Every view and four more, each analysed in full: minutes on 2 cores.
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of [...views.map(([p]) => p), ...otherViews, ...arabicViews]) {
        // As the reader has it once the page's script has run (with the Embed button).
        await openApp(page, path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
        // Reflow: no horizontal scrolling at 320 px (WCAG 1.4.10).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });
  }
}

test('the Embed dialog passes axe while open', async ({ page }) => {
  await openApp(page, '/points/7');
  await page.getByRole('button', { name: ui('embed_button') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('keyboard: skip link, focus on the new heading, and the change is announced', async ({ page }) => {
  await openApp(page, '/points/3');
  // Arriving from elsewhere, the page starts at the top like any other.
  await expect(page.locator('h1')).not.toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: pattern('route_announced') })).toHaveCount(0);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: ui('view_site_skip') });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await page.keyboard.press('ArrowRight');
  await expect(page.locator('h1')).toContainText(title(4));
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: title(4) })).toHaveCount(1);
  const announcer = page.locator('[aria-live="polite"]').filter({ hasText: title(4) });
  await expect(announcer).toHaveCount(1);
});

test.describe('before the app has started', () => {
  // No service worker either: it would fetch the wasm itself, past page.route.
  test.use({ serviceWorkers: 'block' });
  for (const path of ['/no/such/page?from=social', '/points/7?utm_source=newsletter']) {
    test(`the skip link at ${path} moves to the content without loading another page`, async ({ page }) => {
      // A keyboard reader presses Tab at once, long before the app starts (here it never does).
      await page.route(/\.wasm$/, () => {});
      await page.goto(path);
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: ui('view_site_skip') })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${path}#main`);
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
    });
  }
});

test('200 % text reflows without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  // Arabic too: its script sets taller lines, and its words are longer on a line.
  for (const path of ['/', '/points/5', '/positions', '/timeline', '/ar/', '/ar/points/5', '/ar/positions', '/ar/timeline']) {
    await page.goto(path);
    // Through the CSSOM, as a reader's zoom setting would: the page's policy forbids inline <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the single file (the whole app, opened from disk) passes axe on its views', async ({ page }) => {
  // Seven whole views, the timeline and sources long ones: more than the default 30 s on 2 cores.
  test.setTimeout(120_000);
  const file = 'file://' + join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html');
  for (const route of ['#/', '#/points/7', '#/status', '#/positions', '#/positions/disarmament', '#/timeline', '#/sources']) {
    await page.goto(`${file}${route}`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.locator('h1')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${route}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('in forced colours (Windows high contrast) boxes keep an edge and the current step stands out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  for (const path of ['/points/7', '/positions']) {
    await openApp(page, path);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.button, .camp, .commitment, .figure')]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => {
          const s = getComputedStyle(el);
          return { box: el.className, edge: s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) >= 1 };
        }),
    );
    expect(boxes.length, path).toBeGreaterThan(2);
    expect(boxes.filter((b) => !b.edge).map((b) => b.box), path).toEqual([]);
  }
  await openApp(page, '/points/7');
  const current = await page.locator('.pager__step.is-current').evaluate((el) => getComputedStyle(el).textDecorationLine);
  const other = await page.locator('a.pager__step').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(current).not.toBe(other);
});
