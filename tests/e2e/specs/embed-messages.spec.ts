// A frame on a hostile page: garbage, huge, malformed and malicious messages change nothing.
import { test, expect } from '../support/fixtures';
import { title } from '../support/content';

const HOST = 'http://127.0.0.1:4175';

// In each edition: the Arabic embed runs the same code on other words.
for (const prefix of ['', '/ar']) {
  test(`${prefix || 'English'}: hostile messages are ignored: no navigation, no new content, no markup`, async ({ page }) => {
    await page.route(`${HOST}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body><iframe id="f" src="http://127.0.0.1:4173${prefix}/embed/points/7?childId=f" width="100%" height="600"></iframe></body>`,
      }),
    );
    const heights: unknown[] = [];
    await page.exposeFunction('recordMessage', (data: unknown) => heights.push(data));
    await page.addInitScript(() => addEventListener('message', (e) => (window as any).recordMessage(e.data)));
    await page.goto(`${HOST}/`);
    const frame = page.frameLocator('#f');
    await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 15_000 });
    const before = await frame.locator('main').innerHTML();

    await page.evaluate(() => {
      const target = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
      const hostile: unknown[] = [
        'pymxPYMxfxPYMxnavigateToxPYMxjavascript:alert(1)',
        'pymxPYMxfxPYMxnavigateToxPYMxhttp://evil.example/',
        'pymxPYMxfxPYMxwidthxPYMx<img src=x onerror=alert(1)>',
        'pymxPYMxotherxPYMxwidthxPYMx300',
        'x'.repeat(1_000_000),
        '<script>alert(1)</script>',
        { sentinel: 'amp', type: 'embed-size', height: 1e9 },
        { sentinel: 'amp', type: 'navigate', url: 'http://evil.example/' },
        { toString: 'not a function' },
        null,
        42,
        [1, 2, 3],
        { sentinel: { nested: true }, type: ['frames-init'] },
      ];
      for (const message of hostile) target.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    if (!prefix) await expect(frame.locator('h1')).toContainText(title(7));
    expect(await frame.locator('main').innerHTML()).toBe(before);
    expect(page.url()).toBe(`${HOST}/`);
    await expect(frame.locator('img[src="x"]')).toHaveCount(0);

    // A well-formed request is still answered, with a sane height.
    heights.length = 0;
    await page.evaluate(() =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage('pymxPYMxfxPYMxwidthxPYMx640', '*'),
    );
    await expect.poll(() => heights.find((m) => typeof m === 'string' && m.startsWith('pymxPYMxfxPYMxheightxPYMx'))).toBeTruthy();
    const pym = heights.find((m) => typeof m === 'string' && m.startsWith('pymxPYMxfxPYMxheightxPYMx')) as string;
    const height = Number(pym.split('xPYMx')[3]);
    expect(height).toBeGreaterThan(200);
    expect(height).toBeLessThan(100_000);
    expect(heights).toContainEqual({ sentinel: 'amp', type: 'embed-size', height });
  });
}

test('a childId that could forge or break a pym message is never echoed; AMP still gets the height', async ({ page }) => {
  const hostile = ['axPYMxb', '<img src=x>', 'a"b', 'x'.repeat(129), 'a%20b', ''];
  const frames = hostile.map((id, n) => `<iframe id="f${n}" src="http://127.0.0.1:4173/embed/points/7?childId=${encodeURIComponent(id)}" width="100%" height="300"></iframe>`);
  await page.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><body>${frames.join('')}</body>` }));
  const messages: unknown[] = [];
  await page.exposeFunction('recordMessage', (data: unknown) => messages.push(data));
  // The host's messages only: init scripts run in the frames too.
  await page.addInitScript(() => window === window.top && addEventListener('message', (e) => (window as any).recordMessage(e.data)));
  await page.goto(`${HOST}/`);
  await expect.poll(() => messages.filter((m) => (m as { type?: string })?.type === 'embed-size').length).toBeGreaterThanOrEqual(hostile.length);
  // Ask each frame as pym would, with the id it was given: still no pym message comes back.
  await page.evaluate((ids) => ids.forEach((id, n) => (document.getElementById(`f${n}`) as HTMLIFrameElement).contentWindow!.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx640`, '*')), hostile);
  await page.waitForTimeout(300);
  expect(messages.filter((m) => typeof m === 'string')).toEqual([]);
});
