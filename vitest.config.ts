import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'forks',
    // Each test file opens its own database (an embedded PGlite or a PostgreSQL database of its own).
    fileParallelism: true,
    maxWorkers: 2,
    // Bounds for a loaded 2-core machine (a fresh embedded database alone can take half a minute there), not measurements.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
