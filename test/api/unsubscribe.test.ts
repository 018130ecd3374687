import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailUnsubscribeHeaders } from '../../src/modules/notifications/index.ts';
import { notificationOptOuts } from '../../src/modules/notifications/schema.ts';
import { cliActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let accountId: string;
const EMAIL = 'Maria.Silva@Example.com';

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false, env: { PUBLIC_URL: 'https://ponte.example.com.br' } });
  accountId = (await ponte.accounts.createAccount(cliActor, { name: 'Loja da Esquina' })).id;
});
afterAll(async () => {
  await ponte?.dispose();
});

const pathOf = (url: string) => new URL(url).pathname;
const optedOut = () => ponte.optOuts.isOptedOut(ponte.database.db, { accountId, channel: 'email', address: 'maria.silva@example.com' });

describe('one-click unsubscribe', () => {
  it('makes a link under the public address that does not carry the address in clear', () => {
    const url = ponte.optOuts.unsubscribeUrl({ accountId, address: EMAIL });
    expect(url).toMatch(/^https:\/\/ponte\.example\.com\.br\/v1\/unsubscribe\/u1\.[A-Za-z0-9_-]+$/);
    const token = url.split('/').pop()!;
    const decoded = [token, decodeURIComponent(token), Buffer.from(token.slice(3), 'base64url').toString('latin1')].join(' ').toLowerCase();
    expect(decoded).not.toContain('maria');
    expect(decoded).not.toContain('example');
    expect(decoded).not.toContain(accountId);
    expect(emailUnsubscribeHeaders(url)).toEqual({ 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  });

  it('shows a page in pt-BR with a button that posts, and unsubscribes nobody on GET', async () => {
    const path = pathOf(ponte.optOuts.unsubscribeUrl({ accountId, address: EMAIL }));
    const page = await ponte.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.body).toContain('<html lang="pt-BR">');
    expect(page.body).toContain('Loja da Esquina');
    expect(page.body).toContain(`<form method="post" action="${path}">`);
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('maria.silva@example.com');
    expect(await optedOut()).toBe(false);

    const english = await ponte.app.inject({ method: 'GET', url: path, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Unsubscribe');
    const chosen = await ponte.app.inject({ method: 'GET', url: `${path}?lang=en` });
    expect(chosen.body).toContain('<html lang="en">');
  });

  it('unsubscribes on the RFC 8058 one-click POST, once however often it comes', async () => {
    const path = pathOf(ponte.optOuts.unsubscribeUrl({ accountId, address: EMAIL }));
    for (let i = 0; i < 2; i++) {
      const done = await ponte.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
      expect(done.statusCode).toBe(200);
      expect(done.headers['content-type']).toMatch(/^text\/html/);
      expect(done.body).toContain('não receberá mais e-mails de Loja da Esquina');
    }
    const rows = await ponte.database.db.select().from(notificationOptOuts).where(and(eq(notificationOptOuts.accountId, accountId), eq(notificationOptOuts.channel, 'email')));
    expect(rows).toEqual([expect.objectContaining({ address: 'maria.silva@example.com', source: 'email_link' })]);
    expect(await optedOut()).toBe(true);
    // A second link (another e-mail) to the same address is the same opt-out.
    const other = pathOf(ponte.optOuts.unsubscribeUrl({ accountId, address: 'maria.silva@example.com' }));
    expect(other).not.toBe(path);
    const multipart = await ponte.app.inject({
      method: 'POST',
      url: other,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    expect(multipart.statusCode).toBe(200);
    expect(await ponte.database.db.select().from(notificationOptOuts).where(eq(notificationOptOuts.accountId, accountId))).toHaveLength(1);
  });

  it('answers a forged or altered link with a page saying it is not valid, and records nothing', async () => {
    const other = (await ponte.accounts.createAccount(cliActor, { name: 'Loja Forjada' })).id;
    const token = pathOf(ponte.optOuts.unsubscribeUrl({ accountId: other, address: 'joao@example.com' })).split('/').pop()!;
    const flipped = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    for (const bad of [flipped, 'u1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'nada', Buffer.from(JSON.stringify([other, 'joao@example.com'])).toString('base64url')]) {
      for (const method of ['GET', 'POST'] as const) {
        const response = await ponte.app.inject({ method, url: `/v1/unsubscribe/${bad}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.body).toContain('Link inválido');
      }
    }
    expect(await ponte.database.db.select().from(notificationOptOuts).where(eq(notificationOptOuts.accountId, other))).toEqual([]);
  });
});
