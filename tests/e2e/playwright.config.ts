// End-to-end tests against release builds served on loopback by `cargo xtask serve-dist`.
// Run through `cargo xtask test`, which builds dist/ and target/dist-subpath/ first.
import { defineConfig } from '@playwright/test';

const xtask = process.env.XTASK_BIN ? `"${process.env.XTASK_BIN}"` : 'cargo xtask';
const SUB_PATH = '/news/gaza-plan/';

export default defineConfig({
  testDir: './specs',
  outputDir: '../../target/playwright',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Host pages in the embed tests are answered by Playwright, which Chromium counts as a public
      // address; real hosts embed a public site, so its checks on reaching loopback do not apply.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-features=LocalNetworkAccessChecks',
      ],
    },
  },
  projects: [
    { name: 'site-root', testIgnore: /sub-path|pseudo-locale/, use: { baseURL: 'http://127.0.0.1:4173' } },
    // The pseudo-locale's edition: words only, so no service worker (its list is the English build's).
    {
      name: 'pseudo-locale',
      testMatch: /pseudo-locale/,
      use: { baseURL: 'http://127.0.0.1:4176', serviceWorkers: 'block' },
    },
    { name: 'sub-path', testMatch: /sub-path/, use: { baseURL: `http://127.0.0.1:4174${SUB_PATH}` } },
  ],
  webServer: [
    {
      command: `${xtask} serve-dist --port 4173`,
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `${xtask} serve-dist --port 4174 --dir target/dist-subpath --base ${SUB_PATH}`,
      url: `http://127.0.0.1:4174${SUB_PATH}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `${xtask} serve-dist --port 4176 --dir target/dist-pseudo`,
      url: 'http://127.0.0.1:4176/',
      reuseExistingServer: !process.env.CI,
    },
  ],
});
