import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPonte, type TestPonte } from './support/test-ponte.ts';
import { cliActor } from '../src/platform/actor.ts';

let ponte: TestPonte;

beforeAll(async () => {
  ponte = await startTestPonte();
});
afterAll(async () => ponte?.dispose());

/** Runs the real `ponte` command against the test's database (through the running server's socket on PGlite). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/ponte.js', ...args],
      { env: { ...process.env, ...ponte.testDatabase.env, LOG_LEVEL: 'silent', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the ponte command', { timeout: 300_000 }, () => {
  it('makes a sandbox key whose token opens the API, lists it and revokes it', async () => {
    const created = await cli(['keys', 'create', '--env', 'sandbox', '--name', 'Parceiro CLI', '--json']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout);
    expect(key).toMatchObject({ id: expect.stringMatching(/^key_/), key: expect.stringMatching(/^pk_sandbox_/), environment: 'sandbox' });

    const token = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: key.key } });
    expect(token.statusCode).toBe(200);
    expect(token.json().expires_in).toBe(43200);
    const accounts = await ponte.app.inject({ method: 'GET', url: '/v1/accounts', headers: { authorization: `Bearer ${token.json().access_token}` } });
    expect(accounts.statusCode).toBe(200);

    const listed = JSON.parse((await cli(['keys', 'list', '--json'])).stdout);
    const entry = listed.find((k: { id: string }) => k.id === key.id);
    expect(entry).toMatchObject({ name: 'Parceiro CLI', status: 'active' });
    expect(entry).not.toHaveProperty('key');
    expect(JSON.stringify(listed)).not.toContain(key.key);

    const revoked = await cli(['keys', 'revoke', key.id, '--json']);
    expect(JSON.parse(revoked.stdout).status).toBe('revoked');
    const refused = await ponte.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { apiKey: key.key } });
    expect(refused.json().code).toBe('api_key_revoked');
  });

  it('creates accounts, the first admin and keys linked to users', async () => {
    const account = JSON.parse((await cli(['accounts', 'create', '--name', 'Frota CLI', '--contact-email', 'frota@cli.example', '--locale', 'en', '--json'])).stdout);
    expect(account).toMatchObject({ id: expect.stringMatching(/^acc_/), contactEmail: 'frota@cli.example', locale: 'en' });
    // The same default rules as an account made through the API.
    expect((await ponte.notifications.listRules(cliActor, { accountId: account.id })).map((rule) => rule.eventType)).toContain('integration.reconnect_required');
    const admin = await cli(['admin', 'create', '--email', 'root@ponte.example', '--name', 'Root', '--json'], { PONTE_ADMIN_PASSWORD: 'a long enough password' });
    expect(JSON.parse(admin.stdout)).toMatchObject({ role: 'admin', email: 'root@ponte.example' });
    expect(admin.stdout).not.toContain('a long enough password');
    const login = await ponte.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'root@ponte.example', password: 'a long enough password' } });
    expect(login.statusCode).toBe(200);
    const linked = JSON.parse((await cli(['keys', 'create', '--env', 'production', '--name', 'Linked', '--user', 'root@ponte.example', '--json'])).stdout);
    expect(linked.userIds).toHaveLength(1);
  });

  it('applies migrations again without changing anything', async () => {
    const first = await cli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^migrations applied: 0 new, \d+ already there; queue schema at version \d+ \([\d.]+ s\)\n$/);
    expect((await cli(['migrate'])).code).toBe(0);
  });

  it('says what to fix on bad input, exits non-zero and changes nothing', async () => {
    const before = (await ponte.apiAccess.keys.list()).length;
    const badEnv = await cli(['keys', 'create', '--env', 'staging', '--name', 'x']);
    expect(badEnv.code).not.toBe(0);
    expect(badEnv.stderr).toContain("Allowed choices are sandbox, production");
    const noName = await cli(['keys', 'create', '--env', 'sandbox']);
    expect(noName.code).not.toBe(0);
    expect(noName.stderr).toContain('--name');
    const unknownUser = await cli(['keys', 'create', '--env', 'sandbox', '--name', 'x', '--user', 'ghost@nowhere.example']);
    expect(unknownUser.code).toBe(2);
    expect(unknownUser.stderr).toContain('ghost@nowhere.example');
    expect((await ponte.apiAccess.keys.list()).length).toBe(before);

    const badEmail = await cli(['admin', 'create', '--email', 'not-an-email', '--name', 'X']);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain('--email');
    const emptyName = await cli(['accounts', 'create', '--name', '']);
    expect(emptyName.code).toBe(2);
    expect(emptyName.stderr).toContain('--name');
    const badContact = await cli(['accounts', 'create', '--name', 'Frota', '--contact-email', 'nada']);
    expect(badContact.code).toBe(2);
    expect(badContact.stderr).toContain('--contact-email');
    const unknownKey = await cli(['keys', 'revoke', 'key_doesnotexist']);
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stderr).toContain('api_key_not_found');
    const badConfig = await cli(['keys', 'list'], { PORT: 'abc' });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain('PORT: must be a port number');
  });

  it('names PORT, with the environment exit code, when the API port is taken, before any set-up', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-busy-port-'));
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((busy.address() as AddressInfo).port);
      const started = await cli(['start'], { PORT: port, PONTE_DATA_DIR: dataDir, DATABASE_URL: '', PONTE_SANDBOXES: 'off' });
      expect(started.code).toBe(3);
      expect(started.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(started.stderr).toContain('set PORT to another port');
      expect(started.stderr).not.toMatch(/\n\s+at /);
      // Refused before the data folder was initialised.
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      busy.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('says where it looked, without the password or a stack trace, when PostgreSQL cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const environment = { DATABASE_URL: `postgres://ponte:s3cr3t-pw@127.0.0.1:${port}/ponte_prod`, PONTE_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
    for (const args of [['migrate'], ['start']]) {
      const result = await cli(args, { ...environment, PORT: '0', PONTE_SANDBOXES: 'off' });
      expect(result.code).toBe(4);
      expect(result.stderr).toContain(`Could not reach the database at 127.0.0.1:${port} (database ponte_prod, user ponte): nothing is listening there`);
      expect(result.stderr).toContain('DATABASE_URL');
      expect(result.stderr).not.toContain('s3cr3t-pw');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses to start a second server on a data folder in use', async () => {
    // The lock names a live process (this test's), as a running server's would.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-locked-'));
    try {
      await writeFile(path.join(dataDir, 'ponte.lock'), JSON.stringify({ pid: process.pid }));
      // Its sandbox port is taken too (as by the first server): the folder is still the reason given, not the port.
      const busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      const busyPort = String((busy.address() as AddressInfo).port);
      const second = await cli(['start'], { PORT: '0', PONTE_DATA_DIR: dataDir, DATABASE_URL: '', PONTE_SANDBOX_PORT: busyPort, PONTE_MAILBOX_PORT: '0' });
      busy.close();
      expect(second.code).toBe(3);
      expect(second.stderr).toContain(`The data folder ${dataDir} is in use by another Ponte process (pid ${process.pid})`);
      expect(second.stderr).not.toContain('PONTE_SANDBOX_PORT');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a fresh data folder', { timeout: 300_000 }, () => {
  it('gets a master key file readable by its owner only', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-fresh-'));
    try {
      const result = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(
          process.execPath,
          ['bin/ponte.js', 'accounts', 'create', '--name', 'Primeira'],
          { env: { ...process.env, PONTE_DATA_DIR: dataDir, PONTE_MASTER_KEY: '', DATABASE_URL: '' } },
          (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
        ),
      );
      expect(result.code).toBe(0);
      expect((await stat(path.join(dataDir, 'master.key'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
