import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { digestSecret } from '../../src/platform/crypto/secrets.ts';
import { openDatabase } from '../../src/platform/database/database.ts';
import { ACCESS_REVOKED_SIGNAL } from '../../src/modules/api-access/principal-cache.ts';
import { usePaghiperSandboxAndDatabase } from '../support/sandbox-and-database.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { waitFor } from '../support/wait.ts';

// Authenticated requests are answered from a cache of verified tokens; these tests hold it to never outliving a
// revocation, an expiry or a block, on this process at once and on every other process within a second.

const clock = new ManualClock('2026-03-10T12:00:00.000Z');
let ponte: TestPonte;

beforeAll(async () => {
  ponte = await startTestPonte({ clock, workers: false });
});
afterAll(async () => ponte?.dispose());

const tokenId = async (token: string) =>
  (await ponte.database.pool.query<{ id: string }>('select id from access_tokens where token_digest = $1', [digestSecret(token)])).rows[0]!.id;

const me = (token: string) => ponte.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${token}` } });

async function keyToken(users: string[] = []) {
  const key = await ponte.apiAccess.keys.create(cliActor, { name: 'cache test', environment: 'sandbox', users });
  const { accessToken } = await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key });
  return { key, token: accessToken };
}

describe('the cache of verified tokens', () => {
  it('answers a known token without reading its row again, for at most five seconds', async () => {
    const { token } = await keyToken();
    const first = await me(token);
    expect(first.statusCode).toBe(200);
    // Behind Ponte's back (no signal): only a cache can still know this token.
    await ponte.database.pool.query('delete from access_tokens where id = $1', [await tokenId(token)]);
    expect((await me(token)).statusCode).toBe(200);
    clock.advance(5_000);
    const refused = await me(token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('token_invalid');
  });

  it('refuses at once the tokens of a key revoked, a user blocked, a session signed out, and an expired token', async () => {
    const revoked = await keyToken();
    expect((await me(revoked.token)).statusCode).toBe(200);
    await ponte.apiAccess.keys.revoke(cliActor, revoked.key.id);
    expect((await me(revoked.token)).json()).toMatchObject({ status: 401, code: 'api_key_revoked' });

    const account = await ponte.accounts.createAccount(cliActor, { name: 'Transportes Rio Claro' });
    const user = await ponte.accounts.createUser(cliActor, { email: 'marina@rioclaro.com.br', name: 'Marina', role: 'customer', accountId: account.id, password: 'uma-senha-longa-123' });
    const userToken = await ponte.tokenFor(user.id);
    expect((await me(userToken)).json()).toMatchObject({ role: 'customer', userId: user.id, accountId: account.id });
    await ponte.accounts.setBlocked(cliActor, user.id, true);
    expect((await me(userToken)).json()).toMatchObject({ status: 403, code: 'user_blocked' });
    await ponte.accounts.setBlocked(cliActor, user.id, false);
    expect((await me(userToken)).statusCode).toBe(200);

    const signedIn = await ponte.apiAccess.tokens.exchangePassword('marina@rioclaro.com.br', 'uma-senha-longa-123', 'sandbox');
    expect((await me(signedIn.accessToken)).statusCode).toBe(200);
    await ponte.apiAccess.tokens.revoke(await tokenId(signedIn.accessToken));
    expect((await me(signedIn.accessToken)).json().code).toBe('token_invalid');
    expect((await me(userToken)).statusCode).toBe(200);
    await ponte.apiAccess.tokens.revokeAllOfUser(user.id);
    expect((await me(userToken)).json().code).toBe('token_invalid');

    const expiring = await keyToken();
    expect((await me(expiring.token)).statusCode).toBe(200);
    clock.advance(12 * 3600 * 1000);
    expect((await me(expiring.token)).json().code).toBe('token_expired');
  });
});

describe('a revocation made by another process', () => {
  it('reaches this process’s cache: a `ponte keys revoke` joined to the running server, say', async () => {
    const { key, token } = await keyToken();
    expect((await me(token)).statusCode).toBe(200);
    // What a CLI command does beside a running server: its own connections (on the embedded database, through the
    // server's socket, which is where a joined command's connection string points) and its own signals. (Opened
    // here, in the server's own process, the data folder's lock would not keep a second embedded database out.)
    const other = await openDatabase({ databaseUrl: ponte.database.url, dataDir: '' }, { poolSize: 2 });
    try {
      await other.transaction(async ({ db, client }) => {
        await client.query("update api_keys set status = 'revoked', revoked_at = now() where id = $1", [key.id]);
        await other.signals.publish(ACCESS_REVOKED_SIGNAL, JSON.stringify({ key: key.id }), db);
      });
    } finally {
      await other.close();
    }
    // The clock stands still, so the cache's own limit never ends the trust: only the signal can.
    await waitFor(async () => (await me(token)).statusCode === 401, 3_000, 20);
    expect((await me(token)).json().code).toBe('api_key_revoked');
  });
});

// Two Ponte processes on one PostgreSQL database: a revocation made through one reaches the other's cache by
// LISTEN/NOTIFY. The embedded database serves a single process, so there is no second one to test there.
const harness = usePaghiperSandboxAndDatabase(31);
describe('a revocation reaches every process', { timeout: 240_000 }, () => {
  it('refuses a revoked key’s token on both processes within a second (PostgreSQL)', async () => {
    if (harness.database.engine === 'pglite') return;
    const [first, second] = await Promise.all([harness.startPonte(), harness.startPonte()]);
    const key = await first.call('POST', '/v1/api-keys', { name: 'revoked across processes', environment: 'sandbox' });
    expect(key.status).toBe(201);
    const token = await (await fetch(`${first.address}/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKey: key.body.key }),
    })).json() as { access_token: string };
    const asKey = (address: string) => fetch(`${address}/v1/auth/me`, { headers: { authorization: `Bearer ${token.access_token}` } });
    // Both processes have verified the token, so both would answer it from their caches.
    for (const process of [first, second]) for (let n = 0; n < 3; n++) expect((await asKey(process.address)).status).toBe(200);

    expect((await first.call('POST', `/v1/api-keys/${String(key.body.id)}/revoke`)).status).toBe(200);
    const revokedAt = Date.now();
    const refusedAfter: number[] = [];
    await Promise.all(
      [first, second].map(async (process) => {
        // The bound is under the cache's five seconds of trust: only the signal can make it.
        await waitFor(async () => (await asKey(process.address)).status === 401, 3_000, 20);
        refusedAfter.push(Date.now() - revokedAt);
      }),
    );
    process.stdout.write(`revocation refused on both processes after ${refusedAfter.join(' and ')} ms\n`);
  });
});
