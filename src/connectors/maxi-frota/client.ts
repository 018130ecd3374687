import { z } from 'zod';
import type { ChangesPage, ConnectorClient, ConnectorContext, FetchRequest, ProviderTokens, VerifyResult } from '../sdk/client.ts';
import { addDays, isCalendarDate, saoPauloDate } from '../sdk/fuel-normalise.ts';
import { callProvider, type ProviderResponse } from '../sdk/provider-http.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import type { NormalisedRecord } from '../sdk/records.ts';
import type { maxiFrotaManifest } from './manifest.ts';
import { mapMaxiFrotaFuel, maxiFrotaFuelWire, maxiFrotaPage } from './mapping.ts';

export type MaxiFrotaCredentials = z.output<typeof maxiFrotaManifest.credentials>;
export type MaxiFrotaConfig = z.output<typeof maxiFrotaManifest.config>;
export type MaxiFrotaContext = ConnectorContext<MaxiFrotaCredentials, MaxiFrotaConfig>;

const PAGE_SIZE = 100;
/** Access tokens are refreshed this long before they expire (by `context.now()`). */
const REFRESH_MARGIN_MS = 15 * 60_000;

const tokenResponse = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.union([z.number(), z.string().regex(/^\s*\d+\s*$/).transform(Number)]).pipe(z.number().positive()),
  refresh_token: z.string().min(1).nullish(),
});
const errorBody = z.looseObject({ codigo: z.string().optional(), mensagem: z.string().optional() });

const KEY_REFUSALS: Record<string, string> = {
  CHAVE_EXPIRADA:
    'The Maxi Frota authorization key has expired: a key is only valid for 12 hours after it is generated. Generate a new key in the Maxi Frota portal and enter it at once.',
  CHAVE_INVALIDA: 'Maxi Frota does not recognise this authorization key. Copy the key again from the Maxi Frota portal (it is valid for 12 hours).',
  CHAVE_JA_UTILIZADA:
    'This Maxi Frota authorization key has already been used: each key can be exchanged only once. Generate a new key in the Maxi Frota portal (valid for 12 hours).',
};

const base = (context: MaxiFrotaContext) => context.baseUrls.api!.replace(/\/+$/, '');
const errorOf = (body: unknown) => {
  const parsed = errorBody.safeParse(body);
  return parsed.success ? parsed.data : {};
};

/** 5xx with a JSON body reaches us (callProvider only throws for non-JSON ones): an outage all the same. */
function throwIfOutage(response: ProviderResponse, where: string): void {
  if (response.status >= 500) {
    throw new ProviderError('unavailable', `${where}: answered ${response.status}`, { status: response.status, providerMessage: errorOf(response.body).mensagem });
  }
}

function toTokens(response: ProviderResponse, now: Date, where: string): ProviderTokens {
  const parsed = tokenResponse.safeParse(response.body);
  if (!parsed.success) throw new ProviderError('bad_response', `${where}: answered 200 without access_token/expires_in`, { status: response.status });
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token ?? null,
    expiresAt: new Date(now.getTime() + parsed.data.expires_in * 1000).toISOString(),
  };
}

type KeyExchange = { ok: true; tokens: ProviderTokens } | { ok: false; reason: string; providerMessage?: string };

/** Exchanges the customer's one-time authorization key for tokens at `POST /auth/token`. */
async function exchangeKey(context: MaxiFrotaContext): Promise<KeyExchange> {
  const where = 'Maxi Frota key exchange';
  const response = await callProvider({ method: 'POST', url: `${base(context)}/auth/token`, json: { chaveAutorizacao: context.credentials.authorizationKey } });
  throwIfOutage(response, where);
  if (response.status === 200) return { ok: true, tokens: toTokens(response, context.now(), where) };
  const { codigo, mensagem } = errorOf(response.body);
  if (response.status === 401 || response.status === 403) {
    const reason = (codigo && KEY_REFUSALS[codigo]) ?? 'Maxi Frota refused the authorization key. Generate a new key in the Maxi Frota portal (valid for 12 hours).';
    return { ok: false, reason, providerMessage: mensagem };
  }
  throw new ProviderError('rejected', `${where}: answered ${response.status}${codigo ? ` ${codigo}` : ''}`, { status: response.status, providerMessage: mensagem });
}

