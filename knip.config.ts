import type { KnipConfig } from 'knip';

// bin/ponte.js and bin/bench.js are entries through package.json (bin, scripts); the vitest, eslint and drizzle-kit
// configs through knip's plugins for them.
const config: KnipConfig = {
  entry: [
    // The CLI (bin/ponte.js imports it after registering tsx; named here so it stays an entry if that changes).
    'src/cli/main.ts',
    // Started as a worker thread by URL (new Worker(new URL('./pglite-worker.js', import.meta.url))).
    'src/platform/database/pglite-worker.js',
    // Test files, their fixtures run as child processes, and the benchmarks.
    'test/**/*.ts',
    'bench/**/*.ts',
  ],
  project: ['src/**/*.{ts,js}', 'web/src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts', 'bin/**/*.js', '*.{ts,js}'],
  // A type that names a parameter or the result of an exported function stays exported with it: it is part of
  // that function's interface even before another file names it.
  ignoreExportsUsedInFile: { interface: true, type: true },
  // Also read as files: the compose test takes the Compose Specification's JSON schema from dclint, and the OpenAPI
  // lint test runs @redocly/cli's bin with this Node (no import to see).
  ignoreDependencies: ['dclint', '@redocly/cli'],
  // PostgreSQL's client tools, from the system: the upgrade fixture is dumped with pg_dump.
  ignoreBinaries: ['pg_dump'],
};

export default config;
