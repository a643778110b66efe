// The charts: drawn at build time as SVG, so they are in the page before any script runs, in
// every embed and in print. Each is a named picture, its table lists exactly the values the data
// gives it, and it says when its newest value is from.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from '../support/fixtures';
import { charts, contentOf } from '../support/content';
import { editions, escapeRegExp } from '../support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const words of editions) {
  const { charts: drawn } = contentOf(words);
  test(`${words.lang}: each chart is a named picture with a table of its data and its newest date`, async ({ page }) => {
    await openApp(page, `${words.prefix}/figures`);
    expect(drawn.length).toBeGreaterThan(0);
    for (const chart of drawn) {
      const figure = page.locator(`figure[data-chart="${chart.slug}"]`);
      // One artboard shows at a time; whichever it is, it has the chart's title for its name.
      const picture = figure.locator('svg[role="img"]:visible');
      await expect(picture).toHaveCount(1);
      await expect(picture).toHaveAccessibleName(new RegExp(`^${escapeRegExp(chart.title)}`));
      await figure.getByText(words.ui('c_chart_numbers')).click();
      const rows = figure.locator('.chart__table tbody tr');
      await expect(rows).toHaveCount(chart.figures.length);
      for (const [i, value] of chart.figures.entries()) {
        await expect(rows.nth(i).locator('.chart__table-date time')).toHaveAttribute('datetime', value.date);
        await expect(rows.nth(i).locator('.chart__table-value')).toHaveText(value.value);
      }
      const newest = chart.figures.map((f) => f.date).sort().pop() ?? '';
      await expect(figure.locator('.chart__newest time')).toHaveAttribute('datetime', newest);
      await expect(figure.locator('.chart__newest')).toContainText(words.say('c_chart_newest', { date: words.date(newest) }));
    }
  });

  test(`${words.lang}: under each chart, "Get the data" downloads a CSV of exactly the values it draws`, async ({ page }) => {
    await openApp(page, `${words.prefix}/figures`);
    for (const chart of drawn) {
      const link = page.locator(`figure[data-chart="${chart.slug}"] a.data-link`);
      await expect(link).toHaveText(words.ui('c_chart_data'));
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${chart.slug}.csv`);
      const response = await page.request.get((await link.getAttribute('href')) ?? '');
      expect(response.headers()['content-type']).toContain('text/csv');
      const lines = (await response.text()).trim().split('\n');
      // A header, then a row per value, each dated as the chart's table dates it.
      expect(lines.length - 1, chart.slug).toBe(chart.figures.length);
      for (const value of chart.figures) expect(lines.some((line) => line.startsWith(`${value.date},`)), chart.slug).toBe(true);
    }
  });
}

test('the charts are in the page without JavaScript, on their own pages and in their embeds', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const chart of charts) {
    for (const path of [`/figures/${chart.slug}`, `/embed/figures/${chart.slug}`]) {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveText(chart.title);
      await expect(page.locator('svg[role="img"]:visible')).toHaveCount(1);
      await expect(page.locator('.chart__table tbody tr')).toHaveCount(chart.figures.length);
    }
    for (const point of chart.points) {
      await page.goto(`/points/${point}`);
      await expect(page.locator(`figure[data-chart="${chart.slug}"] svg[role="img"]:visible`)).toHaveCount(1);
    }
  }
  await context.close();
});

test('print keeps every chart, on the wide artboard', async ({ page }) => {
  await openApp(page, '/figures');
  await page.emulateMedia({ media: 'print' });
  for (const chart of charts) {
    const wide = page.locator(`figure[data-chart="${chart.slug}"] .chart__plot--wide`);
    await expect(wide).toBeVisible();
    const box = await wide.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
  }
});

for (const scheme of ['light', 'dark', 'forced'] as const) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing on the charts with their tables open (${scheme}, ${width} px)`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia(scheme === 'forced' ? { forcedColors: 'active' } : { colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, '/figures');
      for (const summary of await page.locator('.chart__data summary').all()) await summary.click();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, '/figures scrolls sideways').toBeLessThanOrEqual(0);
    });
  }
}
