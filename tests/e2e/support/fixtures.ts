// Every test fails if the page logs an error, throws, or a request fails.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      // A page at an unknown address is the designed not-found page, served with 404.
      const notFoundPages = new Set<string>();
      page.on('response', (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) notFoundPages.add(response.url());
        else if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('console', (message) => {
        const expected404 = message.text().includes('status of 404') && notFoundPages.has(message.location().url);
        if (message.type() === 'error' && !expected404) problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A request the browser dropped because the page moved on is not a failure a reader sees.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
      });
      await use(problems);
      expect(problems, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Watches `page` under its Content-Security-Policy from its next load on: the policy violations
 * each page reports, and every origin the page asks anything of.
 */
export async function watchPolicy(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  return {
    origins,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

/** Opens `path` and waits until the app has taken over the prerendered page. */
export async function openApp(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/**
 * Waits until the service worker controls `page`: the first page a reader loads was fetched
 * before the worker existed, so only later loads come from its cache.
 */
export async function untilWorkerControls(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
    return registration.scope;
  });
}
