// The Arabic edition, below the English one at /ar/: right to left in its own words, each page
// linked to the same view in the other edition, its keys following the reading direction, and
// search that reads Arabic as Arabic search engines do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { test, expect, openApp, untilWorkerControls } from '../support/fixtures';
import { charts, title } from '../support/content';

const DATA = join(__dirname, '..', '..', '..', 'data');
const arabic = (file: string) => parse(readFileSync(join(DATA, file), 'utf8')) as Record<string, unknown>;

test('an Arabic page is Arabic, right to left, and links the same view in English', async ({ page }) => {
  await openApp(page, '/ar/points/7');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const english = page.locator('a.site-header__edition');
  await expect(english).toHaveAttribute('hreflang', 'en');
  await expect(english).toHaveAttribute('href', '/points/7');
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/points\/7$/);
  await expect(page.locator('link[rel=alternate][hreflang=ar]')).toHaveAttribute('href', /\/ar\/points\/7$/);
  // Nothing in Latin letters but what is meant to be: the plan's title, names of sources.
  const heading = await page.locator('h1').innerText();
  expect(heading).toMatch(/[\u0600-\u06FF]/);
});

test('an English page links the same view in Arabic', async ({ page }) => {
  await openApp(page, '/status');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const arabic = page.locator('a.site-header__edition');
  await expect(arabic).toHaveAttribute('href', '/ar/status');
  await arabic.click();
  await expect(page).toHaveURL(/\/ar\/status$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('in Arabic, ← reads on to the next point and → goes back', async ({ page }) => {
  await openApp(page, '/ar/points/7');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/ar\/points\/8$/);
  await openApp(page, '/ar/points/8');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/ar\/points\/7$/);
});

test('Arabic search finds a word with the prefixes written onto it', async ({ page }) => {
  await openApp(page, '/ar/search');
  const field = page.locator('.search-page__input');
  await field.fill('والمجلس');
  await expect(page.locator('.search-page__results a').first()).toBeVisible();
  await field.fill('المجلس');
  const plain = await page.locator('.search-page__results a').count();
  await field.fill('والمجلس');
  await expect(page.locator('.search-page__results a')).toHaveCount(plain);
});

test('an Arabic view embeds as Arabic: its oEmbed and the codes its dialog hands out', async ({ page, request }) => {
  const oembed = await (await request.get('/ar/oembed/points-7.json')).json();
  expect(oembed.html).toContain('/ar/embed/points/7');
  await openApp(page, '/ar/points/7');
  await page.locator('button[aria-haspopup=dialog]').first().click();
  await expect(page.locator('#embed-iframe')).toHaveValue(/\/ar\/embed\/points\/7/);
  await expect(page.locator('#embed-pym')).toHaveValue(/\/ar\/embed\/points\/7/);
});

test('words quoted in Arabic are marked as our translation; sources keep their own language', async ({ page }) => {
  const note = (arabic('ui.ar.toml').c_cite as Record<string, string>).translated;
  type Point = { title: string; summary: string; commitment?: Record<string, string>[] };
  const points = arabic('ar/points.toml').point as Point[];
  const quotes = (p: Point) =>
    [p.title, p.summary, ...(p.commitment ?? []).flatMap((c) => Object.values(c))].some((t) => /«|"|“/.test(t));
  const quoting = points.findIndex(quotes) + 1;
  const plain = points.findIndex((p) => !quotes(p)) + 1;
  expect(quoting * plain, 'the Arabic points hold both kinds').toBeGreaterThan(0);

  await openApp(page, `/ar/points/${quoting}`);
  await expect(page.locator('.source-list__translated')).toHaveText(note);
  // Publishers and titles as published, in English, marked so for screen readers.
  await expect(page.locator('.source-list cite').first()).toHaveAttribute('lang', 'en');
  await openApp(page, `/ar/points/${plain}`);
  await expect(page.locator('.source-list__translated')).toHaveCount(0);
  // In English, the same words are the sources' own.
  await openApp(page, `/points/${quoting}`);
  await expect(page.locator('.source-list__translated')).toHaveCount(0);
  await expect(page.locator('.source-list cite').first()).not.toHaveAttribute('lang', /./);
});

type Box = { x: number; width: number };
const middle = (box: Box | null) => (box ? box.x + box.width / 2 : NaN);

test('the layout mirrors in Arabic and time in a chart still runs left to right', async ({ page }, testInfo) => {
  // Each piece's picture goes with the report, for a reader to see what the numbers say.
  const picture = async (name: string, selector: string) =>
    testInfo.attach(name, { body: await page.locator(selector).first().screenshot(), contentType: 'image/png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [prefix, rtl] of [['', false], ['/ar', true]] as const) {
    // The pager: "next" on the side the reader reads towards, and the steps in reading order.
    await openApp(page, `${prefix}/points/7`);
    const previous = middle(await page.locator('.pager__link--previous').boundingBox());
    const next = middle(await page.locator('.pager__link--next').boundingBox());
    expect(next < previous, `${prefix || 'English'}: next is ${rtl ? 'left' : 'right'} of previous`).toBe(rtl);
    const steps = page.locator('.pager__steps > li');
    const [first, second] = [middle(await steps.nth(0).boundingBox()), middle(await steps.nth(1).boundingBox())];
    expect(second < first, `${prefix || 'English'}: the second step follows the first`).toBe(rtl);
    await picture(`${prefix || 'English'} pager`, '.pager');
    // The matrix: the first party's column where reading starts, the issues' column first of all.
    await openApp(page, `${prefix}/positions`);
    const heads = page.locator('.matrix__table thead th');
    const [issues, firstParty] = [middle(await heads.nth(0).boundingBox()), middle(await heads.nth(1).boundingBox())];
    expect(firstParty < issues, `${prefix || 'English'}: the parties follow the issues' column`).toBe(rtl);
    await picture(`${prefix || 'English'} matrix`, '.matrix__table');
    // The tracker: each card's title starts at the reading edge.
    await openApp(page, `${prefix}/status`);
    const card = await page.locator('.status-card').first().boundingBox();
    const title = await page.locator('.status-card__title').first().locator('a, span').first().boundingBox();
    const [cardEdge, titleEdge] = rtl ? [card!.x + card!.width, title!.x + title!.width] : [card!.x, title!.x];
    expect(Math.abs(cardEdge - titleEdge), `${prefix || 'English'}: the title starts at the card's reading edge`).toBeLessThan(24);
    await picture(`${prefix || 'English'} tracker card`, '.status-card');
    // A chart: the earliest month on the left in both editions (README, "Charts").
    await openApp(page, `${prefix}/figures/${charts[0].slug}`);
    const ticks = page.locator('.chart__plot:visible .chart__time-axis line.chart__tick');
    const xs = await ticks.evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('x1'))));
    expect(xs.length, 'the chart has ticks').toBeGreaterThan(1);
    expect(xs, `${prefix || 'English'}: time runs left to right`).toEqual([...xs].sort((a, b) => a - b));
    await picture(`${prefix || 'English'} chart`, 'figure[data-chart]');
  }
});

