import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Redocly CLI has no programmatic API of its own (its lint engine is bundled), so its bin runs on this very Node.
const REDOCLY = path.join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');
const CONFIG = path.join(ROOT, 'redocly.yaml');
// A few seconds on an idle machine; the bound is for two busy cores.
const LINT_TIMEOUT_MS = 60_000;

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}
interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

interface MediaType {
  example?: unknown;
  examples?: Record<string, unknown>;
  schema?: { examples?: unknown[] };
}
interface Operation {
  operationId?: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

let ponte: TestPonte;
let document: { paths: Record<string, Record<string, Operation>> };
let folder: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  const response = await ponte.app.inject({ method: 'GET', url: '/openapi.json' });
  expect(response.statusCode).toBe(200);
  document = response.json();
  folder = await mkdtemp(path.join(os.tmpdir(), 'ponte-openapi-lint-'));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  await ponte?.dispose();
});

async function lint(description: unknown): Promise<LintReport> {
  const file = path.join(folder, 'openapi.json');
  await writeFile(file, JSON.stringify(description));
  const { stdout } = await promisify(execFile)(process.execPath, [REDOCLY, 'lint', file, '--config', CONFIG, '--format', 'json', '--max-problems', '1000'], {
    cwd: ROOT,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    timeout: LINT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    // Lint problems make the CLI exit 1 with the report on stdout; anything else is a broken run.
    if (error.stdout?.trim().startsWith('{')) return { stdout: error.stdout };
    throw new Error(`redocly lint did not run: ${error.message}\n${error.stderr ?? ''}`);
  });
  return JSON.parse(stdout) as LintReport;
}

const listed = (report: LintReport) =>
  report.problems.map((problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`).join('\n');

const operations = () =>
  Object.entries(document.paths).flatMap(([route, item]) => Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${route}`, operation })));

const hasExample = (media: MediaType | undefined) =>
  media !== undefined && (media.example !== undefined || Object.keys(media.examples ?? {}).length > 0 || (media.schema?.examples?.length ?? 0) > 0);

describe('the API description /openapi.json', () => {
  it('passes Redocly CLI’s recommended rules (and redocly.yaml’s stricter ones) without an error or a warning', { timeout: LINT_TIMEOUT_MS + 10_000 }, async () => {
    const report = await lint(document);
    expect(listed(report)).toBe('');
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('is linted for real: an operation without its operationId fails', { timeout: LINT_TIMEOUT_MS + 10_000 }, async () => {
    // One operation of the description is enough to see the rule bite, and lints in a fraction of the time.
    const { operationId, ...withoutId } = document.paths['/v1/accounts']!.get!;
    expect(operationId).toBe('listAccounts');
    const report = await lint({ ...document, paths: { '/v1/accounts': { get: withoutId } } });
    expect(report.problems.map((problem) => problem.ruleId)).toEqual(['operation-operationId']);
  });

  it('shows an example of every request body and of every 2xx answer with a body', () => {
    const missing: string[] = [];
    for (const { name, operation } of operations()) {
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        if (!hasExample(media)) missing.push(`${name} request body (${type})`);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith('2')) continue;
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!hasExample(media)) missing.push(`${name} ${status} answer (${type})`);
        }
      }
    }
    expect(operations().length).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('is served at one address: /docs loads it from /openapi.json, and /docs/json sends there', async () => {
    for (const url of ['/docs/json', '/docs/yaml']) {
      const response = await ponte.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(301);
      expect(response.headers.location, url).toBe('/openapi.json');
    }
  });
});
