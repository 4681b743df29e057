import { defineConfig } from '@playwright/test';

// End-to-end tests run the built extension in Debian's Chromium (see tests/e2e/support/extension.ts).
// Each test launches its own browser, which is slow on a 2-core CI box: hence one worker in CI and
// generous timeouts. Timeouts bound hangs; they are not speed assertions (speed is `npm run bench`).
const ci = !!process.env.CI;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  workers: ci ? 1 : 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
  },
});
