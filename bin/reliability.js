#!/usr/bin/env node
// The long forms of the reliability suites (test/reliability), on demand: `npm run reliability -- [suite ...]`
// (every suite when none is named), `npm run soak` for the hour-long soak. The engine is the one `npm test` uses:
// PostgreSQL when TEST_DATABASE_URL is set, the embedded PGlite otherwise. Prints the suites' figures as one JSON
// document on stdout and keeps them in reports/reliability/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const suitesFolder = path.join(root, 'test', 'reliability');
const reports = path.join(root, 'reports', 'reliability');
const known = readdirSync(suitesFolder)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -'.test.ts'.length));

const asked = process.argv.slice(2);
const unknown = asked.filter((suite) => !known.includes(suite));
if (unknown.length > 0) {
  console.error(`Unknown suite: ${unknown.join(', ')}. The suites are: ${known.join(', ')}.`);
  process.exit(2);
}
// The soak lasts an hour: it runs only when named.
const suites = asked.length > 0 ? asked : known.filter((suite) => suite !== 'soak');

rmSync(reports, { recursive: true, force: true });
const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...suites.map((suite) => `test/reliability/${suite}.test.ts`)], {
  cwd: root,
  // vitest's own output goes to stderr: stdout is the JSON document alone.
  stdio: ['ignore', process.stderr, process.stderr],
  env: { ...process.env, PONTE_RELIABILITY_LONG: '1', PONTE_RELIABILITY_REPORTS: reports },
});
const figures = existsSync(reports) ? readdirSync(reports).sort().map((name) => JSON.parse(readFileSync(path.join(reports, name), 'utf8'))) : [];
console.log(JSON.stringify({ passed: run.status === 0, suites: figures }, null, 2));
process.exit(run.status ?? 1);
