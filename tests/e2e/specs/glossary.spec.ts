// Terms explained in place: a marked term opens its definition as a native popover (no script
// needed), from the keyboard too, Escape closes it, and /glossary lists every term.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from '../support/fixtures';
import { glossary } from '../support/content';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('/glossary lists every term with its definition', async ({ page }) => {
  await openApp(page, '/glossary');
  expect(glossary.length).toBeGreaterThan(0);
  for (const { slug, term, definition } of glossary) {
    const entry = page.locator(`#${slug}`);
    await expect(entry.locator('dt')).toHaveText(term);
    await expect(entry.locator('dd p').first()).toHaveText(definition);
  }
});

test('a marked term opens its definition in place from the keyboard, and Escape closes it', async ({ page }) => {
  await openApp(page, '/timeline');
  const button = page.locator('button.term').first();
  await expect(button).toBeVisible();
  const target = (await button.getAttribute('popovertarget')) ?? '';
  const entry = glossary.find(({ slug }) => `term-${slug}` === target);
  expect(entry, `${target} is a term in data/glossary.toml`).toBeTruthy();
  const popover = page.locator(`#${target}`);
  await expect(popover).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(entry?.definition ?? '');
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('terms open without JavaScript, in the single file and in embeds', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/timeline', '/embed/timeline']) {
    await page.goto(path);
    const button = page.locator('button.term').first();
    const target = (await button.getAttribute('popovertarget')) ?? '';
    await button.click();
    await expect(page.locator(`#${target}`)).toBeVisible();
  }
  await context.close();
});

test('terms open in the single file, from disk', async ({ page }) => {
  await page.goto('file://' + join(__dirname, '..', '..', '..', 'dist', 'gaza-plan-offline.html') + '#/timeline');
  const button = page.locator('button.term').first();
  await expect(button).toBeVisible();
  const target = (await button.getAttribute('popovertarget')) ?? '';
  await button.click();
  await expect(page.locator(`#${target}`)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing with a definition open (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, '/points/9');
      await page.locator('button.term').first().click();
      await expect(page.locator('.term-popover:popover-open')).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
