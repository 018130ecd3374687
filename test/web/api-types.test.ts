import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

// The console's client is typed from /openapi.json: this file is generated, committed, and typechecked with web/, so an
// API change that breaks a screen fails `npm run typecheck`. `npm run web:api` writes it again.
const TYPES_FILE = fileURLToPath(new URL('../../web/src/api/openapi.d.ts', import.meta.url));
const HEADER = '// Generated from /openapi.json by `npm run web:api` (test/web/api-types.test.ts). Do not edit.\n';

let ponte: TestPonte;

describe("the console's API types", () => {
  beforeAll(async () => {
    ponte = await startTestPonte({ workers: false });
  });
  afterAll(async () => {
    await ponte?.dispose();
  });

  it('match the API description the server publishes', async () => {
    const response = await ponte.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const generated = HEADER + astToString(await openapiTS(response.json(), { alphabetize: true }));
    if (process.env.PONTE_WRITE_API_TYPES === '1') await writeFile(TYPES_FILE, generated);
    const committed = await readFile(TYPES_FILE, 'utf8').catch(() => '');
    expect(committed === generated, 'web/src/api/openapi.d.ts is stale: run `npm run web:api` and commit it').toBe(true);
  });
});
