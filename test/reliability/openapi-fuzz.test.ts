import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { UNFINGERPRINTED_TABLES } from '../support/fuzz/database-fingerprint.ts';
import { sendAll, type Outcome } from '../support/fuzz/fuzz-client.ts';
import { failureDigest } from '../support/fuzz/failure-digest.ts';
import { createFuzzFixtures } from '../support/fuzz/fuzz-fixtures.ts';
import { FuzzTally } from '../support/fuzz/fuzz-tally.ts';
import { OperationCoverage } from '../support/fuzz/operation-coverage.ts';
import { UNDESCRIBED_OPERATIONS, eventStreamsOf, operationsOf, type Operation } from '../support/fuzz/openapi-operations.ts';
import { PROVIDER_REFUSALS, isRefusal, providerRefusal, replayRefusals } from '../support/fuzz/refusal-replay.ts';
import { generateRequests, onlyIndexes, regenerator } from '../support/fuzz/request-generator.ts';
import type { FuzzFixtures } from '../support/fuzz/schema-samples.ts';
import { fuzzSeed } from '../support/fuzz/seeded-random.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';
import { waitFor } from '../support/wait.ts';
import { reportFigures, scaled } from './support/long-form.ts';

// The short form (every `npm test`, both engines) stays near two minutes on two busy cores, its replay included.
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? scaled(2_000, 10_000));
// FUZZ_ONLY=12,345 replays those requests of the run (same seed) and nothing else.
const ONLY = process.env.FUZZ_ONLY ? new Set(process.env.FUZZ_ONLY.split(',').map(Number)) : null;
// Enough in flight to keep both cores busy, few enough that a slow answer is not a queueing artefact.
const CONCURRENCY = 12;
// A request without an answer after this long is a hang, not a slow answer. Turning a connector's whole notification
// catalog on (a template and a rule per entry and channel) took 37 to 41 s among 12 concurrent requests on two cores
// at a load of 25 while its checks ran one behind another and each entry committed on its own; checked together and
// saved in one transaction it takes about half a second among 11 busy clients on PGlite.
const REQUEST_TIMEOUT_MS = 30_000;
// Each half's bound: generous, for two busy cores; the long form's 10,000 requests and their replay take longer.
const TEST_TIMEOUT_MS = scaled(480_000, 1_800_000);

// Refusals replayed between two fingerprints (at least; a fortieth of them in a long run).
const REPLAY_BATCH = 100;

let ponte: TestPonte;
let origin: string;
let fixtures: FuzzFixtures;
let webhooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
let mailbox: LocalMailbox;

/** Operations of /openapi.json the fuzz leaves out: event streams, whose inputs test/api/live-updates.test.ts checks. */
let eventStreams: string[] = [];
/** What the fuzz left for the replay of its refusals. */
let fuzzed:
  | {
      seed: number;
      operations: Operation[];
      refused: number[];
      refusals: Map<number, string>;
      providerRefusals: number;
      tally: FuzzTally;
      coverage: OperationCoverage;
      seconds: number;
    }
  | undefined;

beforeAll(async () => {
  // A receiver and a mailbox that count what Ponte sends: a refused request must send nothing.
  webhooks = await startWebhookReceiver();
  mailbox = await startLocalMailbox();
  // Listening on a real port: long headers (431) and malformed requests only happen through Node's HTTP parser.
  // No background workers: the fuzz is about the answers; queued jobs wait untouched (and count in the fingerprint).
  ponte = await startTestPonte({ sandboxes: true, workers: false, smtpUrl: mailbox.url });
  origin = await ponte.listen();
  fixtures = await createFuzzFixtures(ponte, { webhookUrl: webhooks.url });
});
// Closing flushes the request log: a healthy server closes in seconds; one whose log is stuck retrying a poisoned
// batch may never finish, and has failed the test already.
afterAll(async () => {
  await ponte?.dispose();
  await webhooks?.close();
  await mailbox?.close();
}, 60_000);

/** A normal admin GET with its own bound, so a server that stopped answering fails the check instead of the test timeout. */
async function adminGet(path: string, requestId?: string): Promise<{ status: number; body: string }> {
  const headers = { authorization: `Bearer ${fixtures.adminToken}`, ...(requestId ? { 'x-request-id': requestId } : {}) };
  const response = await request(`${origin}${path}`, { headers, headersTimeout: 10_000, bodyTimeout: 10_000 });
  return { status: response.statusCode, body: await response.body.text() };
}

