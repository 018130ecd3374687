import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAll } from '../support/fuzz/fuzz-client.ts';
import { failureDigest } from '../support/fuzz/failure-digest.ts';
import { createFuzzFixtures } from '../support/fuzz/fuzz-fixtures.ts';
import { FuzzTally } from '../support/fuzz/fuzz-tally.ts';
import { UNDESCRIBED_OPERATIONS, operationsOf } from '../support/fuzz/openapi-operations.ts';
import { generateRequests, onlyIndexes } from '../support/fuzz/request-generator.ts';
import type { FuzzFixtures } from '../support/fuzz/schema-samples.ts';
import { fuzzSeed } from '../support/fuzz/seeded-random.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';
import { reportFigures, scaled } from './support/long-form.ts';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? scaled(10_000, 10_000));
// FUZZ_ONLY=12,345 replays those requests of the run (same seed) and nothing else.
const ONLY = process.env.FUZZ_ONLY ? new Set(process.env.FUZZ_ONLY.split(',').map(Number)) : null;
// Enough in flight to keep both cores busy, few enough that a slow answer is not a queueing artefact.
const CONCURRENCY = 12;
// A request without an answer after this long is a hang, not a slow answer.
const REQUEST_TIMEOUT_MS = 15_000;

let ponte: TestPonte;
let origin: string;
let fixtures: FuzzFixtures;

beforeAll(async () => {
  // Listening on a real port: long headers (431) and malformed requests only happen through Node's HTTP parser.
  // No background workers: the fuzz is about the answers; queued jobs wait untouched.
  ponte = await startTestPonte({ sandboxes: true, workers: false });
  origin = await ponte.listen();
  fixtures = await createFuzzFixtures(ponte);
});
// Closing flushes the request log: a healthy server closes in seconds; one whose log is stuck retrying a poisoned
// batch may never finish, and has failed the test already.
afterAll(async () => ponte?.dispose(), 60_000);

/** A normal admin GET with its own bound, so a server that stopped answering fails the check instead of the test timeout. */
async function adminGet(path: string, requestId?: string): Promise<{ status: number; body: string }> {
  const headers = { authorization: `Bearer ${fixtures.adminToken}`, ...(requestId ? { 'x-request-id': requestId } : {}) };
  const response = await request(`${origin}${path}`, { headers, headersTimeout: 10_000, bodyTimeout: 10_000 });
  return { status: response.statusCode, body: await response.body.text() };
}

// The bound leaves room for a broken server to be slow and still report its failures (a stuck request log made runs
// take 2.5 to 3.5 minutes); a server whose log keeps writing took 30 to 60 s on two busy cores.
describe('a hostile fuzz generated from /openapi.json', () => {
  it('gets no 5xx, only problem+json errors and no hang, and the server still logs requests afterwards', { timeout: 480_000 }, async () => {
    const seed = fuzzSeed();
    const document = (await (await request(`${origin}/openapi.json`)).body.json()) as Parameters<typeof operationsOf>[0];
    const operations = [...operationsOf(document), ...UNDESCRIBED_OPERATIONS];
    const tally = new FuzzTally();
    const started = performance.now();
    const generated = generateRequests(operations, fixtures, seed, ONLY ? Math.max(...ONLY) + 1 : REQUESTS);
    await sendAll(ONLY ? onlyIndexes(generated, ONLY) : generated, { origin, concurrency: CONCURRENCY, timeoutMs: REQUEST_TIMEOUT_MS }, (sent, outcome, ms) =>
      tally.record(sent, outcome, ms),
    );
    const seconds = (performance.now() - started) / 1000;

    const engine = ponte.testDatabase.engine;
    const reportFile = process.env.FUZZ_REPORT ?? path.join(os.tmpdir(), `ponte-openapi-fuzz-${engine}-${seed}.json`);
    writeFileSync(reportFile, JSON.stringify({ seed, engine, requests: tally.total, seconds, failures: tally.failureGroups() }, null, 2));
    reportFigures('openapi-fuzz', { seed, requests: tally.total, seconds, brokenAnswers: tally.failures, answered2xx: tally.answered2xx, failureReport: reportFile });
    console.log(`openapi fuzz on ${engine}: seed ${seed}, ${operations.length} operations, ${seconds.toFixed(1)} s\n${tally.summary()}`);

    // The fuzz itself must reach handlers, not stop at 401 and 404 everywhere.
    expect(tally.total).toBe(ONLY ? ONLY.size : REQUESTS);
    if (!ONLY) {
      expect(tally.routesWith2xx.size, 'routes that answered 2xx at least once').toBeGreaterThanOrEqual(Math.min(20, REQUESTS / 100));
      expect(tally.answered2xx / tally.total, 'share of requests answered 2xx').toBeGreaterThan(0.15);
    }

    const heading = `${tally.failures} of ${tally.total} answers break the contract (seed ${seed}, replay with FUZZ_SEED=${seed}; ${engine}; every group in ${reportFile}):`;
    expect.soft(tally.failures, [heading, ...failureDigest(tally.failureGroups(), 30)].join('\n')).toBe(0);

    expect.soft((await adminGet('/healthz')).status, 'GET /healthz after the fuzz').toBe(200);

    // A fresh, normal request must reach the request log (a poisoned batch used to stop it for good).
    const requestId = `fuzz-after-${seed}-${Date.now()}`;
    expect.soft((await adminGet('/v1/accounts', requestId)).status, 'GET /v1/accounts after the fuzz').toBe(200);
    const logged = async () => {
      const page = await adminGet(`/v1/api-requests?requestId=${requestId}`).catch(() => ({ status: 0, body: '' }));
      return page.status === 200 && page.body.includes(`"requestId":"${requestId}"`);
    };
    const found = await waitFor(logged, 15_000, 200).then(
      () => true,
      () => false,
    );
    expect.soft(found, `request ${requestId} made after the fuzz is in GET /v1/api-requests within 15 s (+10 s for one slow answer)`).toBe(true);
  });
});
