import type { z } from 'zod';
import type { ChangesPage, ConnectorClient, ConnectorContext, FetchRequest, VerifyResult } from '../sdk/client.ts';
import { addDays, isCalendarDate, saoPauloDate } from '../sdk/fuel-normalise.ts';
import { callProvider, type ProviderResponse } from '../sdk/provider-http.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import type { NormalisedRecord } from '../sdk/records.ts';
import type { ticketLogManifest } from './manifest.ts';
import {
  mapTicketLogTransaction,
  ticketLogSearchResponse,
  ticketLogTransactionWire,
  type TicketLogMembership,
  type TicketLogTransactionWire,
} from './mapping.ts';

export type TicketLogCredentials = z.output<typeof ticketLogManifest.credentials>;
export type TicketLogConfig = z.output<typeof ticketLogManifest.config>;
export type TicketLogContext = ConnectorContext<TicketLogCredentials, TicketLogConfig>;

const SEARCH_PATH = '/ebs/transacaoVeiculo/search';

/**
 * Ticket Log answers bad credentials with HTTP 500 (providers.md §3), the same status as a real outage. A 500 is
 * taken as a credential problem only when its body says so: the text of its message fields (Spring Boot's
 * `message`/`error`, Ticket Log's `mensagem`) mentions the user, the password, credentials, authentication or
 * access being denied. Any other 500 (no body, a generic "Erro interno", an HTML page) is an outage: `unavailable`,
 * retried later. 401 and 403, should Ticket Log ever send them, are credential problems too.
 */
const CREDENTIAL_MESSAGE = /usu[aá]rio|senha|credencia|autentica|n[aã]o autorizad|unauthori[sz]ed|bad credentials|acesso negado|access denied|login/i;

function isCredentialFailure(status: number, body: unknown): boolean {
  if (status === 401 || status === 403) return true;
  if (status !== 500 || typeof body !== 'object' || body === null) return false;
  const fields = body as Record<string, unknown>;
  return ['message', 'mensagem', 'error', 'erro', 'detail'].some((key) => typeof fields[key] === 'string' && CREDENTIAL_MESSAGE.test(fields[key]));
}

/** Ticket Log's words: `mensagem` (or Spring's `message`), else the `erros` list its other modules answer with. */
function messageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const fields = body as Record<string, unknown>;
  const message = fields.mensagem ?? fields.message;
  if (typeof message === 'string') return message;
  if (!Array.isArray(fields.erros)) return undefined;
  const details = fields.erros.flatMap((error: unknown) => {
    const { propriedade, detalhe } = (error ?? {}) as Record<string, unknown>;
    if (typeof detalhe !== 'string') return [];
    return [typeof propriedade === 'string' && propriedade !== '' ? `${propriedade}: ${detalhe}` : detalhe];
  });
  return details.length > 0 ? details.join('; ') : undefined;
}

/** One search: one local day, one `considerarTransacao`. Returns the day's transactions as sent. */
async function searchDay(context: TicketLogContext, day: string, considerarTransacao: 'V' | 'T'): Promise<TicketLogTransactionWire[]> {
  const { username, password } = context.credentials;
  const response: ProviderResponse = await callProvider({
    method: 'POST',
    url: `${context.baseUrls.api!.replace(/\/+$/, '')}${SEARCH_PATH}`,
    headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}` },
    json: {
      codigoCliente: context.config.clientCode,
      codigoTipoCartao: context.config.cardTypeCode,
      dataTransacaoInicial: `${day}T00:00:00`,
      dataTransacaoFinal: `${day}T23:59:59`,
      considerarTransacao,
      ordem: 'S',
      validacao: 'S',
    },
  });
  const where = `Ticket Log search ${day} (${considerarTransacao})`;
  if (isCredentialFailure(response.status, response.body)) {
    throw new ProviderError('auth', `${where}: the username or password was refused (HTTP ${response.status})`, { status: response.status, providerMessage: messageOf(response.body) });
  }
  if (response.status >= 500) {
    throw new ProviderError('unavailable', `${where}: answered ${response.status}`, { status: response.status, providerMessage: messageOf(response.body) });
  }
  if (response.status >= 400) {
    // 429 was thrown by callProvider and 401/403 are credentials: any other 4xx refuses the query itself.
    throw new ProviderError('rejected', `${where}: answered ${response.status}`, { status: response.status, providerMessage: messageOf(response.body) });
  }
  // A bare list of transactions, without the envelope, can only mean a successful day.
  const body = Array.isArray(response.body) ? { sucesso: true, transacoes: response.body } : response.body;
  const envelope = ticketLogSearchResponse.safeParse(body);
  if (!envelope.success) {
    throw new ProviderError('bad_response', `${where}: answered ${response.status} without the {sucesso, mensagem, transacoes} envelope`, { status: response.status });
  }
  if (!envelope.data.sucesso) {
    throw new ProviderError('rejected', `${where}: sucesso=false`, { status: response.status, providerMessage: envelope.data.mensagem ?? undefined });
  }
  if (response.status !== 200) {
    throw new ProviderError('bad_response', `${where}: answered ${response.status}`, { status: response.status, providerMessage: messageOf(response.body) });
  }
  const transactions: TicketLogTransactionWire[] = [];
  for (const [index, item] of (envelope.data.transacoes ?? []).entries()) {
    const parsed = ticketLogTransactionWire.safeParse(item);
    if (!parsed.success) {
      throw new ProviderError('bad_response', `${where}: transacoes[${index}] is not a transaction (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    }
    transactions.push(parsed.data);
  }
  return transactions;
}

