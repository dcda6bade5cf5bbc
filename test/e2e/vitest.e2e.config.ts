import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built web app (dist-web) served on 127.0.0.1, driven in Debian's
// Chromium. One file at a time: the machine has two cores and each test starts its own browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The machine is small and busy: give the page time before a polled expectation fails.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
