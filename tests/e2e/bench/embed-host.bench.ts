// For the article page with three pym.js embeds and a @newswire/frames one (support/host.ts):
// how long until every frame has its final height, and how much the page shifts while read top
// to bottom, at 360 and 1280 px, on simulated slow 4G with a 4× slower CPU (as Lighthouse's
// mobile run). Writes the numbers to EMBED_BENCH_OUT for `cargo xtask bench`.
import { writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { issues } from '../support/content';
import { HOST, article, asAPhone, cumulativeShift, dialogCodes, framesCode, misfits, readThrough, record, serveHost } from '../support/host';

const results: unknown[] = [];

test('embeds on an article page: time to final height and layout shift', async ({ browser }) => {
  const setup = await browser.newContext();
  const blocks = [];
  for (const path of ['/points/7', '/positions', '/timeline']) blocks.push((await dialogCodes(setup, path)).pym);
  blocks.push(await framesCode(setup, `/positions/${issues[0].slug}`));
  await setup.close();
  const html = article(blocks, { gap: 3, scripts: '<script src="/frames.umd.js"></script><script>newswireFrames.autoInitFrames();</script>' });

  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await asAPhone(context, page);
    await serveHost(page, html);
    await page.goto(`${HOST}/article`);
    await expect.poll(() => misfits(page), { timeout: 60_000, intervals: [250] }).toEqual([]);
    // Settled: no frame changes for a while.
    await page.waitForTimeout(2000);
    const loaded = await record(page);
    await readThrough(page);
    await page.waitForTimeout(1000);
    const read = await record(page);
    const frames = [...new Set(loaded.changes.map((c) => c.frame))].map((frame) => {
      const changes = loaded.changes.filter((c) => c.frame === frame);
      const last = changes[changes.length - 1];
      return { frame, reserved_px: changes[0].to, final_px: last.to, final_ms: Math.round(last.time) };
    });
    results.push({
      width,
      frames,
      all_final_ms: Math.max(...frames.map((f) => f.final_ms)),
      cls_load: cumulativeShift(loaded),
      cls_read: cumulativeShift(read),
      in_view_changes: read.changes.filter((c) => c.inView).length,
      late_changes: read.changes.length - loaded.changes.length,
    });
    await context.close();
  }
  writeFileSync(process.env.EMBED_BENCH_OUT ?? 'embed-host.json', JSON.stringify(results, null, 2));
});
