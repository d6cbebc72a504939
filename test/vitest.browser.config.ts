import { defineConfig } from 'vitest/config';

/** Browser tests: the built renderer (dist/) served on localhost, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/serveBuiltApp.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps timings honest and the machine responsive.
    fileParallelism: false,
  },
});
