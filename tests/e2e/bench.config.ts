// `cargo xtask bench` only: the article page of the embed tests, timed under a phone's network
// and CPU. xtask serves the release build and sets EMBED_APP_URL and EMBED_BENCH_OUT.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './bench',
  testMatch: /\.bench\.ts$/,
  outputDir: '../../target/playwright-bench',
  retries: 0,
  workers: 1,
  timeout: 300_000,
  reporter: 'list',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-features=LocalNetworkAccessChecks'],
    },
  },
});
