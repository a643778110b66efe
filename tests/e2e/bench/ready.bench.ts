// For a reader arriving cold: how long from navigation until the page's keys and controls work
// (<html data-app="ready">, set once the base and the islands that load with the page run),
// and until the content has painted, on simulated slow 4G with a 4× slower CPU (as Lighthouse's
// mobile run); the median of five loads per page. Writes READY_BENCH_OUT for `cargo xtask bench`.
import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { APP, asAPhone } from '../support/host';

const LOADS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test('time until the controls work, cold, on a phone', async ({ browser }) => {
  const results: Record<string, { ready_ms: number; painted_ms: number }> = {};
  for (const path of ['/', '/points/7', '/status', '/positions', '/embed/points/7']) {
    const ready: number[] = [];
    const painted: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      // A new context each time: nothing cached, no service worker.
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await asAPhone(context, page);
      // The moment the mark is set, seen from the page (the observer is injected by the browser
      // as the document is created, before the page's own scripts).
      await page.addInitScript(() => {
        const seen = window as unknown as { readyAt?: number };
        new MutationObserver(() => {
          if (seen.readyAt === undefined && document.documentElement?.dataset.app === 'ready') seen.readyAt = performance.now();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
      });
      await page.goto(`${APP}${path}`);
      await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, null, { timeout: 60_000 });
      const times = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return { ready: (window as unknown as { readyAt: number }).readyAt, paint: paint ? paint.startTime : NaN };
      });
      ready.push(times.ready);
      painted.push(times.paint);
      await context.close();
    }
    results[path] = { ready_ms: Math.round(median(ready)), painted_ms: Math.round(median(painted)) };
  }
  writeFileSync(process.env.READY_BENCH_OUT ?? 'ready.json', JSON.stringify(results, null, 2));
});
