import type { LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { HttpServer } from '../../src/platform/http/server.ts';
import { createPonte, type Ponte } from '../../src/ponte.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { multipart, nestedJson, sendRaw, type BoundProbe } from './support/abuse-bounds.ts';
import { secretPlaces, type SecretPlace } from './support/abuse-places.ts';
import { ENGINE, reportFigures, scaled } from './support/long-form.ts';

/**
 * Issue 17, item 7: guessing keys and passwords is slowed per address and per what the guesses aim at (a key's prefix,
 * a user's e-mail, a gateway key), every refusal is 429 problem+json with a Retry-After that is right, the rightful
 * user is not locked out, and oversized or overbuilt requests are answered in problem+json with nothing changed.
 * Guesses go through inject() with the address they come from; the clock is Ponte's, moved instead of waited on.
 */

const PER_ADDRESS = scaled(4, 30);
const PER_TARGET = scaled(3, 10);
const WINDOW_MINUTES = 10;
// Guesses past the limit in each campaign, and how many are in flight at once.
const EXTRA_GUESSES = scaled(3, 60);
const IN_FLIGHT = scaled(4, 12);
const LIMITS = {
  PONTE_AUTH_FAILURES_PER_ADDRESS: String(PER_ADDRESS),
  PONTE_AUTH_FAILURES_PER_EMAIL: String(PER_TARGET),
  PONTE_AUTH_FAILURE_WINDOW_MINUTES: String(WINDOW_MINUTES),
};

const clock = new ManualClock('2026-05-04T12:00:00.000Z');
let ponte: TestPonte;
let second: Ponte | undefined;
/** The processes guesses are spread over: two on PostgreSQL, sharing the counts through the database. */
let apps: HttpServer[];
let places: SecretPlace[];
const figures: Record<string, unknown>[] = [];
const boundFigures: Record<string, unknown>[] = [];
const startedAt = Date.now();

// Fresh addresses for every attacker and rightful caller (198.18.0.0/15, set aside for tests).
let addressesUsed = 0;
const freshAddress = () => {
  const n = addressesUsed++;
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
};

beforeAll(async () => {
  ponte = await startTestPonte({ clock, workers: false, env: LIMITS });
  apps = [ponte.app];
  if (ENGINE === 'postgresql') {
    second = await createPonte(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...ponte.testDatabase.env, ...LIMITS }), { logger: pino({ level: 'silent' }), clock, role: 'api' });
    apps.push(second.app);
  }
  places = await secretPlaces(ponte, 'abuse');
});

afterAll(async () => {
  if (places && figures.length > 0) {
    reportFigures('abuse', {
      processes: apps.length,
      limits: { perAddress: PER_ADDRESS, perTarget: PER_TARGET, windowSeconds: WINDOW_MINUTES * 60 },
      campaigns: figures,
      unlimitedByDesign: [
        { place: 'provider-callbacks', why: 'the /hooks token is a 256-bit HMAC checked in memory; counting would add writes to every callback' },
        { place: 'bearer-tokens', why: 'access tokens are 256 random bits looked up by digest; no guessing pace reaches one' },
      ],
      bounds: boundFigures,
      seconds: Math.round((Date.now() - startedAt) / 1000),
    });
  }
  await second?.close();
  await ponte?.dispose();
});

const place = (name: string) => places.find((each) => each.name === name)!;
// What each place counts guesses by besides the address (the describe blocks are laid out before the places exist).
const TARGETS: Record<string, string[]> = { 'token-exchange': ['key-prefix', 'user'], login: ['e-mail'], 'console-sign-in': ['e-mail'], 'partner-gateway': ['gateway-key'] };

/** A 429 from a limit: problem+json, the too_many_requests code, a Retry-After in whole seconds within the window. */
function retryAfterOf(response: LightMyRequestResponse): number {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({ code: 'too_many_requests', status: 429 });
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_MINUTES * 60);
  expect(body.detail).toContain(`${retryAfter} seconds`);
  return retryAfter;
}