/**
 * The tokens of one client call. They start from `context.tokens`; when there are none the authorization key is
 * exchanged (first use). Every new pair is kept through `context.saveTokens` before it is used, since a refresh
 * rotates the refresh token.
 */
class TokenSession {
  #tokens: ProviderTokens | null;

  constructor(private readonly context: MaxiFrotaContext) {
    this.#tokens = context.tokens;
  }

  /** A token good for at least REFRESH_MARGIN_MS more, refreshing or exchanging the key as needed. */
  async accessToken(): Promise<string> {
    if (!this.#tokens) {
      const exchange = await exchangeKey(this.context);
      if (!exchange.ok) throw new ProviderError('auth', exchange.reason, { providerMessage: exchange.providerMessage });
      await this.#keep(exchange.tokens);
      return exchange.tokens.accessToken;
    }
    const left = Date.parse(this.#tokens.expiresAt) - this.context.now().getTime();
    if (!(left > REFRESH_MARGIN_MS)) return this.refresh();
    return this.#tokens.accessToken;
  }

  /** Renews the pair with the refresh token; a refused refresh means the customer must hand over a new key. */
  async refresh(): Promise<string> {
    const refreshToken = this.#tokens?.refreshToken;
    const askForKey = 'Maxi Frota no longer accepts the saved tokens: generate a new authorization key in the Maxi Frota portal (valid for 12 hours).';
    if (!refreshToken) throw new ProviderError('auth', askForKey);
    const where = 'Maxi Frota token refresh';
    const response = await callProvider({ method: 'POST', url: `${base(this.context)}/auth/token`, json: { refresh_token: refreshToken } });
    throwIfOutage(response, where);
    if (response.status !== 200) {
      const { codigo, mensagem } = errorOf(response.body);
      const kind = response.status === 401 || response.status === 403 ? 'auth' : 'rejected';
      throw new ProviderError(kind, kind === 'auth' ? askForKey : `${where}: answered ${response.status} ${codigo ?? ''}`.trim(), { status: response.status, providerMessage: mensagem });
    }
    const tokens = toTokens(response, this.context.now(), where);
    await this.#keep(tokens);
    return tokens.accessToken;
  }

  async #keep(tokens: ProviderTokens): Promise<void> {
    await this.context.saveTokens(tokens);
    this.#tokens = tokens;
  }
}

/**
 * One page of fuelings. A 401 (TOKEN_EXPIRADO: revoked or expired early) is answered by refreshing once and retrying
 * once; a second 401 is an `auth` failure.
 */
async function fetchPage(context: MaxiFrotaContext, session: TokenSession, query: { from: string; to: string; page: number; size: number }) {
  const where = `Maxi Frota GET /v1/abastecimentos ${query.from}..${query.to} page ${query.page}`;
  const call = (token: string) =>
    callProvider({
      method: 'GET',
      url: `${base(context)}/v1/abastecimentos`,
      headers: { authorization: `Bearer ${token}` },
      query: { dataInicial: query.from, dataFinal: query.to, pagina: query.page, tamanhoPagina: query.size },
    });
  let response = await call(await session.accessToken());
  if (response.status === 401) {
    response = await call(await session.refresh());
    if (response.status === 401) {
      const { codigo, mensagem } = errorOf(response.body);
      throw new ProviderError('auth', `${where}: the token was refused after a refresh (${codigo ?? 401})`, { status: 401, providerMessage: mensagem });
    }
  }
  throwIfOutage(response, where);
  if (response.status !== 200) {
    const { codigo, mensagem } = errorOf(response.body);
    const kind = response.status === 403 ? 'auth' : 'rejected';
    throw new ProviderError(kind, `${where}: answered ${response.status}${codigo ? ` ${codigo}` : ''}`, { status: response.status, providerMessage: mensagem });
  }
  const page = maxiFrotaPage.safeParse(response.body);
  if (!page.success) throw new ProviderError('bad_response', `${where}: not a {pagina, tamanhoPagina, totalRegistros, itens} page`);
  const records: NormalisedRecord[] = [];
  for (const [index, item] of page.data.itens.entries()) {
    const fuel = maxiFrotaFuelWire.safeParse(item);
    if (!fuel.success) throw new ProviderError('bad_response', `${where}: itens[${index}] is not a fueling (${fuel.error.issues[0]?.message ?? 'invalid'})`);
    try {
      records.push(mapMaxiFrotaFuel(fuel.data));
    } catch (error) {
      throw new ProviderError('bad_response', `${where}: fueling ${fuel.data.id}: ${(error as Error).message}`);
    }
  }
  // Without a total (a bare list), a page shorter than asked for is the last one.
  const total = page.data.totalRegistros;
  const last = page.data.itens.length === 0 || (total === null || total === undefined ? page.data.itens.length < query.size : query.page * query.size >= total);
  return { records, last };
}

