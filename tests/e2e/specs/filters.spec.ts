// The overview's filters: a filtered address opens filtered, the count follows the data, the
// keyboard alone sets and clears them, the address carries them, and without JavaScript every
// point shows.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from '../support/fixtures';
import { pointFacets } from '../support/content';
import { say, ui } from '../support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TOTAL = pointFacets.length;

type Filter = { topic?: string; phase?: string; binds?: string; status?: string };

/** The points a filter leaves, by the data. */
function expected(filter: Filter): number[] {
  return pointFacets
    .filter(
      (p) =>
        (!filter.topic || p.topics.includes(filter.topic)) &&
        (!filter.phase || p.phase === filter.phase) &&
        (!filter.binds || p.binds.includes(filter.binds)) &&
        (!filter.status || p.status === filter.status),
    )
    .map((p) => p.number);
}

/** A combination the data gives at least one point and fewer than all: a topic and a party. */
const combined: Filter = (() => {
  for (const p of pointFacets)
    for (const topic of p.topics)
      for (const binds of p.binds) {
        const n = expected({ topic, binds }).length;
        if (n > 0 && n < TOTAL) return { topic, binds };
      }
  throw new Error('no point binds a party: the filters have nothing to show');
})();

function query(filter: Filter): string {
  return '?' + new URLSearchParams(filter as Record<string, string>).toString();
}

async function shownPoints(page: import('@playwright/test').Page): Promise<number[]> {
  const links = page.locator('.point-card:visible .point-card__number');
  return (await links.allTextContents()).map(Number).sort((a, b) => a - b);
}

async function expectShows(page: import('@playwright/test').Page, filter: Filter) {
  const points = expected(filter);
  await expect(page.locator('#point-count')).toHaveText(say('filters_points_shown', { shown: points.length, total: TOTAL }));
  await expect.poll(() => shownPoints(page)).toEqual(points);
}

test('a filtered address opened cold shows the filtered points and count', async ({ page }) => {
  await openApp(page, `/${query(combined)}`);
  await expectShows(page, combined);
  await expect(page.locator('select[name=topic]')).toHaveValue(combined.topic ?? '');
  await expect(page.locator('select[name=binds]')).toHaveValue(combined.binds ?? '');
  // A phase left with no point is hidden with its heading.
  for (const section of await page.locator('.overview .phase').all()) {
    const visible = await section.locator('.point-card:visible').count();
    expect(await section.isVisible()).toBe(visible > 0);
  }
});

test('the keyboard alone sets a filter, the address carries it, and "Show all points" clears it', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.locator('#point-count')).toHaveText(say('filters_points_shown', { shown: TOTAL, total: TOTAL }));
  const topic = page.getByLabel(ui('c_point_filters_topic'), { exact: true });
  await expect(topic).toBeEnabled();
  await topic.focus();
  await page.keyboard.press('ArrowDown');
  const chosen = await topic.inputValue();
  expect(chosen).not.toBe('');
  await expect(page).toHaveURL(new RegExp(`/\\?topic=${chosen}$`));
  await expectShows(page, { topic: chosen });
  await expect(page.locator('#point-count')).toHaveAttribute('role', 'status');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expectShows(page, { topic: chosen });
  const reset = page.getByRole('button', { name: ui('c_point_filters_show_all') });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expectShows(page, {});
  await expect(page).toHaveURL(/\/$/);
  await expect(reset).toBeHidden();
});

test('each status and phase choice shows what the data gives', async ({ page }) => {
  await openApp(page, '/');
  for (const key of ['phase', 'status'] as const) {
    const select = page.locator(`select[name=${key}]`);
    const values = (await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .filter(Boolean);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      await select.selectOption(value);
      await expectShows(page, { [key]: value });
      expect(expected({ [key]: value }).length, `${key}=${value} names points the data has`).toBeGreaterThan(0);
    }
    await select.selectOption('');
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a filtered address shows every point', async ({ page }) => {
    await page.goto(`/${query(combined)}`);
    await expect(page.locator('.point-card:visible')).toHaveCount(TOTAL);
  });
});

test('the single file filters too, with the filter in its hash route', async ({ page, context }) => {
  await context.route(/^(?!file:)/, (route) => route.abort());
  const file = 'file://' + require('node:path').join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html');
  await page.goto(`${file}#/${query(combined)}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expectShows(page, combined);
  await page.locator('select[name=binds]').selectOption('');
  await expectShows(page, { topic: combined.topic });
  await expect(page).toHaveURL(new RegExp(`#/\\?topic=${combined.topic}$`));
});

test('an embed of the overview keeps the host\'s parameters when it filters', async ({ page }) => {
  await openApp(page, `/embed/?childId=gaza-plan&${query(combined).slice(1)}`);
  await expectShows(page, combined);
  await page.locator('select[name=binds]').selectOption('');
  await expect(page).toHaveURL(new RegExp(`childId=gaza-plan&topic=${combined.topic}$`));
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing with the points filtered (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, `/${query(combined)}`);
      await expectShows(page, combined);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations).toEqual([]);
    });
  }
}
