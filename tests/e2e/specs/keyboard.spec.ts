// Keyboard and motion: every control reached by Tab with a visible, unobscured focus ring; the
// matrix read as a table; no motion for readers who ask for less.
import type { Page } from '@playwright/test';
import { test, expect, openApp } from '../support/fixtures';
import { issues } from '../support/content';
import { ui, uiAr } from '../support/ui';

type Stop = { id: string; label: string; ring: boolean; onScreen: boolean; onTop: boolean };

/** Marks every control a reader can see and returns how many there are. */
async function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), textarea, input, select, summary, [tabindex]:not([tabindex="-1"])';
    // checkVisibility: what a closed <details> holds has a box but is not rendered, nor reachable.
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    };
    // The skip link is off-screen until focused: a control all the same.
    const controls = [...document.querySelectorAll(selector)].filter((el) => visible(el) || el.matches('.skip-link'));
    return controls.map((el, i) => {
      el.setAttribute('data-probe', String(i));
      return String(i);
    });
  });
}

/** Presses Tab until focus leaves the page (at most `bound` times), recording each stop. */
async function tabThrough(page: Page, bound: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < bound; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      return {
        id: el.getAttribute('data-probe') ?? '',
        label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
        onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
        onTop: !!hit && (hit === el || el.contains(hit) || hit.contains(el)),
      };
    });
    if (!stop || (stops.length > 0 && stop.id === stops[0].id)) break;
    stops.push(stop);
  }
  return stops;
}

for (const width of [320, 1280]) {
  const english = ['/', '/points/7', '/status', '/positions', '/positions/disarmament', '/sources', '/embed/points/7'];
  // And the same views of the Arabic edition, right to left: the skip link and rings must stay on screen there too.
  for (const path of [...english, ...english.map((view) => `/ar${view}`)]) {
    test(`${path} at ${width} px: Tab reaches every control, with a visible, unobscured focus ring`, async ({ page }) => {
      // /sources has a link per source address and per citation: hundreds of Tab stops.
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, path);
      const controls = await markControls(page);
      expect(controls.length).toBeGreaterThan(3);
      const stops = await tabThrough(page, controls.length + 10);
      expect(stops.filter((s) => !s.ring).map((s) => s.label), 'focus without a ring').toEqual([]);
      expect(stops.filter((s) => !s.onScreen || !s.onTop).map((s) => s.label), 'focus off screen or covered').toEqual([]);
      const reached = new Set(stops.map((s) => s.id));
      expect(controls.filter((id) => !reached.has(id)), 'controls Tab never reaches').toEqual([]);
    });
  }
}

test.describe('in a browser without light-dark() (before 2024)', () => {
  // The page's policy forbids injected styles; the stand-in for an old browser needs one.
  test.use({ bypassCSP: true });
  test('the focus ring is still drawn', async ({ page }) => {
    await openApp(page, '/points/7');
    // What an old browser makes of the colour tokens: invalid values at computed-value time.
    await page.addStyleTag({ content: ':root { --color-focus: light-dark-unknown(red, blue); }' });
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${parseFloat(s.outlineWidth) >= 2}`;
    });
    expect(ring).toBe('solid true');
  });
});

for (const [prefix, say] of [['', ui], ['/ar', uiAr]] as const) {
  test(`${prefix || 'English'}: the Embed dialog holds focus, every control in it is reachable, and Escape returns to its button`, async ({ page }) => {
    const ui = say;
    await openApp(page, `${prefix}/points/7`);
    const opener = page.getByRole('button', { name: ui('embed_button') });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: ui('embed_button') });
    await expect(dialog).toBeVisible();
    const names = new Set<string>();
    const escaped: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        // The browser's own controls (focus on no element) sit between the last and the first.
        if (!el || el === document.body) return { inside: true, name: '' };
        return { inside: !!el.closest('dialog'), name: el.textContent?.trim() || el.id || el.tagName };
      });
      if (!stop.inside) escaped.push(stop.name);
      else if (stop.name) names.add(stop.name);
    }
    expect(escaped, 'focus left the open dialog').toEqual([]);
    for (const name of [ui('embed_iframe_copy'), ui('embed_pym_copy'), ui('embed_close'), 'embed-iframe', 'embed-pym']) expect(names).toContain(name);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

test('the matrix is a table: a column per party, a row header per issue, links in reading order', async ({ page }) => {
  await openApp(page, '/positions');
  const table = page.getByRole('table', { name: ui('c_positions_matrix_caption') });
  await expect(table.getByRole('columnheader')).toHaveText([ui('c_positions_matrix_issue'), 'Hamas', 'Israel', 'United States', /Mediators|Egypt/]);
  const rowHeaders = table.getByRole('rowheader');
  await expect(rowHeaders).toHaveCount(issues.length);
  for (const [i, { title }] of issues.entries()) await expect(rowHeaders.nth(i)).toContainText(title);
  // Tab walks the issues top to bottom, each straight after the one before (cells hold no stop
  // between them but the links a cell itself shows).
  await table.getByRole('link', { name: issues[0].title }).focus();
  const order: string[] = [];
  for (let i = 0; i < 200 && order.length < issues.length - 1; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement?.closest('th[scope=row]') ? document.activeElement.textContent : null));
    if (text) order.push(text.trim());
  }
  expect(order).toEqual(issues.slice(1).map((i) => i.title));
});

test('with reduced motion nothing moves; with motion allowed, transitions are brief', async ({ page }) => {
  const durations = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => {
        const s = getComputedStyle(el);
        return [s.transitionDuration, s.animationDuration]
          .flatMap((d) => d.split(','))
          .map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000))
          .concat(s.scrollBehavior === 'smooth' ? [1] : []);
      }),
    );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/', '/points/7', '/positions', '/embed/points/7']) {
    await openApp(page, path);
    expect(Math.max(...(await durations())), path).toBe(0);
  }
  // The same page (its pager's hover fade) when the reader has not asked for less motion.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const allowed = Math.max(...(await durations()));
  expect(allowed).toBeGreaterThan(0);
  expect(allowed).toBeLessThanOrEqual(300);
});
