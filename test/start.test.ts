import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMailer } from '../src/platform/mail/index.ts';
import { startChild } from './support/child-process.ts';
import { createTestDatabase } from './support/test-database.ts';

describe('ponte start', { timeout: 300_000 }, () => {
  it('serves health and a 401 problem for a request without a token, then stops cleanly on SIGTERM', async () => {
    const testDatabase = await createTestDatabase();
    try {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-start-'));
      const server = startChild('bin/ponte.js', ['start'], { PONTE_DATA_DIR: dataDir, ...testDatabase.env, PORT: '0', LOG_LEVEL: 'info', PONTE_SANDBOX_PORT: '0', PONTE_MAILBOX_PORT: '0' });
      const [, address] = await server.waitForLine(/Ponte is listening on (http:\/\/[^"\s]+)/);
      // The root sends a person to the docs.
      const root = await fetch(`${address}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/docs');
      // One "listening" line, and the next step while there is no administrator.
      await server.waitForLine(/no administrator yet/);
      expect(server.output().match(/listening/g)).toHaveLength(1);
      const health = await fetch(`${address}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const denied = await fetch(`${address}/v1/accounts`);
      expect(denied.status).toBe(401);
      expect(denied.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await denied.json()) as { code: string }).code).toBe('unauthenticated');
      // The provider sandboxes run beside it for the sandbox environment.
      for (const provider of ['paghiper', 'reclame-aqui', 'ticket-log', 'maxi-frota', 'whatsapp-cloud']) {
        const [, baseUrl] = await server.waitForLine(new RegExp(`"sandbox":"${provider}","baseUrl":"([^"]+)"`));
        const control = await fetch(`${new URL(baseUrl!).origin}/_control/faults`);
        expect(control.status).toBe(200);
      }
      // Without SMTP_URL, e-mails land in a local mailbox and are kept as .eml files.
      const [, mailboxUrl, mailboxDir] = await server.waitForLine(/"mailbox":"(smtp:\/\/[^"]+)".*saved in ([^"]+)"/);
      const mailer = createMailer({ url: mailboxUrl!, from: 'Ponte <ponte@localhost>' });
      await mailer.send({ to: ['ops@example.com'], subject: 'Teste de notificação', text: 'olá', messageId: '<start-test@localhost>' });
      mailer.close();
      expect((await readdir(mailboxDir!)).filter((name) => name.endsWith('.eml'))).toHaveLength(1);
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      expect(server.output()).toContain('shutting down');
      await rm(dataDir, { recursive: true, force: true });
    } finally {
      await testDatabase.dispose();
    }
  });

  it('says which setting to change when a sandbox port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const port = (holder.address() as AddressInfo).port;
    try {
      const server = startChild('bin/ponte.js', ['start'], { PONTE_SANDBOX_PORT: String(port), PORT: '0', DATABASE_URL: '', PONTE_DATA_DIR: path.join(os.tmpdir(), 'ponte-unused') });
      expect((await server.exited).code).toBe(3);
      expect(server.output()).toContain('set PONTE_SANDBOX_PORT to another port');
    } finally {
      holder.close();
    }
  });

  it('initialises an empty data folder on its own', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-empty-'));
    try {
      const server = startChild('bin/ponte.js', ['start'], {
        PONTE_DATA_DIR: path.join(dataDir, 'nested', 'data'),
        PORT: '0',
        LOG_LEVEL: 'info',
        DATABASE_URL: '',
        PONTE_MASTER_KEY: '',
        PONTE_SANDBOXES: 'off',
      });
      const [, address] = await server.waitForLine(/Ponte is listening on (http:\/\/[^"\s]+)/);
      expect((await fetch(`${address}/readyz`)).status).toBe(200);
      server.child.kill('SIGINT');
      expect((await server.exited).code).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('ponte sandbox', { timeout: 300_000 }, () => {
  it('serves PagHiper alone, answering as PagHiper does', async () => {
    const sandbox = startChild('bin/ponte.js', ['sandbox', 'paghiper', '--port', '0'], {});
    try {
      const [, baseUrl] = await sandbox.waitForLine(/PagHiper sandbox at (http:\/\/\S+)/);
      const credentials = (await (await fetch(`${baseUrl}/_control/credentials`, { method: 'POST' })).json()) as { apiKey: string; token: string };
      const charge = {
        apiKey: credentials.apiKey,
        order_id: 'pedido-1',
        payer_email: 'cliente@example.com',
        payer_name: 'Cliente Exemplo',
        payer_cpf_cnpj: '11144477735',
        days_due_date: 3,
        items: [{ item_id: '1', description: 'Plano', quantity: 1, price_cents: 1000 }],
      };
      const post = (body: string, contentType = 'application/json') =>
        fetch(`${baseUrl}/transaction/create/`, { method: 'POST', headers: { 'content-type': contentType }, body });
      const created = await post(JSON.stringify(charge));
      expect(created.status).toBe(201);
      expect(((await created.json()) as { create_request: { result: string } }).create_request.result).toBe('success');
      const status = await fetch(`${baseUrl}/transaction/status/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ apiKey: credentials.apiKey, token: 'wrong', transaction_id: 'X' }),
      });
      expect(status.status).toBe(401);
      expect((await post('order_id=1', 'text/plain')).status).toBe(405);
    } finally {
      sandbox.child.kill('SIGTERM');
      await sandbox.exited;
    }
  });

  it('refuses an unknown provider', async () => {
    const unknown = startChild('bin/ponte.js', ['sandbox', 'stripe'], {});
    expect((await unknown.exited).code).not.toBe(0);
    expect(unknown.output()).toContain('Allowed choices are paghiper, reclame-aqui, ticket-log, maxi-frota');
  });
});
