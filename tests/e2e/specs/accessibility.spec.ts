// WCAG 2.0/2.1/2.2 A and AA, checked by axe-core on every view, light and dark, phone and desktop,
// with axe's best practices for screen readers: landmarks, one h1, headings in order.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, watchPolicy } from '../support/fixtures';
import { title, views } from '../support/content';
import { pattern, ui } from '../support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The four passes below are minutes each: spread over both workers, not run one after another.
test.describe.configure({ mode: 'parallel' });
const otherViews = ['/embed/', '/embed/points/7', '/embed/positions', '/no/such/page'];
/** The same view in the Arabic edition, below /ar/. */
const arabic = (path: string) => `/ar${path}`;
const editions = [
  { name: 'English', lang: 'en', paths: [...views.map(([p]) => p), ...otherViews] },
  { name: 'Arabic', lang: 'ar', paths: [...views.map(([p]) => arabic(p)), ...otherViews.map(arabic)] },
];

// One pass per edition and width over every view, each loaded once and checked in both colour
// schemes, at 320 px for reflow and at 1280 px with 200 % text at 640 px, and under the strict
// policy: the views doubled with Arabic, the page loads did not.
for (const { name, lang, paths } of editions) {
  for (const width of [320, 1280]) {
    test(`axe finds no violation on any ${name} view, light and dark, and nothing scrolls sideways (${width} px)`, async ({ page }) => {
      // Every view, each analysed in full twice: minutes on 2 cores.
      test.setTimeout(400_000);
      // Console errors and failed requests fail the test through the fixture. The strict policy
      // (the build's _headers, which serve-dist sends) holds on every view: no violation, no
      // request to another origin, nothing stored (csp-privacy.spec.ts has the rest).
      const policy = await watchPolicy(page);
      for (const path of paths) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        // As the reader has it once the page's script has run (with the Embed button).
        await openApp(page, path);
        await expect(page.locator('html'), `${path} is in its edition's language`).toHaveAttribute('lang', lang);
        await expect(page.locator('h1'), `${path} has a heading`).not.toBeEmpty();
        for (const colorScheme of ['light', 'dark'] as const) {
          // Reduced motion: the switch of scheme is then instant, never measured mid-transition.
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = violations.map((v) => `${path} (${colorScheme}): ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(summary).toEqual([]);
        }
        expect(await policy.violations(), `${path} breaks the policy`).toEqual([]);
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length), `${path} stores`).toBe(0);
        // Reflow: no horizontal scrolling at 320 px (WCAG 1.4.10).
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(await overflow(), `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        if (width === 1280) {
          // 200 % text (WCAG 1.4.4) through the CSSOM, as a reader's setting would: the policy forbids inline <style>.
          await page.setViewportSize({ width: 640, height: 900 });
          await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
          expect(await overflow(), `${path} scrolls sideways with 200 % text`).toBeLessThanOrEqual(0);
        }
      }
      expect([...policy.origins], 'requests to another origin').toEqual([new URL(page.url()).origin]);
      expect(await page.context().cookies(), 'cookies').toEqual([]);
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

test('the single file (the whole app, opened from disk) passes axe on its views', async ({ page }) => {
  // Seven whole views in each edition, the timeline and sources long ones: minutes on 2 cores.
  test.setTimeout(240_000);
  const file = (edition: string) => 'file://' + join(__dirname, '..', '..', '..', 'dist', edition, 'gaza-plan-offline.html');
  const routes = ['#/', '#/points/7', '#/status', '#/positions', '#/positions/disarmament', '#/timeline', '#/sources'];
  // The Arabic edition's file too: its own words, right to left.
  for (const address of [...routes.map((r) => file('') + r), ...routes.map((r) => file('ar') + r)]) {
    const route = address.slice(address.indexOf('dist/'));
    await page.goto(address);
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