/**
 * One day's sales, both "V" and "T" asked and deduplicated on `codigoTransacao` (V is a subset of T, but a sale can
 * be validated between the two calls, so the union is kept): a sale seen in V is validated, see mapping.ts.
 */
async function fetchTicketLogDay(context: TicketLogContext, day: string): Promise<NormalisedRecord[]> {
  const all = await searchDay(context, day, 'T');
  const validated = await searchDay(context, day, 'V');
  const byCode = new Map<string, { transaction: TicketLogTransactionWire; membership: TicketLogMembership }>();
  for (const transaction of all) byCode.set(String(transaction.codigoTransacao), { transaction, membership: 'all_only' });
  for (const transaction of validated) byCode.set(String(transaction.codigoTransacao), { transaction, membership: 'validated' });
  const records: NormalisedRecord[] = [];
  for (const { transaction, membership } of byCode.values()) {
    try {
      records.push(mapTicketLogTransaction(transaction, membership));
    } catch (error) {
      throw new ProviderError('bad_response', `Ticket Log transaction ${transaction.codigoTransacao}: ${(error as Error).message}`);
    }
  }
  return records;
}

/**
 * The cursor is the local (São Paulo) day the next call fetches, `YYYY-MM-DD`; each call fetches exactly that day.
 * - Polling (no window): null starts yesterday. Days before today are walked one per call (`done: false`), so a
 *   connection that was paused catches up day by day; fetching today answers `done: true` with yesterday as the next
 *   cursor, so every poll re-reads yesterday and today, where late transactions land (and a cursor left at yesterday
 *   over midnight walks the day that just ended once more).
 * - Backfill (window): null starts at the window's first local day; each page's cursor is the following day, so an
 *   interrupted backfill resumes where it stopped; the window's last day (or today, if earlier) ends it with
 *   `nextCursor: null`.
 */
export function planTicketLogDay(request: Pick<FetchRequest, 'cursor' | 'window'>, now: Date): { day: string; nextCursor: string | null; done: boolean } {
  const today = saoPauloDate(now);
  if (request.cursor !== null && !isCalendarDate(request.cursor)) {
    throw new Error(`Ticket Log cursor must be a YYYY-MM-DD day, got ${JSON.stringify(request.cursor)}`);
  }
  if (request.window) {
    const from = saoPauloDate(request.window.from);
    const to = [saoPauloDate(request.window.to), today].sort()[0]!;
    const day = request.cursor ?? from;
    if (day >= to) return { day: day > to ? to : day, nextCursor: null, done: true };
    return { day, nextCursor: addDays(day, 1), done: false };
  }
  const day = request.cursor ?? addDays(today, -1);
  if (day >= today) return { day: today, nextCursor: addDays(today, -1), done: true };
  return { day, nextCursor: addDays(day, 1), done: false };
}

export const ticketLogClient: ConnectorClient<TicketLogCredentials, TicketLogConfig> = {
  /** A one-day query for today: the only way to check the login, since Ticket Log has no auth endpoint. */
  async verifyCredentials(context): Promise<VerifyResult> {
    try {
      await fetchTicketLogDay(context, saoPauloDate(context.now()));
      return { ok: true };
    } catch (error) {
      if (error instanceof ProviderError && error.kind === 'auth') {
        return { ok: false, reason: 'Ticket Log refused the web service username or password.', providerMessage: error.details.providerMessage };
      }
      if (error instanceof ProviderError && error.kind === 'rejected') {
        return {
          ok: false,
          reason: 'Ticket Log accepted the login but refused the query: check the client code and card type code.',
          providerMessage: error.details.providerMessage,
        };
      }
      throw error;
    }
  },

  async fetchChanges(context, request): Promise<ChangesPage> {
    if (request.model !== 'fuel_transaction') throw new Error(`Ticket Log has no ${request.model} model`);
    const plan = planTicketLogDay(request, context.now());
    const records = await fetchTicketLogDay(context, plan.day);
    return { records, nextCursor: plan.nextCursor, done: plan.done };
  },
};