/**
 * The cursor, JSON `{"from":"YYYY-MM-DD","to":"YYYY-MM-DD"|null,"page":n}`: the local-day range being paged and the
 * page to fetch next. `to: null` means "today when the call runs"; it is fixed in the cursor from page 2 on, so the
 * range does not move under a walk.
 * - Polling (no window): null starts at yesterday..today. After the last page the next cursor starts at the day
 *   before the range's end, so every poll re-reads yesterday and today (late fuelings); a cursor left for days
 *   covers the whole gap in one paged range.
 * - Backfill (window): null starts at the window's local days; after the last page the cursor is null.
 * Items are ordered by `dataHora`, so a late insertion can only push items to later pages: re-read, never missed.
 */
const cursorSchema = z.strictObject({
  from: z.string().refine(isCalendarDate),
  to: z.string().refine(isCalendarDate).nullable(),
  page: z.number().int().positive(),
});
export type MaxiFrotaCursor = z.output<typeof cursorSchema>;

export function parseMaxiFrotaCursor(request: Pick<FetchRequest, 'cursor' | 'window'>, now: Date): MaxiFrotaCursor {
  if (request.cursor === null) {
    if (request.window) return { from: saoPauloDate(request.window.from), to: saoPauloDate(request.window.to), page: 1 };
    return { from: addDays(saoPauloDate(now), -1), to: null, page: 1 };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.cursor);
  } catch {
    parsed = undefined;
  }
  const cursor = cursorSchema.safeParse(parsed);
  if (!cursor.success) throw new Error(`Not a Maxi Frota cursor: ${JSON.stringify(request.cursor)}`);
  return cursor.data;
}

async function verifyWithTokens(context: MaxiFrotaContext): Promise<VerifyResult> {
  const today = saoPauloDate(context.now());
  try {
    await fetchPage(context, new TokenSession(context), { from: today, to: today, page: 1, size: 1 });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ProviderError) || error.kind !== 'auth') throw error;
  }
  // The saved tokens are dead: the credentials may hold a new key to exchange.
  const exchange = await exchangeKey(context);
  if (!exchange.ok) return exchange;
  await context.saveTokens(exchange.tokens);
  return { ok: true };
}

export const maxiFrotaClient: ConnectorClient<MaxiFrotaCredentials, MaxiFrotaConfig> = {
  /**
   * Without tokens: exchanges the authorization key (it is single-use, so this is the first use) and keeps the
   * tokens. With tokens: checks them with a one-item query for today, exchanging the key if they are refused.
   */
  async verifyCredentials(context): Promise<VerifyResult> {
    if (context.tokens) return verifyWithTokens(context);
    const exchange = await exchangeKey(context);
    if (!exchange.ok) return exchange;
    await context.saveTokens(exchange.tokens);
    return { ok: true };
  },

  async fetchChanges(context, request): Promise<ChangesPage> {
    if (request.model !== 'fuel_transaction') throw new Error(`Maxi Frota has no ${request.model} model`);
    const cursor = parseMaxiFrotaCursor(request, context.now());
    const to = cursor.to ?? saoPauloDate(context.now());
    const from = cursor.from <= to ? cursor.from : to;
    const { records, last } = await fetchPage(context, new TokenSession(context), { from, to, page: cursor.page, size: PAGE_SIZE });
    if (!last) return { records, nextCursor: JSON.stringify({ from, to, page: cursor.page + 1 }), done: false };
    if (request.window) return { records, nextCursor: null, done: true };
    return { records, nextCursor: JSON.stringify({ from: addDays(to, -1), to: null, page: 1 }), done: true };
  },
};