test('after one visit to each edition, both read offline, each from its own worker', async ({ page, context }) => {
  type Point = { title: string };
  const points = arabic('ar/points.toml').point as Point[];
  const route = arabic('ui.ar.toml').route as Record<string, string>;
  await openApp(page, '/');
  await untilWorkerControls(page);
  await openApp(page, '/ar/');
  expect(new URL(await untilWorkerControls(page)).pathname).toBe('/ar/');
  // Both workers share the origin's caches: neither may take the other's for an old build of its own.
  await expect.poll(() => page.evaluate(() => caches.keys().then((keys) => keys.length))).toBe(2);
  await context.setOffline(true);
  await page.goto('/ar/points/13');
  await expect(page.locator('h1')).toContainText(points[12].title);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await page.goto('/ar/timeline');
  await expect(page.locator('h1')).toHaveText(route.name_timeline);
  await page.goto('/points/13');
  await expect(page.locator('h1')).toContainText(title(13));
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await context.setOffline(false);
});

test('the Arabic single file opens from disk, right to left, and asks the network for nothing', async ({ page, context }) => {
  type Point = { title: string };
  const points = arabic('ar/points.toml').point as Point[];
  const requested: string[] = [];
  await context.route(/^(?!file:)/, (route) => {
    requested.push(route.request().url());
    return route.abort();
  });
  const file = 'file://' + join(__dirname, '..', '..', '..', 'dist', 'ar', 'gaza-plan-offline.html');
  await page.goto(`${file}#/points/7`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toContainText(points[6].title);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/points\/8$/);
  await expect(page.locator('h1')).toContainText(points[7].title);
  expect(requested).toEqual([]);
});

/** What a page shows of the points, as numbers and statuses: the same in both editions. */
async function pointsShown(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  return page.locator(`${selector}:visible`).evaluateAll((cards) =>
    cards.map((card) => `${card.getAttribute('data-point') ?? card.querySelector('.point-card__number')?.textContent}:${card.getAttribute('data-status') ?? ''}`),
  );
}

test('the Arabic interactions do what the English ones do: filters, the tracker\'s date, the comparison, terms', async ({ page }) => {
  // The overview's filters, from a filtered address and from the keyboard.
  for (const query of ['?topic=aid', '?phase=transition', '?binds=hamas']) {
    await openApp(page, `/${query}`);
    const english = await pointsShown(page, '.point-card');
    await openApp(page, `/ar/${query}`);
    expect(await pointsShown(page, '.point-card'), query).toEqual(english);
    expect(english.length, `${query} leaves some points and not all`).toBeGreaterThan(0);
  }
  await openApp(page, '/ar/');
  const topic = page.locator('select[name=topic]');
  await topic.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/ar\/\?topic=[a-z-]+$/);

  // The tracker on a date, and its date control moved by the key that reads forward: ← in Arabic.
  await openApp(page, '/status?on=2025-10-20');
  const english = await pointsShown(page, '.status-card');
  await openApp(page, '/ar/status?on=2025-10-20');
  expect(await pointsShown(page, '.status-card')).toEqual(english);
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\/ar\/status\?on=2025-09-29$/);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('on') ?? '').not.toBe('2025-09-29');
  expect((new URL(page.url()).searchParams.get('on') ?? '') > '2025-09-29', 'the date moved forward').toBe(true);

  // The comparison on /positions: the same parties and issues from the same address.
  const compared = '/positions?parties=hamas,israel&disagree=yes';
  const shown = () =>
    page.locator('.matrix__table tr[data-issue]:visible, .matrix__table thead th[data-party]:visible').evaluateAll((cells) =>
      cells.map((cell) => cell.getAttribute('data-issue') ?? cell.getAttribute('data-party')),
    );
  await openApp(page, compared);
  const englishComparison = await shown();
  await openApp(page, `/ar${compared}`);
  expect(await shown()).toEqual(englishComparison);
  expect(englishComparison.length, 'the comparison shows parties and issues').toBeGreaterThan(2);

  // A marked term opens its definition in place, from the keyboard, and Escape closes it.
  await openApp(page, '/ar/timeline');
  const term = page.locator('button.term').first();
  const popover = page.locator(`#${(await term.getAttribute('popovertarget')) ?? ''}`);
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(/[\u0600-\u06FF]/);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});
