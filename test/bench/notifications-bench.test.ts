import { describe, expect, it } from 'vitest';
import { run } from '../../bench/notifications.ts';

/**
 * `npm run bench -- notifications` in a short form: every measurement runs through its real paths (the worker
 * started by itself, the in-process webhook receiver and WhatsApp Cloud API sandbox) and the run is valid. The numbers
 * are not checked: speed goals live in the benchmark's ratios, not in tests.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the notifications benchmark, short', { timeout: 240_000 }, () => {
  it('measures webhook delivery, dispatch and buyer WhatsApp notifications against their baselines, with a valid run', async () => {
    // On PostgreSQL the benchmark makes its throw-away database next to the tests' server.
    if (process.env.TEST_DATABASE_URL) process.env.BENCH_DATABASE_URL ??= process.env.TEST_DATABASE_URL;
    const result = await run({ json: true, durationSeconds: 2, connections: 1 }, {}, { dispatchEvents: 1_000, buyerMessages: 200 });
    // The running worker's webhook window is 2 s here: on a loaded machine it may see no send finish, or catch up
    // with its appender, which makes that rate invalid but is no failure. Every other check must hold.
    expect(result.problems.filter((problem) => !problem.startsWith('running worker:'))).toEqual([]);
    const report = result.report as Json;
    expect(report.delivery).toMatchObject({ deliveredPerSecond: expect.any(Number), baselinePostsPerSecond: expect.any(Number) });
    expect(report.delivery.drainSent).toBeGreaterThan(0);
    expect(report.dispatch).toMatchObject({ events: 1_000 });
    expect(report.dispatch.ratio).toBeGreaterThan(0);
    // Every paid buyer heard on WhatsApp, timed from the event to the sandbox's acceptance, beside the bare sends.
    const buyers = report.buyerWhatsapp as Json;
    expect(buyers).toMatchObject({ messages: 200, concurrency: 100 });
    expect(buyers.notificationsPerSecond).toBeGreaterThan(0);
    expect(buyers.baselineSendsPerSecond).toBeGreaterThan(0);
    expect(buyers.ratio).toBeGreaterThan(0);
    expect(buyers.latencyMs.p50).toBeGreaterThan(0);
    expect(buyers.latencyMs.p99).toBeGreaterThanOrEqual(buyers.latencyMs.p50);
    expect(result.table).toMatch(/buyer WhatsApp notifications, paid event to sandbox acceptance, vs bare sends \(200\)/);
  });
});
