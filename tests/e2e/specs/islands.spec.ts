// Each page downloads the code of the islands it holds, when the island needs it, and nothing
// else (src/islands.rs, docs/islands.md).
import type { Page } from '@playwright/test';
import { test, expect, openApp } from '../support/fixtures';
import { glossary } from '../support/content';
import { ui, uiAr } from '../support/ui';

/** The islands whose code the page has fetched so far, by name (`/islands/NAME-HASH.js`). */
function islandsFetched(page: Page): () => string[] {
  const names = new Set<string>();
  page.on('request', (request) => {
    const match = /\/islands\/(.+)-[0-9a-f]+\.js$/.exec(new URL(request.url()).pathname);
    if (match) names.add(match[1]);
  });
  return () => [...names].sort();
}

// In each edition: the Arabic pages hold the same islands, with the Arabic words.
for (const [prefix, words] of [['', ui], ['/ar', uiAr]] as const) {
  test(`${prefix || 'English'}: a point page loads no island code until the reader reaches for search or the embed dialog`, async ({ page }) => {
    const fetched = islandsFetched(page);
    await openApp(page, `${prefix}/points/7`);
    expect(fetched(), 'on load').toEqual([]);
    await page.getByRole('searchbox').first().focus();
    await expect.poll(fetched).toEqual(['search']);
    // Pressed before its code has come: the dialog opens once it has.
    await page.getByRole('button', { name: words('embed_button') }).click();
    await expect(page.getByRole('dialog', { name: words('embed_button') })).toBeVisible();
    expect(fetched()).toEqual(['embed-button', 'search']);
  });
}

test('the tracker loads its date control with the page, and no other island', async ({ page }) => {
  const fetched = islandsFetched(page);
  await openApp(page, '/status');
  await expect(page.getByRole('slider')).toBeEnabled();
  expect(fetched()).toEqual(['status-date']);
});

test('the overview loads its filters with the page, and no other island', async ({ page }) => {
  const fetched = islandsFetched(page);
  await openApp(page, '/');
  expect(fetched()).toEqual(['live-count']);
});

test('text typed into search before its code has come is searched once it has', async ({ page }) => {
  await openApp(page, '/points/7');
  const field = page.getByRole('searchbox').first();
  // A term from the glossary, which search indexes.
  await field.fill(glossary[0].term);
  await expect(page.getByRole('option').first()).toBeVisible();
});
