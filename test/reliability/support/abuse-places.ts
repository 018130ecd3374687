import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { PasswordTokens } from '../../../src/modules/accounts/password-tokens.ts';
import { cliActor } from '../../../src/platform/actor.ts';
import type { HttpServer } from '../../../src/platform/http/server.ts';
import type { TestPonte } from '../../support/test-ponte.ts';

/**
 * Every place in Ponte that checks a secret a caller sends, as the abuse suite drives it: a wrong guess, the rightful
 * caller's right secret, and what the guesses can aim at besides the address (a key's prefix, an e-mail, a gateway).
 */
export interface SecretPlace {
  name: string;
  /** What a wrong guess is answered when no limit stops it. */
  refusedStatus: number;
  /** What the rightful caller is answered with the right secret. */
  rightStatus: number;
  /** A wrong guess from `address`, aimed at `target` when given (else at nothing in particular: a fresh one each). */
  guess(app: HttpServer, address: string, target?: string): Promise<LightMyRequestResponse>;
  /** The rightful caller, with the right secret, from `address`. */
  rightful(app: HttpServer, address: string): Promise<LightMyRequestResponse>;
  /** What else than the address the guesses are counted by: each names the rightful caller's own target. */
  targets: { name: string; target: string }[];
}

const random = (bytes: number) => randomBytes(bytes).toString('base64url');
const wrongKey = (prefix = `pk_sandbox_${random(4).slice(0, 5)}`) => `${prefix}${random(29).slice(0, 38)}`;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const post = (app: HttpServer, url: string, address: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, remoteAddress: address, headers });
const get = (app: HttpServer, url: string, address: string) => app.inject({ method: 'GET', url, remoteAddress: address });

/** Builds the places over a running Ponte: the rightful callers' keys, users and links are made here. */
export async function secretPlaces(ponte: TestPonte, tag: string): Promise<SecretPlace[]> {
  const account = await ponte.accounts.createAccount(cliActor, { name: `Frota ${tag}` });
  const partnerUser = await ponte.accounts.createUser(cliActor, { email: `parceiro-${tag}@frota.example`, name: 'Parceiro', role: 'customer', accountId: account.id, password: 'senha do parceiro 123' });
  const key = await ponte.apiAccess.keys.create(cliActor, { name: `partner ${tag}`, environment: 'sandbox', users: [partnerUser.id] });
  const keyPrefix = key.key.slice(0, 'pk_sandbox_'.length + 5);
  const person = { email: `ana-${tag}@frota.example`, password: 'correct horse battery staple' };
  await ponte.accounts.createUser(cliActor, { ...person, name: 'Ana', role: 'agent' });
  const agent = { email: `bia-${tag}@frota.example`, password: 'staple of bia console' };
  await ponte.accounts.createUser(cliActor, { ...agent, name: 'Bia', role: 'agent' });
  const api = await ponte.partnerApis.register(cliActor, { name: `Crédito ${tag}`, slug: `credito-${tag}` });
  const gateway = await ponte.apiAccess.keys.create(cliActor, { name: 'gateway', environment: 'sandbox', purpose: 'gateway', partnerApiId: api.id });
  const resetUser = await ponte.accounts.createUser(cliActor, { email: `caio-${tag}@frota.example`, name: 'Caio', role: 'agent', password: 'the old password of caio' });
  const passwordTokens = new PasswordTokens(ponte.clock, ponte.audit);
  const unsubscribe = ponte.optOuts.unsubscribeToken({ accountId: account.id, address: `comprador-${tag}@loja.example` });

  return [
    {
      name: 'token-exchange',
      refusedStatus: 401,
      rightStatus: 200,
      // Aimed at the key: its public prefix with a guessed rest; aimed at the user: any key naming that user.
      guess: (app, address, target) =>
        post(app, '/v1/auth/token', address, target?.startsWith('pk_') ? { apiKey: wrongKey(target) } : { apiKey: wrongKey(), ...(target ? { user: target } : {}) }),
      rightful: (app, address) => post(app, '/v1/auth/token', address, { apiKey: key.key, user: partnerUser.email }),
      targets: [
        { name: 'key-prefix', target: keyPrefix },
        { name: 'user', target: partnerUser.email },
      ],
    },
    {
      name: 'login',
      refusedStatus: 401,
      rightStatus: 200,
      guess: (app, address, target) => post(app, '/v1/auth/login', address, { email: target ?? `ninguem-${random(6)}@frota.example`, password: random(12) }),
      rightful: (app, address) => post(app, '/v1/auth/login', address, person),
      targets: [{ name: 'e-mail', target: person.email }],
    },
    {
      name: 'console-sign-in',
      refusedStatus: 401,
      rightStatus: 200,
      guess: (app, address, target) => post(app, '/v1/auth/sessions', address, { email: target ?? `ninguem-${random(6)}@frota.example`, password: random(12) }),
      rightful: (app, address) => post(app, '/v1/auth/sessions', address, agent),
      targets: [{ name: 'e-mail', target: agent.email }],
    },
    {
      name: 'partner-gateway',
      refusedStatus: 401,
      rightStatus: 200,
      // Introspection and the log batch share the gateway's counts: guesses alternate between them.
      guess: (app, address, target) => {
        const authorization = basic(target ?? `key_${random(12)}`, wrongKey());
        return Math.random() < 0.5
          ? post(app, '/v1/auth/introspect', address, { token: 'pat_x' }, { authorization })
          : post(app, '/v1/api-requests/batch', address, { requests: [] }, { authorization });
      },
      rightful: (app, address) => post(app, '/v1/auth/introspect', address, { token: 'pat_x' }, { authorization: basic(gateway.id, gateway.key) }),
      targets: [{ name: 'gateway-key', target: gateway.id }],
    },
    {
      name: 'password-link',
      refusedStatus: 400,
      rightStatus: 204,
      guess: (app, address) => post(app, '/v1/auth/password-resets/confirm', address, { token: random(32), password: 'a new long password' }),
      rightful: async (app, address) => {
        const { token } = await passwordTokens.issue(ponte.database.db, resetUser.id, 'reset');
        return post(app, '/v1/auth/password-resets/confirm', address, { token, password: `a new long password ${random(4)}` });
      },
      targets: [],
    },
    {
      name: 'unsubscribe-link',
      refusedStatus: 404,
      rightStatus: 200,
      guess: (app, address) => get(app, `/v1/unsubscribe/u1.${random(60)}`, address),
      rightful: (app, address) => get(app, `/v1/unsubscribe/${unsubscribe}`, address),
      targets: [],
    },
    {
      name: 'connect-link',
      refusedStatus: 404,
      // A valid link needs a whole onboarding: the rightful customer here is one opening another link from their own
      // address, answered as usual (404 for a link that names nothing) and not 429.
      rightStatus: 404,
      guess: (app, address) => get(app, `/connect/${random(32)}`, address),
      rightful: (app, address) => get(app, `/connect/${random(32)}`, address),
      targets: [],
    },
  ];
}
