import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { startLocalMailbox, type LocalMailbox } from '../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

const clock = new ManualClock('2026-03-10T12:00:00.000Z');
const PUBLIC_URL = 'https://ponte.example.com';
let ponte: TestPonte;
let mailbox: LocalMailbox;

beforeAll(async () => {
  mailbox = await startLocalMailbox();
  // Behind a trusted proxy (loopback, as inject() comes from), X-Forwarded-Proto says whether the client used TLS.
  ponte = await startTestPonte({ clock, workers: false, smtpUrl: mailbox.url, env: { PUBLIC_URL, PONTE_TRUST_PROXY: 'loopback' } });
});
afterAll(async () => {
  await ponte?.dispose();
  await mailbox?.close();
});

interface Cookie {
  name: string;
  value: string;
  httpOnly?: boolean;
  sameSite?: string;
  path?: string;
  maxAge?: number;
  secure?: boolean;
}

const cookieOf = (response: { cookies: Cookie[] }, name: string) => response.cookies.find((cookie) => cookie.name === name);

async function signIn(email: string, password: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return ponte.app.inject({ method: 'POST', url: '/v1/auth/sessions', payload: { email, password, ...extra }, headers });
}

/** A request as the browser makes it: the session cookie, and the CSRF header when given. */
function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, session: string, options: { csrf?: string; payload?: Record<string, unknown> } = {}) {
  return ponte.app.inject({
    method,
    url,
    cookies: { ponte_session: session },
    headers: options.csrf === undefined ? {} : { 'x-csrf-token': options.csrf },
    ...(options.payload ? { payload: options.payload } : {}),
  });
}

let counter = 0;
async function newAdmin(password = 'senha-do-admin-123') {
  counter += 1;
  const email = `admin${counter}@ponte.example`;
  const user = await ponte.accounts.createUser(cliActor, { email, name: `Admin ${counter}`, role: 'admin', password });
  return { user, email, password };
}

async function accountCount(token: string) {
  return (await ponte.app.inject({ method: 'GET', url: '/v1/accounts', headers: { authorization: `Bearer ${token}` } })).json().data.length as number;
}

