// Comparing parties on /positions: the parties chosen and "only where they disagree" are in the
// address, a compared address opens compared, the table and the phone's cards follow the same
// choice, the keyboard alone sets it, and without JavaScript everything shows.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from '../support/fixtures';
import { camps, issues } from '../support/content';
import { pattern, say, ui } from '../support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAIR = ['hamas', 'israel'];

/** The issues on which the parties stated positions in more than one camp, by the data. */
function disagreements(parties: string[]): string[] {
  return issues
    .map((i) => i.slug)
    .filter((slug) => {
      const stated = camps.filter((c) => c.issue === slug && parties.includes(c.party) && c.camp);
      return new Set(stated.map((c) => c.camp)).size > 1;
    });
}

const compared = `/positions?parties=${PAIR.join(',')}&disagree=yes`;

async function shownIssues(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  return page.locator(`${selector}[data-issue]:visible`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-issue') ?? ''));
}

test('a compared address opens with only those parties and the issues they disagree on', async ({ page }) => {
  const expected = disagreements(PAIR);
  expect(expected.length).toBeGreaterThan(0);
  await openApp(page, compared);
  await expect(page.locator('#issue-count')).toHaveText(say('filters_issues_shown', { shown: expected.length, total: issues.length }));
  await expect.poll(() => shownIssues(page, '.matrix__table tr')).toEqual(expected);
  const headers = await page.locator('.matrix__table thead th[data-party]:visible').evaluateAll((ths) =>
    ths.map((th) => th.getAttribute('data-party')),
  );
  expect(headers).toEqual(PAIR);
  await expect(page.getByRole('checkbox', { name: ui('c_positions_filters_disagree') })).toBeChecked();
});

test('each issue\'s badge speaks of the parties compared, not of those hidden', async ({ page }) => {
  // A pair that agrees, or is alone in stating a position, on an issue where all parties diverge.
  const all = [...new Set(camps.map((c) => c.party))];
  const pairs = all.flatMap((a, i) => all.slice(i + 1).map((b) => [a, b]));
  const everyone = disagreements(all);
  const pair = pairs.find((p) => everyone.some((slug) => !disagreements(p).includes(slug)));
  if (!pair) throw new Error('every pair diverges wherever all parties do: pick another badge test');
  await openApp(page, `/positions?parties=${pair.join(',')}`);
  const diverging = disagreements(pair);
  await expect(page.locator('.matrix__table thead th[data-party]:visible')).toHaveCount(2);
  for (const { slug } of issues) {
    const badge = page.locator(`.matrix__table tr[data-issue="${slug}"] .badge`);
    if (diverging.includes(slug)) await expect(badge).toHaveText(ui('agreement_diverge'));
    else await expect(badge).not.toHaveText(ui('agreement_diverge'));
  }
});

test('on a phone the cards follow the same choice', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, compared);
  await expect.poll(() => shownIssues(page, '.matrix-card')).toEqual(disagreements(PAIR));
  const first = page.locator('.matrix-card:visible').first();
  const parties = await first.locator('.matrix-card__party:visible').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-party')));
  expect(parties).toEqual(PAIR);
});

test('the keyboard alone compares two parties, and the address carries it', async ({ page }) => {
  await openApp(page, '/positions');
  await expect(page.locator('#issue-count')).toHaveText(say('filters_issues_shown', { shown: issues.length, total: issues.length }));
  const boxes = page.locator('.positions-filters input[name=party]');
  for (const box of await boxes.all()) {
    const party = (await box.getAttribute('value')) ?? '';
    if (PAIR.includes(party)) continue;
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
  }
  await page.getByRole('checkbox', { name: ui('c_positions_filters_disagree') }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`/positions\\?parties=${PAIR.join(',')}&disagree=yes$`));
  await expect.poll(() => shownIssues(page, '.matrix__table tr')).toEqual(disagreements(PAIR));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a compared address shows every party and issue', async ({ page }) => {
    await page.goto(compared);
    await expect(page.locator('.matrix__table tbody tr:visible')).toHaveCount(issues.length);
  });
});

test('the single file compares too, in its hash route', async ({ page, context }) => {
  await context.route(/^(?!file:)/, (route) => route.abort());
  const file = 'file://' + require('node:path').join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html');
  await page.goto(`${file}#${compared}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect.poll(() => shownIssues(page, '.matrix__table tr')).toEqual(disagreements(PAIR));
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing with two parties compared (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, compared);
      await expect(page.locator('#issue-count')).toContainText(pattern('filters_issues_shown', { total: issues.length }));
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations).toEqual([]);
    });
  }
}
