import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { Keyring, masterKeyIdOf, UnknownMasterKeyError } from '../../src/platform/crypto/keyring.ts';
import { loadKeyring, MASTER_KEY_FILE, PREVIOUS_KEYS_FILE, replaceMasterKeyFile } from '../../src/platform/crypto/master-key.ts';
import { CredentialVault } from '../../src/modules/credentials/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';
import { cliActor } from '../../src/platform/actor.ts';

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
let ponte: TestPonte;

beforeAll(async () => {
  // The server already knows both keys, as every process must before a rotation on PostgreSQL.
  ponte = await startTestPonte({
    env: { PONTE_MASTER_KEY: newKey.toString('base64'), PONTE_PREVIOUS_MASTER_KEYS: oldKey.toString('base64') },
  });
});
afterAll(async () => ponte?.dispose());

const secretOf = (n: number) => ({ apiKey: `apk_${n}_${randomBytes(8).toString('hex')}`, token: `tok-${randomBytes(16).toString('hex')}` });

describe('the credential vault', () => {
  it('seals and opens a secret, and shows only a masked fingerprint', async () => {
    const secret = secretOf(1);
    const info = await ponte.vault.store(ponte.database.db, { accountId: 'acc_1', kind: 'connector:paghiper', secret });
    expect(info.id).toMatch(/^cred_/);
    expect(info.maskedFingerprint).toMatch(/^••••[0-9a-f]{8}$/);
    expect(JSON.stringify(info)).not.toContain(secret.token);
    expect(await ponte.vault.reveal(info.id)).toEqual(secret);
    // Same secret, fields in another order: same fingerprint.
    const again = await ponte.vault.store(ponte.database.db, { accountId: 'acc_1', kind: 'connector:paghiper', secret: { token: secret.token, apiKey: secret.apiKey } });
    expect(again.maskedFingerprint).toBe(info.maskedFingerprint);
  });

  it('will not open a ciphertext moved onto another credential', async () => {
    const a = await ponte.vault.store(ponte.database.db, { accountId: 'acc_1', kind: 'k', secret: secretOf(2) });
    const b = await ponte.vault.store(ponte.database.db, { accountId: 'acc_1', kind: 'k', secret: secretOf(3) });
    await ponte.database.pool.query(
      `update credentials set (ciphertext, iv, tag, wrapped_key, wrap_iv, wrap_tag) =
         (select ciphertext, iv, tag, wrapped_key, wrap_iv, wrap_tag from credentials where id = $1) where id = $2`,
      [a.id, b.id],
    );
    await expect(ponte.vault.reveal(b.id)).rejects.toThrow();
  });

  it('re-wraps every data key under the new master key with the server running', async () => {
    const legacyVault = new CredentialVault(ponte.database, new Keyring(oldKey), systemClock);
    const stored = await Promise.all([4, 5, 6].map(async (n) => {
      const secret = secretOf(n);
      const info = await legacyVault.store(ponte.database.db, { accountId: 'acc_2', kind: 'connector:ticket-log', secret });
      return { id: info.id, secret };
    }));
    const underOld = await ponte.database.pool.query('select count(*)::int as n from credentials where master_key_id = $1', [masterKeyIdOf(oldKey)]);
    expect(underOld.rows[0].n).toBe(3);

    const rotation = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['bin/ponte.js', 'vault', 'rotate', '--json'],
        { env: { ...process.env, ...ponte.testDatabase.env, PONTE_MASTER_KEY: newKey.toString('base64'), PONTE_PREVIOUS_MASTER_KEYS: oldKey.toString('base64'), LOG_LEVEL: 'silent' } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    // Its progress, as plain lines on stderr (not a terminal); the result alone on stdout.
    expect(rotation.stderr).toBe('credentials re-wrapped 3/3\n');
    expect(JSON.parse(rotation.stdout)).toEqual({ masterKeyId: masterKeyIdOf(newKey), rewrapped: 3 });

    const remaining = await ponte.database.pool.query('select count(*)::int as n from credentials where master_key_id <> $1', [masterKeyIdOf(newKey)]);
    expect(remaining.rows[0].n).toBe(0);
    // The running server opens them all, and a process that knows only the new key does too.
    const newOnly = new CredentialVault(ponte.database, new Keyring(newKey), systemClock);
    for (const { id, secret } of stored) {
      expect(await ponte.vault.reveal(id)).toEqual(secret);
      expect(await newOnly.reveal(id)).toEqual(secret);
    }
    await expect(legacyVault.reveal(stored[0]!.id)).rejects.toBeInstanceOf(UnknownMasterKeyError);
  }, 120_000);

  it('tells how far a re-wrap has gone after each batch', async () => {
    const legacyVault = new CredentialVault(ponte.database, new Keyring(oldKey), systemClock);
    for (const n of [8, 9, 10, 11, 12]) await legacyVault.store(ponte.database.db, { accountId: 'acc_4', kind: 'k', secret: secretOf(n) });
    const steps: { done: number; total: number }[] = [];
    expect(await ponte.vault.rewrapAll({ batchSize: 2, onProgress: (step) => steps.push(step) })).toBe(5);
    expect(steps).toEqual([
      { done: 2, total: 5 },
      { done: 4, total: 5 },
      { done: 5, total: 5 },
    ]);
  });

  it('leaves no stored secret in clear in any table', async () => {
    const secret = secretOf(7);
    await ponte.vault.store(ponte.database.db, { accountId: 'acc_3', kind: 'connector:paghiper', secret });
    const password = `pw-${randomBytes(12).toString('hex')}`;
    await ponte.accounts.createUser(cliActor, { email: 'scan@ponte.example', name: 'Scan', role: 'admin', password });
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'scan', environment: 'sandbox' });
    const token = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: key.key } });
    await ponte.apiAccess.requestLog.flush();

    const tables = await ponte.database.pool.query<{ schema: string; name: string }>(
      "select table_schema as schema, table_name as name from information_schema.tables where table_schema in ('public', 'pgboss', 'ponte_meta') and table_type = 'BASE TABLE'",
    );
    let everything = '';
    for (const { schema, name } of tables.rows) {
      const rows = await ponte.database.pool.query(`select t::text as text from "${schema}"."${name}" t`);
      everything += rows.rows.map((row) => row.text).join('\n');
    }
    expect(everything.length).toBeGreaterThan(1000);
    for (const clear of [secret.apiKey, secret.token, password, key.key, token.json().access_token]) {
      expect(everything).not.toContain(clear);
    }
  });
});

describe('the embedded master key files', () => {
  it('rotate in the data folder, and a running keyring picks the new key up', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-keys-'));
    try {
      const config = loadConfig({ PONTE_DATA_DIR: dataDir });
      const running = await loadKeyring(config, pino({ level: 'silent' }));
      const before = await readFile(path.join(dataDir, MASTER_KEY_FILE), 'utf8');
      const oldSealed = running.seal('old secret', 'cred_a');

      await replaceMasterKeyFile(dataDir);
      const rotated = await loadKeyring(config, pino({ level: 'silent' }));
      expect(rotated.currentId).not.toBe(running.currentId);
      expect(await readFile(path.join(dataDir, PREVIOUS_KEYS_FILE), 'utf8')).toBe(before);
      const newSealed = rotated.seal('new secret', 'cred_b');

      expect(await running.open(newSealed, 'cred_b')).toBe('new secret');
      expect(running.currentId).toBe(rotated.currentId);
      expect(await rotated.open(await rotated.rewrap(oldSealed, 'cred_a'), 'cred_a')).toBe('old secret');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
