// Every view is a static page: readable, linked and described before (and without) any script.
import { test, expect } from '../support/fixtures';
import { nextLink, title, views } from '../support/content';
import { anyDate, pattern, say, ui } from '../support/ui';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, heading] of views) {
    test(`${path} is readable`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toContainText(heading);
      await expect(page.getByText(pattern('c_as_of_line', { date: anyDate })).first()).toBeVisible();
    });
  }

  // The Arabic edition's pages, in one walk: each readable in Arabic with its date, and its
  // heading the same element as the English page's (a heading in Arabic letters).
  test('every Arabic view is readable', async ({ page }) => {
    test.slow();
    for (const [path] of views) {
      const response = await page.goto(`/ar${path}`);
      expect(response?.status(), `/ar${path}`).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1'), `/ar${path}`).toContainText(/[\u0600-\u06FF]/);
      await expect(page.locator('.as-of').first(), `/ar${path}`).toContainText(/[\u0600-\u06FF].*\d{4}/);
    }
  });

  test('links between views work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: say('c_point_card_title', { number: 7, title: title(7) }) }).click();
    await expect(page).toHaveURL(/\/points\/7$/);
    await expect(page.locator('h1')).toContainText(title(7));
    await page.getByRole('link', { name: nextLink(8) }).click();
    await expect(page.locator('h1')).toContainText(title(8));
    await page.getByRole('navigation', { name: ui('view_site_nav') }).getByRole('link', { name: ui('route_section_positions') }).click();
    await expect(page.locator('h1')).toHaveText(ui('route_name_positions'));
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/positions\/[a-z-]+$/);
    await page.getByRole('navigation', { name: ui('view_site_nav') }).getByRole('link', { name: ui('route_section_timeline') }).click();
    await expect(page.locator('h1')).toHaveText(ui('route_name_timeline'));
  });
});

test('each view has its own title, description, canonical URL, share card and oEmbed link', async ({ page, request }) => {
  const titles = new Set<string>();
  for (const path of ['/', '/points/7', '/positions', '/positions/disarmament', '/timeline']) {
    await page.goto(path);
    const head = page.locator('head');
    titles.add(await page.title());
    const description = await head.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length, path).toBeGreaterThan(20);
    expect(await head.locator('link[rel="canonical"]').getAttribute('href')).toBe(path);
    expect(await head.locator('meta[property="og:title"]').getAttribute('content')).toBe(await page.title());
    expect(await head.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const image = await head.locator('meta[property="og:image"]').getAttribute('content');
    const png = await request.get(image!);
    expect(png.status(), image!).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).length).toBeGreaterThan(5000);
    const oembedUrl = await head.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await request.get(oembedUrl!)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: await page.title() });
    expect(oembed.html).toMatch(/^<iframe src="[^"]+"/);
  }
  expect(titles.size).toBe(5);
});

test('the page script keeps the prerendered view as it was, with no error', async ({ page }) => {
  await page.route(/\.wasm$/, async (route) => {
    // Hold the wasm back until the static page has been read, to compare before and after.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.goto('/points/7');
  const before = await page.locator('main').innerHTML();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const after = await page.locator('main').innerHTML();
  expect(after.replace(/<!--.*?-->/g, '')).toBe(before.replace(/<!--.*?-->/g, ''));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/points\/8$/);
});
