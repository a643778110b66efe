// A returning reader: an older build is served and visited, then this build replaces it at the
// same address. The pages then mark what this build's feed has that the older one's lacked, and
// /status lists it; a first visit marks nothing, and nothing is stored but the worker's cache.
// The older build is this one with an older feed (its two newest changes left out) and a cache
// of its own, served by a server of this test's own, so no other test sees either build.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { editions } from '../support/ui';

const dist = join(__dirname, '..', '..', '..', 'dist');

/** The status a GET of `url` is answered with, or 0 if none. */
const statusOf = (url: string) =>
  new Promise<number>((resolve) => get(url, (response) => resolve(response.resume().statusCode ?? 0)).on('error', () => resolve(0)));

/** `cargo xtask serve-dist` for `dir` on `port`, once it answers. */
async function serve(dir: string, port: number): Promise<ChildProcess> {
  const [command, ...args] = process.env.XTASK_BIN ? [process.env.XTASK_BIN] : ['cargo', 'xtask'];
  const server = spawn(command, [...args, 'serve-dist', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
  try {
    await expect
      .poll(() => statusOf(`http://127.0.0.1:${port}/`), { timeout: 60_000 })
      .toBe(200);
  } catch (error) {
    await stop(server);
    throw error;
  }
  return server;
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]);

/** The feed's entries, each whole, with its id and title. */
function entriesOf(feed: string) {
  return [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map(([xml]) => ({
    xml,
    id: /<id>([^<]*)<\/id>/.exec(xml)?.[1] ?? '',
    title: unescape(/<title>([^<]*)<\/title>/.exec(xml)?.[1] ?? ''),
  }));
}

editions.forEach(({ lang, prefix, ui }, i) => {
  test(`${lang}: after a new build, a returning reader sees what is new since the last visit`, async ({ page, context }) => {
    test.setTimeout(120_000);
    const port = 4190 + i;
    const origin = `http://127.0.0.1:${port}`;
    const feed = readFileSync(join(dist, prefix, 'feed.xml'), 'utf8');
    const entries = entriesOf(feed);
    // The two newest changes, one of them a point's status, are what the older build lacked.
    const newest = entries[0];
    const status = entries.find((e) => e.id.includes(`:${lang}/status/`) && e !== newest);
    if (!status) throw new Error('the feed has no status entry');
    const lacked = [newest, status];
    const point = status.id.split('/status/')[1].split('/')[0];

    const older = mkdtempSync(join(tmpdir(), 'older-build-'));
    let server: ChildProcess | undefined;
    try {
      cpSync(dist, older, { recursive: true });
      writeFileSync(join(older, prefix, 'feed.xml'), lacked.reduce((text, e) => text.replace(e.xml, ''), feed));
      const worker = join(older, prefix, 'sw.js');
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(new RegExp(`gaza-plan-${lang}-[0-9a-f]{16}`), `gaza-plan-${lang}-1111111111111111`));

      // The older build, visited twice: the first visit installs its worker; neither marks anything.
      server = await serve(older, port);
      await page.goto(`${origin}${prefix}/status`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-changes', 'read');
      await expect(page.locator('[data-new]')).toHaveCount(0);
      await expect(page.locator('#changes-since')).toBeHidden();

      // This build replaces it; the reader takes it when the page offers it.
      await stop(server);
      server = await serve(dist, port);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const notice = page.getByRole('status').filter({ hasText: ui('notice_updated') });
      await expect(notice).toBeVisible({ timeout: 15_000 });
      await Promise.all([page.waitForEvent('load'), notice.getByRole('button').click()]);
      await expect(page.locator('html')).toHaveAttribute('data-changes', 'read');

      const changes = page.locator('#changes-since');
      await expect(changes).toBeVisible();
      await expect(changes.getByRole('heading')).toHaveText(ui('view_status_changes_heading'));
      await expect(changes.locator('li a')).toHaveText(lacked.map((e) => e.title));
      const card = page.locator(`li.status-card[data-point="${point}"]`);
      await expect(card).toHaveAttribute('data-new', '');
      await expect(card.locator('.new-mark')).toHaveText(ui('notice_new'));
      const points = new Set(lacked.filter((e) => e.id.includes('/status/')).map((e) => e.id.split('/status/')[1].split('/')[0]));
      await expect(page.locator('li.status-card[data-new]')).toHaveCount(points.size);

      // The point's own page marks the entry of its history.
      await page.goto(`${origin}${prefix}/points/${point}`);
      await expect(page.locator('html')).toHaveAttribute('data-changes', 'read');
      const date = status.id.split('/').pop() ?? '';
      await expect(page.locator(`.status-history__entry[data-date="${date}"][data-new]`)).toHaveCount(1);

      // Nothing about the reader is kept but the worker's cache.
      expect(await context.cookies()).toEqual([]);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
      }));
      expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 1 });
    } finally {
      if (server) await stop(server);
      rmSync(older, { recursive: true, force: true });
    }
  });
});
