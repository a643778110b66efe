// Search: typing a name finds its person and the positions that mention them, case and accents
// aside; the keyboard alone works the combobox; the index is fetched only once the field has
// focus; /search?q= can be linked and works without JavaScript; the single file searches too.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, untilWorkerControls } from '../support/fixtures';
import { people, stances } from '../support/content';
import { anyDate, pattern, say, ui } from '../support/ui';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A person whose surname a stated position mentions, by the data: the name and that surname. */
const named = (() => {
  for (const name of people) {
    const surname = name.split(' ').pop() ?? '';
    if (surname.length > 3 && stances.some((text) => text.includes(surname))) return { name, surname };
  }
  throw new Error('no stance mentions anyone on /people: pick another search test');
})();
/** The surname as a reader might type it: in capitals, its first vowel with an accent. */
const typed = named.surname.toUpperCase().replace(/[AEIOU]/, (v) => ({ A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' })[v] ?? v);

const field = (page: import('@playwright/test').Page) => page.locator('#site-search-q');
const list = (page: import('@playwright/test').Page) => page.locator('#site-search-results');
const group = (page: import('@playwright/test').Page, name: string) => list(page).getByRole('group', { name });

test('typing a name finds the person and the positions that mention them', async ({ page }) => {
  await openApp(page, '/');
  await field(page).fill(typed);
  await expect(group(page, ui('search_kind_person')).getByRole('option', { name: new RegExp(named.name) })).toBeVisible();
  // A position is a party's as of a day: its result says which.
  await expect(group(page, ui('search_kind_position')).getByRole('option').first()).toContainText(
    new RegExp(`${pattern('search_entries_position', { stance: /.*/, date: anyDate }).source}$`),
  );
  await expect(list(page).locator('mark').first()).toHaveText(new RegExp(named.surname, 'i'));
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#site-search-status')).toHaveText(new RegExp(`^${pattern('search_results', { count: /\d+/ }).source}$`));
});

test('the index is fetched when the field first has focus, not with the page', async ({ page }) => {
  await openApp(page, '/');
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/search-index.txt')).length);
  expect(await fetched()).toBe(0);
  await field(page).focus();
  await expect.poll(fetched).toBe(1);
});

test('the keyboard alone: / to the field, arrows through the results, Enter opens one, Escape closes', async ({ page }) => {
  await openApp(page, '/');
  await page.locator('body').press('/');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type(named.surname);
  const person = group(page, ui('search_kind_person')).getByRole('option', { name: new RegExp(named.name) });
  await expect(person).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = list(page).getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await page.keyboard.press('Escape');
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(list(page)).toBeHidden();
  // Arrows open the list again; move to the person and open them.
  await page.keyboard.press('ArrowDown');
  await expect(list(page)).toBeVisible();
  const options = await list(page).getByRole('option').all();
  const target = await person.getAttribute('id');
  for (const option of options) {
    await page.keyboard.press('ArrowDown');
    if ((await field(page).getAttribute('aria-activedescendant')) === target) break;
    void option;
  }
  await expect(field(page)).toHaveAttribute('aria-activedescendant', target ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/people#person-/);
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toContainText(named.name);
});

test('leaving the field closes the list, and coming back shows its results again', async ({ page }) => {
  await openApp(page, '/');
  await field(page).fill(named.surname);
  await expect(list(page)).toBeVisible();
  // Tab leaves for the page, not for the list (which would close and drop focus to the top).
  await page.keyboard.press('Tab');
  await expect(list(page)).toBeHidden();
  await expect(page.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(field(page)).toBeFocused();
  await expect(group(page, ui('search_kind_person')).getByRole('option', { name: new RegExp(named.name) })).toBeVisible();
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true');
});

test('a query with no result says so and offers the views', async ({ page }) => {
  await openApp(page, '/');
  await field(page).fill('qqzxv');
  const nothing = say('search_nothing_found', { query: 'qqzxv' });
  await expect(page.locator('#site-search-status')).toHaveText(nothing);
  await expect(list(page).getByRole('group', { name: nothing }).getByRole('option').first()).toBeVisible();
});

test('on /search, a query with no result says so once and lists the views', async ({ page }) => {
  await openApp(page, '/search?q=qqzxv');
  const results = page.locator('#search-page-results');
  const nothing = say('search_nothing_found', { query: 'qqzxv' });
  await expect(page.locator('#search-page-status')).toHaveText(nothing);
  await expect(results.getByRole('region', { name: ui('search_kind_view') }).getByRole('link').first()).toBeVisible();
  await expect(page.getByText(nothing)).toHaveCount(1);
});

test('a linked /search?q= fills in its results, and Enter in the header goes there', async ({ page }) => {
  await openApp(page, '/');
  await field(page).fill(named.surname);
  await expect(list(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${named.surname}$`));
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('#search-page-q')).toHaveValue(named.surname);
  const results = page.locator('#search-page-results');
  await expect(results.getByRole('region', { name: ui('search_kind_person') }).getByRole('link', { name: named.name })).toBeVisible();
  await expect(page.locator('#search-page-status')).toHaveText(new RegExp(`^${pattern('search_results', { count: /\d+/ }).source}$`));
  await page.locator('#search-page-q').fill('');
  await expect(page).toHaveURL(/\/search$/);
});

test('on /search, / reaches the page\'s own field, where its results are', async ({ page }) => {
  await openApp(page, `/search?q=${named.surname}`);
  await page.locator('body').press('/');
  await expect(page.locator('#search-page-q')).toBeFocused();
  await expect(page.locator('#search-page-results').getByRole('link', { name: named.name })).toBeVisible();
});

test('embedded, /search\'s results keep the frame\'s parameters, so the next page can size its frame', async ({ page }) => {
  await openApp(page, `/embed/search?initialWidth=600&childId=gaza-search&q=${named.surname}`);
  const link = page.locator('#search-page-results').getByRole('link', { name: named.name });
  await expect(link).toBeVisible();
  const href = new URL((await link.getAttribute('href')) ?? '', page.url());
  expect(href.pathname).toBe('/embed/people');
  expect(href.searchParams.get('childId')).toBe('gaza-search');
  expect(href.searchParams.get('q')).toBeNull();
  expect(href.hash).toMatch(/^#person-/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('/search explains what can be searched and lists the views', async ({ page }) => {
    await page.goto('/search?q=anything');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('route_name_search'));
    await expect(page.locator('.search-help__views a').first()).toBeVisible();
    await expect(page.locator('.search-help__kinds li')).not.toHaveCount(0);
  });

  test('the header\'s field is a plain search field that submits to /search, not a list that never opens', async ({ page }) => {
    await page.goto('/');
    const form = page.getByRole('search', { name: ui('search_landmark') });
    await expect(form.getByRole('searchbox', { name: ui('search_label') })).toBeVisible();
    await expect(form.getByRole('combobox')).toHaveCount(0);
    expect(await form.getAttribute('action')).toMatch(/\/search$/);
  });
});

test('after one visit, search works with the network cut: the worker holds the index', async ({ page, context }) => {
  await openApp(page, '/');
  await untilWorkerControls(page);
  await context.setOffline(true);
  await openApp(page, '/timeline');
  await field(page).fill(typed);
  await expect(group(page, ui('search_kind_person')).getByRole('option', { name: new RegExp(named.name) })).toBeVisible();
});

test('the single file searches its own content, with nothing to fetch', async ({ page, context }) => {
  await context.route(/^(?!file:)/, (route) => route.abort());
  const file = 'file://' + require('node:path').join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html');
  await page.goto(`${file}#/`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await field(page).fill(typed);
  await expect(group(page, ui('search_kind_person')).getByRole('option', { name: new RegExp(named.name) })).toBeVisible();
  await group(page, ui('search_kind_person')).getByRole('option', { name: new RegExp(named.name) }).click();
  await expect(page).toHaveURL(/#\/people$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing with the results open (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, '/');
      await field(page).fill(named.surname);
      await expect(list(page)).toBeVisible();
      await page.keyboard.press('ArrowDown');
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations).toEqual([]);
    });
  }
}