/** Sends `count` guesses, `IN_FLIGHT` at a time, each to one of the processes in turn; answers their statuses. */
async function guessMany(count: number, send: (app: HttpServer, n: number) => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse[]> {
  const answers: LightMyRequestResponse[] = [];
  for (let start = 0; start < count; start += IN_FLIGHT) {
    const batch = Array.from({ length: Math.min(IN_FLIGHT, count - start) }, (_, i) => send(apps[(start + i) % apps.length]!, start + i));
    answers.push(...(await Promise.all(batch)));
  }
  return answers;
}

/**
 * Retry-After is right when one second before it the next guess is still refused, and at it the guess is checked
 * again (answered as a wrong secret, not 429). `again` sends one more guess of the same campaign.
 */
async function retryAfterIsRight(retryAfter: number, again: () => Promise<LightMyRequestResponse>, refusedStatus: number): Promise<boolean> {
  clock.advance((retryAfter - 1) * 1000);
  const early = await again();
  const stillRefused = early.statusCode === 429 && retryAfterOf(early) === 1;
  clock.advance(1000);
  const onTime = await again();
  return stillRefused && onTime.statusCode === refusedStatus;
}

describe.each(['token-exchange', 'login', 'console-sign-in', 'partner-gateway', 'password-link', 'unsubscribe-link', 'connect-link'])('guessing at %s', (name) => {
  it('from one address: stopped after the allowed refusals, told when to come back, and the rightful caller elsewhere gets in', async () => {
    const at = place(name);
    const attacker = freshAddress();
    const sent = PER_ADDRESS + EXTRA_GUESSES;
    const answers = await guessMany(sent, (app) => at.guess(app, attacker));
    const letThrough = answers.filter((answer) => answer.statusCode === at.refusedStatus).length;
    const refused = answers.filter((answer) => answer.statusCode === 429);
    expect(letThrough).toBe(PER_ADDRESS);
    expect(refused).toHaveLength(EXTRA_GUESSES);
    const retryAfter = Math.min(...refused.map(retryAfterOf));
    expect(retryAfter).toBe(WINDOW_MINUTES * 60);

    // While the attacker waits, the rightful caller from their own address is answered as always.
    const rightful = await at.rightful(apps[apps.length - 1]!, freshAddress());
    expect(rightful.statusCode).toBe(at.rightStatus);

    const retryAfterRight = await retryAfterIsRight(retryAfter, () => at.guess(apps[0]!, attacker), at.refusedStatus);
    expect(retryAfterRight).toBe(true);
    figures.push({ place: name, by: 'address', guessesSent: sent, letThroughBeforeLimit: letThrough, allowed: PER_ADDRESS, tooManyRequests: refused.length, retryAfterSeconds: retryAfter, retryAfterRight, rightfulSucceeded: rightful.statusCode === at.rightStatus });
  });

  for (const by of TARGETS[name] ?? []) {
    it(`aimed at one ${by} from many addresses: stopped after the allowed refusals, and the rightful caller from a known address still gets in`, async () => {
      const at = place(name);
      const { target } = at.targets.find((each) => each.name === by)!;
      // The rightful caller signs in once from home: that address is now known to the target.
      const home = freshAddress();
      expect((await at.rightful(apps[0]!, home)).statusCode).toBe(at.rightStatus);

      const sent = PER_TARGET + EXTRA_GUESSES;
      const answers = await guessMany(sent, (app) => at.guess(app, freshAddress(), target));
      const letThrough = answers.filter((answer) => answer.statusCode === at.refusedStatus).length;
      const refused = answers.filter((answer) => answer.statusCode === 429);
      expect(letThrough).toBe(PER_TARGET);
      expect(refused).toHaveLength(EXTRA_GUESSES);
      const retryAfter = Math.min(...refused.map(retryAfterOf));
      expect(retryAfter).toBe(WINDOW_MINUTES * 60);

      // Not locked out: from home, with the right secret, on either process, while the attack holds the target shut.
      const fromHome = await Promise.all(apps.map((app) => at.rightful(app, home)));
      const rightfulSucceeded = fromHome.every((answer) => answer.statusCode === at.rightStatus);
      expect(fromHome.map((answer) => answer.statusCode)).toEqual(apps.map(() => at.rightStatus));
      // The price, as OWASP's device cookies pay it: from an address never used before, the right secret waits too
      // (else the limit would tell the guesser when a guess was right).
      const fromElsewhere = await at.rightful(apps[0]!, freshAddress());
      retryAfterOf(fromElsewhere);

      const retryAfterRight = await retryAfterIsRight(retryAfter, () => at.guess(apps[0]!, freshAddress(), target), at.refusedStatus);
      expect(retryAfterRight).toBe(true);
      figures.push({ place: name, by, guessesSent: sent, attackers: sent, letThroughBeforeLimit: letThrough, allowed: PER_TARGET, tooManyRequests: refused.length, retryAfterSeconds: retryAfter, retryAfterRight, rightfulSucceeded, rightfulFromUnknownAddressWaits: fromElsewhere.statusCode === 429 });
    });
  }
});

describe('header and body bounds', () => {
  it('answers oversized and overbuilt requests with problem+json, and changes nothing', async () => {
    const address = new URL(await ponte.listen());
    const port = Number(address.port);
    const admin = await ponte.adminToken();
    const auth = { authorization: `Bearer ${admin}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const api = await ponte.partnerApis.register(cliActor, { name: 'Limites', slug: 'limites-bounds' });
    const gateway = await ponte.apiAccess.keys.create(cliActor, { name: 'gateway', environment: 'sandbox', purpose: 'gateway', partnerApiId: api.id });
    const gatewayAuth = `Basic ${Buffer.from(`${gateway.id}:${gateway.key}`).toString('base64')}`;
    const unsubscribe = ponte.optOuts.unsubscribeToken({ accountId: 'acc_bounds', address: 'bounds@loja.example' });
    const many = multipart(scaled(3000, 20_000));
    const form = Array.from({ length: scaled(5000, 50_000) }, (_, n) => `f${n}=${n}`).join('&');
    const probes: BoundProbe[] = [
      { name: 'header of 40 KB', method: 'GET', path: '/v1/accounts', headers: { ...auth, 'x-filler': 'a'.repeat(40_000) }, status: 431, code: 'header_too_large' },
      { name: 'URL of 20 KB', method: 'GET', path: `/v1/accounts?name=${'a'.repeat(20_000)}`, headers: auth, status: 414, code: 'uri_too_long' },
      { name: 'path segment of 2 KB', method: 'GET', path: `/v1/accounts/${'a'.repeat(2000)}`, headers: auth, status: 414, code: 'uri_too_long' },
      { name: 'JSON body of 2 MB', method: 'POST', path: '/v1/accounts', headers: json, body: JSON.stringify({ name: 'Frota Grande', filler: 'a'.repeat(2 * 1024 * 1024) }), status: 413, code: 'payload_too_large' },
      { name: `multipart of ${scaled(3000, 20_000)} parts to a JSON route`, method: 'POST', path: '/v1/accounts', headers: { ...auth, 'content-type': many.contentType }, body: many.body, status: 415, code: 'unsupported_media_type' },
      { name: `multipart of ${scaled(3000, 20_000)} parts to the unsubscribe link`, method: 'POST', path: `/v1/unsubscribe/${unsubscribe}`, headers: { 'content-type': many.contentType }, body: many.body, status: 413, code: 'payload_too_large' },
      { name: `form of ${scaled(5000, 50_000)} fields to introspection`, method: 'POST', path: '/v1/auth/introspect', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form, status: 413, code: 'payload_too_large' },
      { name: 'JSON nested 100,000 deep', method: 'POST', path: '/v1/accounts', headers: json, body: `{"name":"Frota Funda","x":${nestedJson(100_000)}}`, status: 400, code: 'validation_failed' },
      {
        name: 'JSON nested 100,000 deep in a gateway log row',
        method: 'POST',
        path: '/v1/api-requests/batch',
        headers: { 'content-type': 'application/json', authorization: gatewayAuth },
        body: `{"requests":[{"at":"2026-05-04T12:00:00Z","requestId":"deep-1","method":"POST","route":"/v2/x","path":"/v2/x","status":400,"latencyMs":3,"payload":${nestedJson(100_000)}}]}`,
        status: 400,
        code: 'validation_failed',
      },
    ];
    const count = async (table: string) => (await ponte.database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;
    // What a refused request could have changed (Ponte's own request log rows are written for every answer, refusals too).
    const tables = ['accounts', 'notification_opt_outs', 'api_requests where partner_api_id is not null'];
    for (const probe of probes) {
      const before = await Promise.all(tables.map(count));
      const answer = await sendRaw(port, probe);
      let body: { code?: string; detail?: string; status?: number } = {};
      try {
        body = JSON.parse(answer.body);
      } catch {
        // Not JSON: the checks below say so.
      }
      const after = await Promise.all(tables.map(count));
      const changed = tables.filter((_, i) => after[i] !== before[i]);
      boundFigures.push({ check: probe.name, status: answer.status, code: body.code ?? null, problemJson: answer.headers['content-type']?.startsWith('application/problem+json') ?? false, nothingChanged: changed.length === 0 });
      expect({ probe: probe.name, status: answer.status, code: body.code, type: answer.headers['content-type']?.split(';')[0], changed }).toEqual({
        probe: probe.name,
        status: probe.status,
        code: probe.code,
        type: 'application/problem+json',
        changed: [],
      });
      expect(body.detail ?? '').not.toBe('');
    }
    // The server is still serving.
    expect((await sendRaw(port, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });
});
