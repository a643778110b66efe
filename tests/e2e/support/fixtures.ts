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
