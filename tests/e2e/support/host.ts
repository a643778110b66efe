// An article page on another origin that embeds views as a newsroom does: the codes the Embed
// dialog and oEmbed hand out, the real pym.js and @newswire/frames, article text around them.
// The page records what its reader would see: every frame's height changes (when, and whether
// what follows the frame moved inside the viewport) and the layout shifts Chromium counts.
// Used by specs/embed-host.spec.ts and by the bench (bench/embed-host.bench.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ui, uiAr } from './ui';

export const APP = process.env.EMBED_APP_URL ?? 'http://127.0.0.1:4173';
// Another origin: Playwright answers it, so nothing listens there and nothing leaves the machine.
export const HOST = 'http://127.0.0.1:4175';

const framesJs = readFileSync(join(__dirname, '..', '..', '..', 'node_modules', '@newswire', 'frames', 'dist', 'frames.umd.js'));

/** What the host page records, read back by {@link record}. */
export interface HostRecord {
  shifts: { value: number; time: number; sources: string[] }[];
  /** Whether the engine counts layout shifts (Chromium does). */
  counted: boolean;
  changes: { frame: string; from: number | null; to: number; time: number; inView: boolean }[];
  /** Each frame's height when it first came into the viewport, and when that was. */
  reached: { frame: string; height: number; time: number }[];
  /** When {@link readThrough} began to scroll. */
  readingFrom?: number;
}

// Runs first in the host's <head>: every iframe is watched from the moment it is inserted.
const instrument = readFileSync(join(__dirname, 'host-instrument.js'), 'utf8');

const paragraph = (n: number) =>
  `<p>Host article paragraph ${n}. A newsroom's own reporting runs here, around the graphics it embeds, ` +
  'long enough to wrap over several lines at any width, as article text does on a phone and on a desktop.</p>';

/** An article: a headline, then each block (an embed code) with `gap` paragraphs before it. */
export function article(blocks: string[], { gap = 3, scripts = '' } = {}): string {
  let n = 0;
  const text = (count: number) => Array.from({ length: count }, () => paragraph(++n)).join('\n');
  const body = blocks.map((block) => `${text(gap)}\n${block}`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
    <script src="/instrument.js"></script><link rel="stylesheet" href="/host.css"></head>
    <body><header>Host News</header><main><h1>Host article headline</h1>
    ${body}
    ${text(gap)}
    </main>${scripts}</body></html>`;
}

const css = `body{margin:0;font:18px/1.5 Georgia,serif} header{padding:12px 16px;background:#222;color:#fff}
  main{max-width:680px;margin:0 auto;padding:0 16px} h1{font-size:32px;line-height:1.2}`;

/** Serves `html` at `${HOST}/article` (with `headers`), and the host's own scripts and styles. */
export async function serveHost(page: Page, html: string, headers: Record<string, string> = {}, files: Record<string, string> = {}) {
  await page.route(`${HOST}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const js = (body: string | Buffer) => route.fulfill({ contentType: 'text/javascript', body, headers });
    if (path === '/frames.umd.js') return js(framesJs);
    if (path === '/instrument.js') return js(instrument);
    if (files[path] !== undefined) return js(files[path]);
    if (path === '/host.css') return route.fulfill({ contentType: 'text/css', body: css, headers });
    if (path === '/article') return route.fulfill({ contentType: 'text/html', body: html, headers });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

/** The two codes the Embed dialog gives for the view at `path`, as an editor copies them. */
export async function dialogCodes(context: BrowserContext, path: string): Promise<{ iframe: string; pym: string }> {
  // The words of the view's own edition.
  const words = path.startsWith('/ar/') ? uiAr : ui;
  const site = await context.newPage();
  await site.goto(`${APP}${path}`);
  await site.locator('html[data-app="ready"]').waitFor();
  await site.getByRole('button', { name: words('embed_button') }).click();
  const dialog = site.getByRole('dialog', { name: words('embed_button') });
  const codes = {
    iframe: await dialog.getByLabel(words('embed_iframe')).inputValue(),
    pym: await dialog.getByLabel(words('embed_pym')).inputValue(),
  };
  await site.close();
  return codes;
}

/** The view's oEmbed document, as a CMS discovers it. */
export async function oembed(context: BrowserContext, path: string): Promise<{ html: string; width: number; height: number }> {
  const key = path === '/' ? 'overview' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
  const response = await context.request.get(`${APP}/oembed/${key}.json`);
  if (!response.ok()) throw new Error(`no oEmbed document for ${path}: HTTP ${response.status()}`);
  return response.json();
}

/** A @newswire/frames container for the view, starting at the height oEmbed gives. */
export async function framesCode(context: BrowserContext, path: string, attributes: Record<string, string> = {}) {
  const { height } = await oembed(context, path);
  const extra = Object.entries(attributes).map(([name, value]) => ` data-frame-attribute-${name}="${value}"`).join('');
  return `<div data-frame-src="${APP}/embed${path}" data-frame-attribute-title="Embed of ${path}" data-frame-attribute-height="${height}"${extra}></div>`;
}

/** For every frame on the host page: its element's height and its document's, in CSS px. */
export async function frameFits(page: Page): Promise<{ frame: string; element: number; content: number }[]> {
  const fits = [];
  for (const handle of await page.locator('iframe').elementHandles()) {
    const frame = await handle.contentFrame();
    const name = (await handle.getAttribute('data-embed')) ?? (await handle.getAttribute('src')) ?? '?';
    const element = (await handle.boundingBox())?.height ?? 0;
    const content = frame
      ? await frame.evaluate(() => document.documentElement.getBoundingClientRect().height).catch(() => -1)
      : -1;
    fits.push({ frame: name, element, content });
  }
  return fits;
}

/** The frames whose element is more than 2 px off their content (none, when all fit). */
export async function misfits(page: Page): Promise<string[]> {
  return (await frameFits(page))
    .filter(({ element, content }) => Math.abs(element - content) > 2)
    .map(({ frame, element, content }) => `${frame}: frame ${element} px, content ${content} px`);
}

/** Scrolls the host from top to bottom as a reader does: `step` px every `every` ms, no input. */
export async function readThrough(page: Page, { step = 100, every = 100 } = {}) {
  await page.evaluate(
    ({ step, every }) =>
      new Promise<void>((done) => {
        (window as unknown as { __host: HostRecord }).__host.readingFrom = performance.now();
        const timer = setInterval(() => {
          scrollBy(0, step);
          if (scrollY + innerHeight < document.documentElement.scrollHeight - 1) return;
          clearInterval(timer);
          done();
        }, every);
      }),
    { step, every },
  );
}

export async function record(page: Page): Promise<HostRecord> {
  return page.evaluate(() => (window as unknown as { __host: HostRecord }).__host);
}

/** The frames the reader scrolled to that had not their final height when they came into view. */
export async function reachedTooEarly(page: Page): Promise<string[]> {
  const host = await record(page);
  const fits = await frameFits(page);
  return host.reached
    .filter((reached) => host.readingFrom !== undefined && reached.time >= host.readingFrom)
    .flatMap(({ frame, height }) => {
      const final = fits.find((fit) => fit.frame === frame)?.element ?? -1;
      return Math.abs(final - height) > 2 ? [`${frame}: ${height} px when it came into view, then ${final} px`] : [];
    });
}

export const cumulativeShift = (record: HostRecord) => record.shifts.reduce((sum, shift) => sum + shift.value, 0);

/** A phone on Lighthouse's mobile settings: slow 4G (150 ms, 1.6 Mbps down) and a 4× slower CPU. */
export async function asAPhone(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
