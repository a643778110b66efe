// The pseudo-locale's edition (en-XA, target/dist-pseudo, built by `cargo xtask test`): every word
// of the interface table and of data/ is accented, bracketed and a third longer there, so any
// Latin letter a reader sees or hears on it did not come through them: a word hard-coded in
// Rust, index.html or a script. Every view and embed is walked, and the islands are made to speak.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '../support/fixtures';

const DIST = join(__dirname, '..', '..', '..', 'target', 'dist-pseudo');

/** Every page of the build, as a path: `/`, `/points/7`, `/embed/status`. */
function pages(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...pages(path));
    else if (name === 'index.html') found.push(`/${relative(DIST, dir)}`.replace(/\/$/, '') || '/');
  }
  return found.sort();
}

/** What the page shows or says that holds a Latin letter: text, names and descriptions. */
async function leaks(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const latin = /[A-Za-z]/;
    const found: string[] = [];
    // Code is not language (the embed codes an editor copies), nor are addresses, which the page
    // marks translate="no" (a source's site name).
    const code = 'script, style, code, pre, textarea, noscript, template, [translate=no]';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (latin.test(text) && !node.parentElement?.closest(code)) found.push(`text "${text.trim().slice(0, 60)}"`);
    }
    const named = ['title', 'aria-label', 'alt', 'placeholder', 'aria-valuetext', 'aria-roledescription'];
    for (const element of document.body.querySelectorAll(named.map((a) => `[${a}]`).join(','))) {
      for (const attribute of named) {
        const value = element.getAttribute(attribute);
        if (value && latin.test(value)) found.push(`${attribute}="${value.slice(0, 60)}" on <${element.localName}>`);
      }
    }
    if (latin.test(document.title)) found.push(`<title> "${document.title}"`);
    const description = document.querySelector('meta[name=description]')?.getAttribute('content') ?? '';
    if (latin.test(description)) found.push(`description "${description.slice(0, 60)}"`);
    return found;
  });
}

const all = pages(DIST);

test('the pseudo-locale build has every view and its embed', () => {
  expect(all.length).toBeGreaterThan(40);
  expect(all).toContain('/');
  expect(all).toContain('/embed');
});

for (const half of ['site', 'embed'] as const) {
  test(`every ${half} page's words come through the tables`, async ({ page }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    for (const path of all.filter((p) => p.startsWith('/embed') === (half === 'embed'))) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      problems.push(...(await leaks(page)).map((leak) => `${path}: ${leak}`));
    }
    expect(problems).toEqual([]);
  });
}

test('what the islands say comes through the tables', async ({ page }) => {
  const said = async (where: string) => expect((await leaks(page)).map((leak) => `${where}: ${leak}`)).toEqual([]);
  const ready = () => expect(page.locator('html')).toHaveAttribute('data-app', 'ready');

  await page.goto('/');
  await ready();
  const topic = page.locator('select[name=topic]');
  await topic.selectOption({ index: 1 });
  await expect(page).toHaveURL(/topic=/);
  await said('the overview, filtered');

  await page.goto('/positions');
  await ready();
  await page.locator('.positions-filters input[name=party]').first().uncheck();
  await expect(page).toHaveURL(/parties=/);
  await said('/positions, compared');

  await page.goto('/status');
  await ready();
  const range = page.locator('.status-date input[type=range]');
  await expect(range).toBeEnabled();
  await range.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/on=/);
  await said('/status, an earlier date');

  await page.goto('/search');
  await ready();
  await page.locator('.search-page__input').fill('a');
  await expect(page.locator('.search-page__status')).not.toBeEmpty();
  // Digits only: the reader's query is echoed, and it is no word of ours.
  await page.locator('.search-page__input').fill('97531');
  await expect(page.locator('.search-page__results')).not.toBeEmpty();
  await said('/search, found and not found');

  await page.goto('/points/1');
  await ready();
  await page.locator('.embed-button button, button[aria-haspopup=dialog]').first().click();
  await expect(page.locator('dialog.embed-dialog')).toBeVisible();
  await said('the embed dialog');
  await page.keyboard.press('Escape');

  // A reader who walks on hears the new page announced.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/points\/2/);
  await ready();
  await said('/points/2, arrived at by the walkthrough');
});