describe('cookie sessions', () => {
  it('sign in sets the session and CSRF cookies and answers who signed in', async () => {
    const { user, email, password } = await newAdmin();
    const response = await signIn(email, password);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({ role: 'admin', userId: user.id, accountId: null, environment: 'production', name: user.name, email, csrfToken: expect.any(String), expiresAt: '2026-03-11T00:00:00.000Z' });
    const session = cookieOf(response, 'ponte_session')!;
    expect(session.value).toMatch(/^pat_/);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 43200 });
    // PUBLIC_URL is https: the cookies are Secure even though this request's TLS (ended at a proxy) is not seen.
    expect(session.secure).toBe(true);
    const csrf = cookieOf(response, 'ponte_csrf')!;
    expect(csrf).toMatchObject({ value: body.csrfToken, sameSite: 'Strict', path: '/', maxAge: 43200 });
    expect(csrf.httpOnly).toBeFalsy();

    const overTls = await signIn(email, password, { environment: 'sandbox' }, { 'x-forwarded-proto': 'https' });
    expect(overTls.json().environment).toBe('sandbox');
    expect(cookieOf(overTls, 'ponte_session')!.secure).toBe(true);
    expect(cookieOf(overTls, 'ponte_csrf')!.secure).toBe(true);

    const wrong = await signIn(email, 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(wrong.cookies).toEqual([]);
  });

  it('authenticates GETs by the cookie, and writes only with the CSRF header', async () => {
    const { email, password } = await newAdmin();
    const signedIn = await signIn(email, password);
    const session = cookieOf(signedIn, 'ponte_session')!.value;
    const { csrfToken } = signedIn.json();
    const adminToken = await ponte.adminToken();

    const current = await call('GET', '/v1/auth/sessions/current', session);
    expect(current.statusCode).toBe(200);
    expect(current.json()).toEqual(signedIn.json());
    expect((await call('GET', '/v1/accounts', session)).statusCode).toBe(200);

    const before = await accountCount(adminToken);
    const payload = { name: 'Transportes Rio Claro Ltda' };
    for (const csrf of [undefined, 'wrong', `${csrfToken}x`, '']) {
      const refused = await call('POST', '/v1/accounts', session, { payload, ...(csrf === undefined ? {} : { csrf }) });
      expect(refused.statusCode, String(csrf)).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'csrf_token_invalid', field: 'header.x-csrf-token' });
    }
    expect(await accountCount(adminToken)).toBe(before);

    expect((await call('POST', '/v1/accounts', session, { payload, csrf: csrfToken })).statusCode).toBe(201);
    // Bearer calls never need it.
    const bearer = await ponte.app.inject({ method: 'POST', url: '/v1/accounts', headers: { authorization: `Bearer ${adminToken}` }, payload });
    expect(bearer.statusCode).toBe(201);
    expect(await accountCount(adminToken)).toBe(before + 2);
    // Another session's CSRF token does not fit this one.
    const other = (await signIn(email, password)).json().csrfToken;
    expect((await call('POST', '/v1/accounts', session, { payload, csrf: other })).statusCode).toBe(403);
  });

  it('without a session, who is signed in is 401', async () => {
    const response = await ponte.app.inject({ method: 'GET', url: '/v1/auth/sessions/current' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
    const bearerOnly = await ponte.app.inject({ method: 'GET', url: '/v1/auth/sessions/current', headers: { authorization: `Bearer ${await ponte.adminToken()}` } });
    expect(bearerOnly.json().code).toBe('unauthenticated');
  });

  it('signs out: the token is revoked and both cookies are cleared', async () => {
    const { email, password } = await newAdmin();
    const signedIn = await signIn(email, password);
    const session = cookieOf(signedIn, 'ponte_session')!.value;
    expect((await call('DELETE', '/v1/auth/sessions/current', session)).json().code).toBe('csrf_token_invalid');
    expect((await call('GET', '/v1/auth/sessions/current', session)).statusCode).toBe(200);

    const out = await call('DELETE', '/v1/auth/sessions/current', session, { csrf: signedIn.json().csrfToken });
    expect(out.statusCode).toBe(204);
    expect(cookieOf(out, 'ponte_session')).toMatchObject({ value: '', maxAge: 0 });
    expect(cookieOf(out, 'ponte_csrf')).toMatchObject({ value: '', maxAge: 0 });
    const after = await call('GET', '/v1/accounts', session);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'token_invalid', field: 'cookie.ponte_session' });
  });

  it('switches environment with a new session, revoking the old one', async () => {
    const { email, password } = await newAdmin();
    const signedIn = await signIn(email, password);
    const session = cookieOf(signedIn, 'ponte_session')!.value;
    const url = '/v1/auth/sessions/current/environment';
    expect((await call('PUT', url, session, { payload: { environment: 'sandbox' } })).statusCode).toBe(403);

    const switched = await call('PUT', url, session, { csrf: signedIn.json().csrfToken, payload: { environment: 'sandbox' } });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ role: 'admin', environment: 'sandbox', email });
    const next = cookieOf(switched, 'ponte_session')!.value;
    expect(next).not.toBe(session);
    expect(cookieOf(switched, 'ponte_csrf')!.value).toBe(switched.json().csrfToken);
    expect((await call('GET', '/v1/auth/sessions/current', session)).statusCode).toBe(401);
    expect((await call('GET', '/v1/auth/me', next)).json()).toMatchObject({ environment: 'sandbox', role: 'admin' });
  });

  it('is refused once the token expires', async () => {
    const { email, password } = await newAdmin();
    const session = cookieOf(await signIn(email, password), 'ponte_session')!.value;
    clock.advance(12 * 3600 * 1000);
    const expired = await call('GET', '/v1/auth/sessions/current', session);
    expect(expired.json()).toMatchObject({ code: 'token_expired', field: 'cookie.ponte_session' });
  });
});

