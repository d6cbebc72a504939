import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // Property tests and the big-sheet refusal take seconds on a 2-core machine; 5 s is too tight.
    testTimeout: 20_000,
  },
});
