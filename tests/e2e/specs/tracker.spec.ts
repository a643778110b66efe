// Where each point stands: the tracker moves through the dates on which a status changed, the
// address carries the date, and without JavaScript every point's dated history is readable.
import { test, expect, openApp } from '../support/fixtures';
import { statusHistories, statusOn, title } from '../support/content';
import { anyDate, pattern, say, ui } from '../support/ui';

const HOSTAGES = 4;

/** The dates the data gives point 4: the day it became done, and a day in October 2025. */
function hostageDates(): { before: string; done: string } {
  const entries = statusHistories.get(HOSTAGES) ?? [];
  const done = entries.find(([, status]) => status === 'done')?.[0];
  if (!done) throw new Error('the data has point 4 done on some date');
  return { before: '2025-10-20', done };
}

async function cardStatus(page: import('@playwright/test').Page, point: number): Promise<string | null> {
  return page.locator(`.status-card[data-point="${point}"]`).getAttribute('data-status');
}

/** The count line matches the cards: each group's size, and every point once. */
async function expectCountMatchesCards(page: import('@playwright/test').Page) {
  const line = (await page.locator('#status-count').textContent()) ?? '';
  const groups = page.locator('.tracker__group:not([hidden])');
  let total = 0;
  for (let i = 0; i < (await groups.count()); i++) {
    const n = await groups.nth(i).locator('.status-card').count();
    total += n;
    expect(n).toBeGreaterThan(0);
  }
  expect(total).toBe(statusHistories.size);
  const counted = [...line.matchAll(/(\d+) [a-z ]+/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  expect(counted, line).toBe(statusHistories.size);
}

test('the hostage point is not done in October 2025 and done from the date the data gives', async ({ page }) => {
  const { before, done } = hostageDates();
  await openApp(page, `/status?on=${before}`);
  await expect(page.locator('.status-date output')).toContainText('2025');
  expect(await cardStatus(page, HOSTAGES)).toBe(statusOn(HOSTAGES, before));
  expect(await cardStatus(page, HOSTAGES)).not.toBe('done');
  for (const [point] of statusHistories) expect(await cardStatus(page, point)).toBe(statusOn(point, before));
  await expectCountMatchesCards(page);
  await openApp(page, `/status?on=${done}`);
  await expect.poll(() => cardStatus(page, HOSTAGES)).toBe('done');
  const card = say('c_status_card_title', { number: HOSTAGES, title: title(HOSTAGES) });
  await expect(page.locator('.tracker__group[data-status="done"]')).toContainText(card);
  await expectCountMatchesCards(page);
});

test('the arrow keys move the date, the address carries it, and a reload keeps it', async ({ page }) => {
  await openApp(page, '/status');
  const slider = page.getByRole('slider', { name: ui('status_date_label') });
  await expect(slider).toBeEnabled();
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\/status\?on=2025-09-29$/);
  for (const [point] of statusHistories) expect(await cardStatus(page, point)).toBe(statusOn(point, '2025-09-29'));
  await page.keyboard.press('ArrowRight');
  const url = page.url();
  const on = new URL(url).searchParams.get('on') ?? '';
  expect(on > '2025-09-29').toBe(true);
  await expect(page.locator('#status-count')).toContainText(new RegExp(`^${pattern('status_count_on', { date: anyDate }).source}`));
  // The count line is a polite live region: a screen reader hears the new date and the count.
  await expect(page.locator('#status-count')).toHaveAttribute('aria-live', 'polite');
  await expect(slider).toHaveAttribute('aria-valuetext', anyDate);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page).toHaveURL(url);
  for (const [point] of statusHistories) await expect.poll(() => cardStatus(page, point)).toBe(statusOn(point, on));
  await expectCountMatchesCards(page);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the tracker shows the current statuses and each point\'s dated history', async ({ page }) => {
    await page.goto('/status');
    await expect(page.locator('.status-card')).toHaveCount(statusHistories.size);
    const card = page.locator(`.status-card[data-point="${HOSTAGES}"]`);
    await card.locator('summary').click();
    const entries = card.locator('.status-history__entry');
    await expect(entries).toHaveCount(statusHistories.get(HOSTAGES)?.length ?? 0);
    await expect(entries.first()).toBeVisible();
    await expect(entries.first().locator('.status-entry__head time')).toHaveText(anyDate);
  });
});

test('the single file moves the tracker too, with the date in its hash route', async ({ page, context }) => {
  await context.route(/^(?!file:)/, (route) => route.abort());
  const { before } = hostageDates();
  const file = 'file://' + require('node:path').join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html');
  await page.goto(`${file}#/status?on=${before}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  expect(await cardStatus(page, HOSTAGES)).toBe(statusOn(HOSTAGES, before));
  const slider = page.getByRole('slider', { name: ui('status_date_label') });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/#\/status\?on=\d{4}-\d{2}-\d{2}$/);
  await expect.poll(() => cardStatus(page, HOSTAGES)).toBe('done');
});
