import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The reliability suites run twice over: a short form in every `npm test` (CI, both databases), and a long form on
 * demand through `npm run reliability -- <suite>` (or `npm run soak`), which sets PONTE_RELIABILITY_LONG=1 and
 * collects each suite's figures as JSON for the notes.
 */
export const LONG_FORM = process.env.PONTE_RELIABILITY_LONG === '1';

/** The short form's size in `npm test`, the long form's on demand. */
export const scaled = <T>(short: T, long: T): T => (LONG_FORM ? long : short);

/** The engine the suite runs on, as `npm test` chooses it. */
export const ENGINE = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';

/**
 * A suite's figures: one JSON line on stdout (tagged so a reader can pick it out of vitest's output) and, when the
 * runner asks for it, a file `<suite>.<engine>.json` in PONTE_RELIABILITY_REPORTS.
 */
export function reportFigures(suite: string, figures: Record<string, unknown>): void {
  const report = { suite, engine: ENGINE, form: LONG_FORM ? 'long' : 'short', at: new Date().toISOString(), ...figures };
  console.log(`PONTE_RELIABILITY_REPORT ${JSON.stringify(report)}`);
  const folder = process.env.PONTE_RELIABILITY_REPORTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${suite}.${ENGINE}.json`), `${JSON.stringify(report, null, 2)}\n`);
}
