import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { reportFigures, scaled } from './support/long-form.ts';
import { CLASSIFICATION, type ClassifiedRoute } from './support/tenancy-classification.ts';
import { createOperators, createSide, ghostSide, type Operators, type Side } from './support/tenancy-fixtures.ts';
import { checkRoute, MatrixTally, namesOwnedObjects } from './support/tenancy-matrix.ts';
import { recordRoutes, routeKey, type RegisteredRoute } from './support/tenancy-routes.ts';
import { stateDigester } from './support/tenancy-state.ts';

/*
 * Issue 17, suite 6: tenancy. Every route of Ponte's app (as Fastify registered it, hidden ones included) × every role
 * that does not own the object × another account's ids: 404, the same answer as for ids that name nothing, nothing
 * learnt and nothing changed; admin-only routes 403 for agents and customers; and the owner gets 2xx on each route, so
 * the 404s cannot be a route answering 404 to everyone. Customers call with their key's token and with the console's
 * cookie session. The long form gives the asking customer more accounts to probe.
 */

const OTHER_ACCOUNTS = scaled(1, 3);

let ponte: TestPonte;
let routes: RegisteredRoute[];
let operators: Operators;
let asking: Side;
let others: Side[];

beforeAll(async () => {
  const recorder = recordRoutes();
  try {
    ponte = await startTestPonte({ sandboxes: true, workers: false });
  } finally {
    recorder.stop();
  }
  routes = recorder.routesOf(ponte.app);
  // A reaction sees the events after its first run (complaint conversion): this is that run.
  await ponte.eventReactions.runAll();
  operators = await createOperators(ponte);
  asking = await createSide(ponte, operators, 'A');
  others = [];
  for (let index = 0; index < OTHER_ACCOUNTS; index++) others.push(await createSide(ponte, operators, `B${index + 1}`));
}, 240_000);
afterAll(async () => ponte?.dispose(), 60_000);

describe('tenancy', () => {
  it('classifies every registered route: in the matrix, or exempt with a reason', () => {
    const registered = new Set(routes.map(routeKey));
    const unclassified = [...registered].filter((key) => !(key in CLASSIFICATION)).map((key) => `${key}: classify this route`);
    const stale = Object.keys(CLASSIFICATION).filter((key) => !registered.has(key)).map((key) => `${key}: no longer registered, remove it from the classification`);
    expect([...unclassified, ...stale]).toEqual([]);
    // The recorder sees Ponte's routes, not a list someone keeps: /v1, the hooks, the pages and the web app.
    expect(routes.length).toBeGreaterThan(100);
  });

  it("refuses a provider callback carrying one account's integration token on another account's integration, like a forged one", async () => {
    const digest = await stateDigester(ponte);
    const body = 'transaction_id=TENANCY1&notification_id=TENANCY1&idPlataforma=1';
    const post = (integrationId: string, token: string) =>
      ponte.app.inject({ method: 'POST', url: `/hooks/${integrationId}/${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
    for (const owner of others) {
      const before = await digest();
      const borrowed = await post(owner.integrationId, asking.callbackToken);
      const forged = await post(owner.integrationId, 'a'.repeat(asking.callbackToken.length));
      expect([borrowed.statusCode, borrowed.json().code], `POST /hooks/${owner.label}'s integration/${asking.label}'s token`).toEqual([forged.statusCode, forged.json().code]);
      expect(borrowed.statusCode).toBe(404);
      expect(await digest(), 'tables after the refused callbacks').toEqual(before);
    }
    // The owner's own pair is taken, so the refusals above are about the pair, not the route.
    expect((await post(asking.integrationId, asking.callbackToken)).statusCode).toBeLessThan(300);
  });

  it("answers another account's customer 404 on every route naming that account's objects, and the owner 2xx", { timeout: scaled(240_000, 900_000) }, async () => {
    const started = performance.now();
    const tally = new MatrixTally();
    const ghost = ghostSide(operators);
    const context = { ponte, operators, asking, ghost, tally, digest: await stateDigester(ponte) };
    const matrix = routes.map((route) => [routeKey(route), CLASSIFICATION[routeKey(route)]] as const).filter((entry): entry is [string, ClassifiedRoute] => !!entry[1] && 'access' in entry[1]);
    for (const owner of others) {
      for (const [key, spec] of matrix) await checkRoute(context, key, spec, owner);
    }

    const exempt = routes.filter((route) => 'exempt' in (CLASSIFICATION[routeKey(route)] ?? {}));
    reportFigures('tenancy', {
      routesTotal: routes.length,
      classified: matrix.length,
      namingAccountObjects: matrix.filter(([, spec]) => namesOwnedObjects(spec, others[0]!, ghost)).length,
      exempt: exempt.length,
      otherAccounts: others.length,
      crossAccountRequests: tally.crossAccountRequests,
      crossAccount404s: tally.crossAccount404s,
      otherAnswersByRoute: tally.otherAnswersByRoute,
      adminOnly403Checks: tally.adminOnly403Checks,
      staffOnly403Checks: tally.staffOnly403Checks,
      ownerChecks: tally.ownerChecks,
      findings: tally.findings.length,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });

    const report = tally.findings.map((finding) => `${finding.route}: ${finding.check}: ${finding.detail}`);
    expect(report).toEqual([]);
    expect(tally.crossAccount404s, 'cross-account requests answered 404').toBeGreaterThan(50 * others.length);
  });
});
