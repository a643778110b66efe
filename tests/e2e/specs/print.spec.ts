// Printing gives a clean document: all the content and its sources, no navigation or buttons, in
// each edition.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openApp } from '../support/fixtures';
import { contentOf } from '../support/content';
import { editions } from '../support/ui';

/** The printed document's text, page by page. */
async function printedPages(page: import('@playwright/test').Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

/** Text as a reader compares it, whatever pdftotext makes of the script: no spaces, no bidi
 * controls (it wraps Arabic runs in them), no punctuation or short vowels (it moves them about
 * the words), and no lam (it splits the lam-alef ligature back into its letters in either order). */
const canon = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670ل،؛.,:;]/g, '');
/** What fits on one printed line: a title's first words. */
const start = (text: string) => canon(text.split(' ').slice(0, 3).join(' '));

async function printedText(page: import('@playwright/test').Page): Promise<string> {
  return canon((await printedPages(page)).join(' '));
}

for (const words of editions) {
  const { titles, issues, parties, asOf, publisher } = contentOf(words);
  const { prefix, ui, say } = words;
  const name = words.lang === 'en' ? 'English' : 'Arabic';

  test(`${name}: printing the overview gives every point and the plan source, without controls`, async ({ page }) => {
    await openApp(page, `${prefix}/`);
    const text = await printedText(page);
    for (const [n, title] of titles) expect(text, `point ${n}`).toContain(start(title));
    expect(text).toContain(start(publisher('wh-plan-2025-09-29')));
    expect(text).toContain(canon(asOf));
    for (const control of [ui('view_site_skip'), ui('embed_button'), say('view_overview_start', { number: 1 })]) expect(text).not.toContain(canon(control));
    const nav = ['positions', 'timeline', 'people'].map((view) => ui(`route_section_${view}`));
    expect(text).not.toContain(canon(nav.join('')));
  });

  test(`${name}: printing the positions gives every issue and party, and its sources with addresses`, async ({ page }) => {
    await openApp(page, `${prefix}/positions`);
    const text = await printedText(page);
    for (const { title } of issues) expect(text).toContain(start(title));
    // A column's head may wrap: its first word is on one line.
    for (const party of parties) expect(text).toContain(canon(party.split(' ')[0]));
    expect(text).toContain(canon(ui('c_stance_none')));
    expect(text).toContain(start(publisher('national-2025-10-06')));
    expect(text).toContain(canon('<https://'));
    expect(text).not.toContain(canon(ui('embed_button')));
  });

  test(`${name}: no page of the printed positions ends on an issue title cut off from its parties`, async ({ page }) => {
    await openApp(page, `${prefix}/positions`);
    const pages = await printedPages(page);
    expect(pages.length).toBeGreaterThan(1);
    for (const [n, text] of pages.entries()) {
      const lines = text.split('\n').map(canon).filter(Boolean);
      const last = lines.slice(-2).join('');
      for (const { title } of issues) expect(last, `page ${n + 1} ends with "${title}"`).not.toContain(start(title));
    }
  });
}