describe('password resets and invitations', () => {
  const requestReset = (email: string) => ponte.app.inject({ method: 'POST', url: '/v1/auth/password-resets', payload: { email } });
  const confirm = (token: string, password: string) => ponte.app.inject({ method: 'POST', url: '/v1/auth/password-resets/confirm', payload: { token, password } });
  const linkIn = (text: string) => /https:\/\/ponte\.example\.com\/(portal|console)\/redefinir-senha\?token=([A-Za-z0-9_-]+)(&convite=1)?/.exec(text);

  it('answers 202 for an unknown e-mail and sends nothing', async () => {
    const response = await requestReset('ninguem@nada.example');
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: true });
    await ponte.passwordAccess.idle();
    expect(mailbox.messages().filter((mail) => mail.to.includes('ninguem@nada.example'))).toEqual([]);
  });

  it('e-mails a reset link that sets the password once and revokes the old tokens', async () => {
    const account = await ponte.accounts.createAccount(cliActor, { name: 'Fleet Co', locale: 'en' });
    const email = 'joana@fleet.example';
    const user = await ponte.accounts.createUser(cliActor, { email, name: 'Joana', role: 'customer', accountId: account.id, password: 'a-senha-antiga-123' });
    const oldToken = await ponte.tokenFor(user.id);
    const oldSession = cookieOf(await signIn(email, 'a-senha-antiga-123'), 'ponte_session')!.value;

    expect((await requestReset('JOANA@fleet.example')).statusCode).toBe(202);
    const mail = await mailbox.waitFor((message) => message.to.includes(email));
    expect(mail.subject).toBe('Reset your Ponte password');
    const link = linkIn(mail.text)!;
    expect(link[1]).toBe('portal');
    expect(link[3]).toBeUndefined();
    expect(mail.html).toContain(link[0].replace('&', '&#38;'));

    expect((await confirm(link[2]!, 'short')).json()).toMatchObject({ code: 'validation_failed' });
    expect((await confirm(link[2]!, 'uma-senha-nova-e-longa')).statusCode).toBe(204);
    expect((await signIn(email, 'uma-senha-nova-e-longa')).statusCode).toBe(200);
    expect((await signIn(email, 'a-senha-antiga-123')).statusCode).toBe(401);
    expect((await ponte.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: `Bearer ${oldToken}` } })).statusCode).toBe(401);
    expect((await call('GET', '/v1/auth/me', oldSession)).statusCode).toBe(401);

    const reused = await confirm(link[2]!, 'outra-senha-nova-e-longa');
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ code: 'password_reset_token_invalid', field: 'body.token' });
    expect((await confirm('not-a-token', 'outra-senha-nova-e-longa')).json().code).toBe('password_reset_token_invalid');
  });

  it('refuses a reset link after its hour', async () => {
    const { email } = await newAdmin();
    await requestReset(email);
    const mail = await mailbox.waitFor((message) => message.to.includes(email));
    expect(mail.subject).toBe('Redefinição da sua senha da Ponte');
    const link = linkIn(mail.text)!;
    expect(link[1]).toBe('console');
    clock.advance(60 * 60 * 1000);
    const expired = await confirm(link[2]!, 'uma-senha-nova-e-longa');
    expect(expired.statusCode).toBe(400);
    expect(expired.json().code).toBe('password_reset_token_invalid');
  });

  it('invites a user created without a password, and again on request', async () => {
    const adminToken = await ponte.adminToken();
    const email = 'rafael@ponte.example';
    const created = await ponte.app.inject({ method: 'POST', url: '/v1/users', headers: { authorization: `Bearer ${adminToken}` }, payload: { email, name: 'Rafael', role: 'agent' } });
    expect(created.statusCode).toBe(201);
    const mail = await mailbox.waitFor((message) => message.to.includes(email));
    expect(mail.subject).toBe('Você foi convidado para a Ponte');
    expect(mail.text).toContain('Você foi convidado para a Ponte');
    const link = linkIn(mail.text)!;
    expect(link[1]).toBe('console');
    expect(link[3]).toBe('&convite=1');

    mailbox.clear();
    const again = await ponte.app.inject({ method: 'POST', url: `/v1/users/${created.json().id}/invitation`, headers: { authorization: `Bearer ${adminToken}` } });
    expect(again.statusCode).toBe(202);
    expect(again.json().expiresAt).toBe(new Date(clock.now().getTime() + 7 * 24 * 3600 * 1000).toISOString());
    const second = linkIn((await mailbox.waitFor((message) => message.to.includes(email))).text)!;

    // Either invitation works for 7 days; once one sets the password, the other no longer does.
    clock.advance(6 * 24 * 3600 * 1000);
    expect((await confirm(link[2]!, 'senha-do-rafael-123')).statusCode).toBe(204);
    expect((await signIn(email, 'senha-do-rafael-123')).json()).toMatchObject({ role: 'agent', email });
    const stale = await confirm(second[2]!, 'outra-senha-qualquer-456');
    expect(stale.statusCode).toBe(400);
    expect(stale.json()).toMatchObject({ code: 'password_reset_token_invalid', field: 'body.token' });
    expect((await signIn(email, 'senha-do-rafael-123')).statusCode).toBe(200);
  });

  it('creates the user even when the invitation cannot be sent', async () => {
    mailbox.refuseNext(550, 'mailbox unavailable');
    const created = await ponte.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: { authorization: `Bearer ${await ponte.adminToken()}` },
      payload: { email: 'sem-caixa@ponte.example', name: 'Sem Caixa', role: 'agent' },
    });
    expect(created.statusCode).toBe(201);
    expect(await ponte.accounts.findUser(ponte.database.db, 'sem-caixa@ponte.example')).not.toBeNull();
    // Asked for again, the failure is told to the admin.
    mailbox.refuseNext(550, 'mailbox unavailable');
    const again = await ponte.app.inject({ method: 'POST', url: `/v1/users/${created.json().id}/invitation`, headers: { authorization: `Bearer ${await ponte.adminToken()}` } });
    expect(again.statusCode).toBe(503);
    expect(again.json().detail).toContain('mailbox unavailable');
  });
});
