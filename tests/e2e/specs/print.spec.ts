// Printing gives a clean document: all the content and its sources, no navigation or buttons.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openApp } from '../support/fixtures';
import { asOf, issues, publisher, titles } from '../support/content';
import { pattern, say, ui } from '../support/ui';

/** The printed document's text, page by page. */
async function printedPages(page: import('@playwright/test').Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

async function printedText(page: import('@playwright/test').Page): Promise<string> {
  return (await printedPages(page)).join(' ').replace(/\s+/g, ' ');
}

test('printing the overview gives every point and the plan source, without controls', async ({ page }) => {
  await openApp(page, '/');
  const text = await printedText(page);
  for (const [n, title] of titles) expect(text, `point ${n}`).toContain(title.slice(0, 25));
  expect(text).toContain(publisher('wh-plan-2025-09-29').slice(0, 30));
  expect(text).toMatch(pattern('c_as_of_line', { date: asOf }));
  for (const control of [ui('view_site_skip'), ui('embed_button'), say('view_overview_start', { number: 1 })]) expect(text).not.toContain(control);
  const nav = ['positions', 'timeline', 'people'].map((view) => pattern(`route_section_${view}`).source);
  expect(text).not.toMatch(new RegExp(nav.join('\\s+')));
});

test('printing the positions gives every issue and party, and its sources with addresses', async ({ page }) => {
  await openApp(page, '/positions');
  const text = await printedText(page);
  for (const { title } of issues) expect(text).toContain(title.slice(0, 25));
  for (const party of ['Hamas', 'Israel', 'United States']) expect(text).toContain(party);
  expect(text).toContain(ui('c_stance_none'));
  expect(text).toContain(publisher('national-2025-10-06').slice(0, 30));
  expect(text).toContain('<https://');
  expect(text).not.toContain(ui('embed_button'));
});

test('no page of the printed positions ends on an issue title cut off from its parties', async ({ page }) => {
  await openApp(page, '/positions');
  const pages = await printedPages(page);
  expect(pages.length).toBeGreaterThan(1);
  for (const [n, text] of pages.entries()) {
    const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
    const last = lines.slice(-2).join(' ');
    for (const { title } of issues) expect(last, `page ${n + 1} ends with "${title}"`).not.toContain(title.slice(0, 25));
  }
});