// The bound leaves room for a broken server to be slow and still report its failures (a stuck request log made runs
// take 2.5 to 3.5 minutes); a server whose log keeps writing took 30 to 60 s on two busy cores.
describe('a hostile fuzz generated from /openapi.json', () => {
  it('gets no 5xx, only problem+json errors and no hang, and the server still logs requests afterwards', { timeout: TEST_TIMEOUT_MS }, async () => {
    const seed = fuzzSeed();
    const document = (await (await request(`${origin}/openapi.json`)).body.json()) as Parameters<typeof operationsOf>[0];
    const described = operationsOf(document);
    eventStreams = eventStreamsOf(document);
    const operations = [...described, ...UNDESCRIBED_OPERATIONS];
    const tally = new FuzzTally();
    const coverage = new OperationCoverage(described);
    const refused: number[] = [];
    // What each refused request was and how it was refused, to say which refusals a later state accepts.
    const refusals = new Map<number, string>();
    let providerRefusals = 0;
    const started = performance.now();
    const generated = generateRequests(operations, fixtures, seed, ONLY ? Math.max(...ONLY) + 1 : REQUESTS);
    await sendAll(ONLY ? onlyIndexes(generated, ONLY) : generated, { origin, concurrency: CONCURRENCY, timeoutMs: REQUEST_TIMEOUT_MS }, (sent, outcome, ms) => {
      tally.record(sent, outcome, ms);
      coverage.record(sent, outcome);
      if (providerRefusal(outcome)) providerRefusals++;
      if (!isRefusal(outcome)) return;
      refused.push(sent.index);
      refusals.set(sent.index, `${sent.method} ${sent.route} [${sent.mutation}] ${outcome.kind === 'answer' ? outcome.status : 'none'}`);
    });
    const seconds = (performance.now() - started) / 1000;
    fuzzed = { seed, operations, refused: refused.sort((a, b) => a - b), refusals, providerRefusals, tally, coverage, seconds };

    const engine = ponte.testDatabase.engine;
    const reportFile = process.env.FUZZ_REPORT ?? path.join(os.tmpdir(), `ponte-openapi-fuzz-${engine}-${seed}.json`);
    writeFileSync(reportFile, JSON.stringify({ seed, engine, requests: tally.total, seconds, failures: tally.failureGroups() }, null, 2));
    console.log(`openapi fuzz on ${engine}: seed ${seed}, ${operations.length} operations, ${seconds.toFixed(1)} s\n${tally.summary()}`);
    const beyond = coverage.onlyAuthOrNotFound();
    console.log(`operations of /openapi.json answered beyond 401 and 404: ${coverage.covered} of ${coverage.total}${beyond.length ? `; never:\n  ${beyond.join('\n  ')}` : ''}`);

    // The fuzz itself must reach handlers, not stop at 401 and 404 everywhere.
    expect(tally.total).toBe(ONLY ? ONLY.size : REQUESTS);
    if (!ONLY) {
      expect(tally.routesWith2xx.size, 'routes that answered 2xx at least once').toBeGreaterThanOrEqual(Math.min(20, REQUESTS / 100));
      expect(tally.answered2xx / tally.total, 'share of requests answered 2xx').toBeGreaterThan(0.15);
      // Every operation of the description got at least one answer from its own route (not only the router's 404).
      expect(coverage.neverReached(), 'operations of /openapi.json the fuzz never reached').toEqual([]);
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
  it('changes nothing in the database and sends nothing for any request it refused', { timeout: TEST_TIMEOUT_MS }, async () => {
    if (!fuzzed) throw new Error('the fuzz did not run, so there are no refusals to replay');
    const { seed, operations, refused, refusals, tally, coverage } = fuzzed;
    const replays = new FuzzTally();
    const requestsOf = regenerator(operations, fixtures, seed, (refused.at(-1) ?? 0) + 1);
    const resend = async (indexes: readonly number[], concurrency: number) => {
      const outcomes = new Map<number, Outcome>();
      await sendAll(requestsOf(indexes).values(), { origin, concurrency, timeoutMs: REQUEST_TIMEOUT_MS }, (sent, outcome, ms) => {
        replays.record(sent, outcome, ms);
        outcomes.set(sent.index, outcome);
      });
      return outcomes;
    };
    const started = performance.now();
    const replay = await replayRefusals({
      pool: ponte.database.pool,
      refused,
      resend,
      concurrency: CONCURRENCY,
      batchSize: Math.max(REPLAY_BATCH, Math.ceil(refused.length / 40)),
      sentSoFar: () => webhooks.received.length + mailbox.messages().length,
      traceDeadline: performance.now() + 180_000,
    });
    const replaySeconds = (performance.now() - started) / 1000;
    const engine = ponte.testDatabase.engine;
    const tenths = (seconds: number) => Math.round(seconds * 10) / 10;

    reportFigures('openapi-fuzz', {
      seed,
      requests: tally.total,
      answered2xx: tally.answered2xx,
      answered5xx: tally.answered5xx + replays.answered5xx,
      notProblemJson: tally.notProblemJson + replays.notProblemJson,
      hangs: tally.hangs + replays.hangs,
      brokenAnswers: tally.failures + replays.failures,
      refused: refused.length,
      providerRefusals: fuzzed.providerRefusals,
      refusedReplayed: replay.replayed,
      refusalsProved: replay.verified,
      acceptedOnReplay: replay.acceptedOnReplay.length,
      tablesChangedByRefusals: [...new Set(replay.changes.map((change) => change.table))],
      sentByRefusals: replay.sent.reduce((sum, batch) => sum + batch.count, 0),
      operationsCovered: coverage.covered,
      operationsTotal: coverage.total,
      operationsOnlyAuthOrNotFound: coverage.onlyAuthOrNotFound(),
      operationsLeftOut: eventStreams,
      fuzzSeconds: tenths(fuzzed.seconds),
      replaySeconds: tenths(replaySeconds),
      fingerprintSeconds: tenths(replay.fingerprintSeconds),
      seconds: tenths(fuzzed.seconds + replaySeconds),
    });
    console.log(
      [
        `replay of the refusals on ${engine}: ${refused.length} refused, ${replay.replayed} sent again in ${replay.passes} passes (${replaySeconds.toFixed(1)} s, ` +
          `${replay.fingerprintSeconds.toFixed(1)} s of it fingerprinting); ${replay.verified} proved to change nothing, ${replay.acceptedOnReplay.length} accepted on replay; ` +
          `tables not compared: ${Object.keys(UNFINGERPRINTED_TABLES).join(', ')}; ${fuzzed.providerRefusals} provider refusals (${Object.keys(PROVIDER_REFUSALS).join(', ')}) not replayed`,
        ...replay.acceptedOnReplay.map(({ index, status }) => `  accepted on replay: #${index} ${refusals.get(index)}, then ${status}`),
      ].join('\n'),
    );

    const replayHint = (index: number) => `FUZZ_SEED=${seed} FUZZ_ONLY=${index}`;
    const changed = replay.changes.map((change) => {
      const by = change.culprit
        ? `request #${change.culprit.index} ${refusals.get(change.culprit.index)} changes it alone (answered ${change.culprit.status} when replayed; ${replayHint(change.culprit.index)})`
        : `no single request of the batch #${change.batch[0]}..#${change.batch.at(-1)} changed it when replayed one at a time`;
      return `${change.table}: ${change.rowsBefore} rows before, ${change.rowsAfter} after (${change.removed} gone); ${by}; new rows: ${change.added.join(' | ') || 'none'}`;
    });
    expect(changed, `tables changed by batches of requests that were all refused (seed ${seed}, ${engine})`).toEqual([]);
    const sent = replay.sent.map(({ count, batch, culprit }) => {
      const by = culprit
        ? `request #${culprit.index} ${refusals.get(culprit.index)} sends alone (answered ${culprit.status} when replayed; ${replayHint(culprit.index)})`
        : 'no single request of the batch sent anything when replayed one at a time';
      return `${count} messages while #${batch[0]}..#${batch.at(-1)} were replayed (${batch.length} refusals); ${by}`;
    });
    expect(sent, 'webhooks and e-mails that arrived while only refused requests were in flight').toEqual([]);
    expect.soft(replays.failures, [`${replays.failures} replayed answers break the contract:`, ...failureDigest(replays.failureGroups(), 20)].join('\n')).toBe(0);
    // Every refusal ends up proved or accepted in a later state; the proof must cover nearly all of them.
    expect(replay.verified + replay.acceptedOnReplay.length).toBe(refused.length);
    expect(replay.verified, 'refused requests proved to change nothing').toBeGreaterThan(refused.length * 0.9);
  });
});
