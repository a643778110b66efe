// Served with the build's own _headers (serve-dist sends them), every view keeps to its strict
// Content-Security-Policy, talks only to its own origin, and leaves nothing behind.
import { test, expect, watchPolicy } from '../support/fixtures';

test('the policy is strict: no unsafe-inline, no unsafe-eval', async ({ request }) => {
  const response = await request.get('/');
  const policy = response.headers()['content-security-policy'];
  // No inline script at all, so the policy is the same for every build (docs/deploy.md).
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");
});

// Every view of both editions is loaded under the policy by the accessibility pass, which checks
// for violations, other origins and storage; here, a view of each kind and edition is also walked
// into, so the client-side rendering is covered too.
const walked = ['/', '/points/7', '/status', '/positions', '/positions/disarmament', '/figures', '/timeline', '/search', '/embed/positions'];
for (const path of [...walked, ...walked.map((p) => `/ar${p}`)]) {
  test(`${path}: no policy violation, no third party, no cookie, no storage`, async ({ page, context, baseURL }) => {
    const policy = await watchPolicy(page);
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Walk into the app once, so client-side rendering is covered too.
    await page.keyboard.press('Tab');
    expect(await policy.violations()).toEqual([]);
    expect([...policy.origins]).toEqual([new URL(baseURL!).origin]);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(stored).toBe(0);
  });
}
