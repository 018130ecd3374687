import type { ChangesPage, ConnectorClient, FetchRequest, VerifyResult } from '../sdk/client.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { runHugmeAction } from './actions.ts';
import { decodeCursor, encodeCursor, floorToSecond, type TicketCursor } from './cursor.ts';
import { listIn, organizationCompanies, pageHints, type OrganizationCompany } from './answer-shapes.ts';
import { toRecord } from './mapping.ts';
import { type Config, type Credentials, type HugmeContext, HugmeSession, providerMessage, type SessionSettings } from './session.ts';

export type { Config, Credentials } from './session.ts';

/** HugMe's largest page (providers.md §2, and the sandbox refuses more). */
const PAGE_SIZE = 50;
/** How far before the previous run's start the next run begins, for clock differences with the provider. */
const POLL_OVERLAP_SECONDS = 60;

export interface ReclameAquiClientOptions {
  /** Renew a token this long before it expires (default 60 s). */
  renewMarginSeconds?: number;
  /** Retries after a 429 per call before failing with `rate_limited` (default 2). */
  maxRateLimitRetries?: number;
  /** Longest Retry-After retried in-line (default 10 s); a longer one fails as rate_limited and the sync engine defers the work instead of holding a worker. */
  maxRetryAfterSeconds?: number;
  /** Per-call timeout (default callProvider's 15 s). */
  timeoutMs?: number;
}

/**
 * The Reclame Aqui (HugMe "RA API") connector client. Every call goes through callProvider, so through the call
 * gate the platform runs it in (rate limit per HugMe client, circuit breaker), with the bearer token handling of
 * session.ts.
 */
export function createReclameAquiClient(options: ReclameAquiClientOptions = {}): ConnectorClient<Credentials, Config> {
  const settings: SessionSettings = {
    renewMarginSeconds: options.renewMarginSeconds ?? 60,
    maxRateLimitRetries: options.maxRateLimitRetries ?? 2,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 10,
    timeoutMs: options.timeoutMs,
  };
  const session = (context: HugmeContext) => new HugmeSession(context, settings);

  return {
    verifyCredentials: (context) => verifyCredentials(session(context)),
    fetchChanges: (context, request) => fetchChanges(session(context), request),
    // After a backfill, polling reads what changed since the window's end, not the whole retroactive window again.
    pollCursorFrom: (context, model, since) => {
      if (model !== 'complaint') throw new Error(`Reclame Aqui has no ${model} records`);
      return encodeCursor({ v: 1, since: floorToSecond(since), until: null, afterId: null, runStartedAt: floorToSecond(context.now()) });
    },
    runAction: (context, action, input) => runHugmeAction(session(context), action, input),
  };
}

export const reclameAquiClient: ConnectorClient<Credentials, Config> = createReclameAquiClient();

/**
 * A token, then the client's organization. Refused credentials (or a 401 on the organization) are `{ok:false}` with
 * HugMe's message; a configured companyId that is not in the organization is `{ok:false, reason:'company_not_found'}`.
 * The organization's body is undocumented, so any readable list of companies will do, and one that cannot be read
 * costs only the company check (the credentials did work); an implementation without that route (403/404/405) is
 * asked for one ticket instead, which is what a sync truly needs. Other failures (unavailable, rate limited…) are
 * thrown, since they say nothing about the credentials.
 */
async function verifyCredentials(session: HugmeSession): Promise<VerifyResult> {
  try {
    const response = await session.call({ method: 'GET', path: '/companies/v1/companies/organization' });
    if (isSuccess(response.status)) return checkCompany(session.context.config.companyId, organizationCompanies(response.body));
    if (NOT_SERVED.includes(response.status)) return await probeTickets(session);
    throw new ProviderError('bad_response', `HugMe's organization answered ${response.status}`, { status: response.status, providerMessage: providerMessage(response) });
  } catch (error) {
    if (error instanceof ProviderError && error.kind === 'auth') {
      return { ok: false, reason: 'invalid_credentials', ...(error.details.providerMessage ? { providerMessage: error.details.providerMessage } : {}) };
    }
    throw error;
  }
}

/** Statuses of a route an implementation does not serve, or does not let this client read. */
const NOT_SERVED = [403, 404, 405];

const isSuccess = (status: number) => status >= 200 && status < 300;

function checkCompany(companyId: number | undefined, companies: OrganizationCompany[] | null): VerifyResult {
  if (companyId === undefined || companies === null) return { ok: true };
  if (companies.some((company) => company.id === companyId)) return { ok: true };
  return { ok: false, reason: 'company_not_found', providerMessage: `Company ${companyId} is not in this HugMe organization` };
}

/** One ticket read with the token: the client can sync. A 401 or 403 here refuses the credentials. */
async function probeTickets(session: HugmeSession): Promise<VerifyResult> {
  const response = await session.call({ method: 'GET', path: '/ticket/v1/tickets', query: { 'page[size]': 1, 'page[number]': 1 } });
  if (isSuccess(response.status)) return { ok: true };
  const message = providerMessage(response);
  if (response.status === 403) return { ok: false, reason: 'invalid_credentials', ...(message ? { providerMessage: message } : {}) };
  throw new ProviderError('bad_response', `HugMe's ticket list answered ${response.status}`, { status: response.status, providerMessage: message });
}

/** One page of tickets changed since the cursor (see cursor.ts for the paging design). */
async function fetchChanges(session: HugmeSession, request: FetchRequest): Promise<ChangesPage> {
  if (request.model !== 'complaint') throw new Error(`Reclame Aqui has no ${request.model} records`);
  const { context } = session;
  const cursor = request.cursor ? decodeCursor(request.cursor) : startCursor(context, request.window);

  const query: Record<string, string | number> = { 'last_modification_date[gte]': cursor.since };
  if (cursor.until) query['last_modification_date[lt]'] = cursor.until;
  if (cursor.afterId !== null) query['id[gt]'] = cursor.afterId;
  if (context.config.companyId !== undefined) query['company.id[eq]'] = context.config.companyId;
  query['sort[id]'] = 'ASC';
  query['page[size]'] = PAGE_SIZE;
  query['page[number]'] = 1;

  const response = await session.call({ method: 'GET', path: '/ticket/v1/tickets', query });
  if (!isSuccess(response.status)) {
    const message = providerMessage(response);
    // A 403 with a working token (a lapsed license, a revoked permission) needs a person, not a retry.
    const kind = response.status === 403 ? 'auth' : response.status === 400 || response.status === 404 ? 'rejected' : 'bad_response';
    throw new ProviderError(kind, `HugMe's ticket list answered ${response.status}${message ? `: ${message}` : ''}`, {
      status: response.status,
      providerMessage: message,
    });
  }
  const tickets = listIn(response.body);
  if (!tickets) throw new ProviderError('bad_response', "HugMe's ticket list has no data array", { providerMessage: response.text.slice(0, 500) });
  const records = tickets.map(toRecord);

  if (pageWasFull(records.length, pageHints(response.body))) {
    const lastId = Math.max(...records.map((record) => Number(record.externalId)));
    return { records, nextCursor: encodeCursor({ ...cursor, afterId: lastId }), done: false };
  }
  // The run is over. A backfill window is finished; a poll continues next time from this run's start.
  if (cursor.until) return { records, nextCursor: null, done: true };
  const nextSince = Math.max(Date.parse(cursor.since), Date.parse(cursor.runStartedAt) - POLL_OVERLAP_SECONDS * 1000);
  const next: TicketCursor = { v: 1, since: floorToSecond(nextSince), until: null, afterId: null, runStartedAt: floorToSecond(context.now()) };
  return { records, nextCursor: encodeCursor(next), done: true };
}

/**
 * Whether more tickets may follow this page: it was as large as asked, or as large as the provider's own largest
 * page (`meta.page.size`, should it cut pages below 50), or the provider counts more than it sent (`meta.total`,
 * which counts what matches the filter, the `id[gt]` position included). An empty page ends the run whatever it says.
 */
function pageWasFull(count: number, hints: { total?: number; size?: number }): boolean {
  if (count === 0) return false;
  if (count >= PAGE_SIZE) return true;
  if (hints.size !== undefined && hints.size < PAGE_SIZE && count >= hints.size) return true;
  return hints.total !== undefined && hints.total > count;
}

/**
 * The first run: a backfill window as given, or a poll from `retroactiveMonths` back (0 = today, from midnight UTC).
 */
function startCursor(context: HugmeContext, window: FetchRequest['window']): TicketCursor {
  const now = context.now();
  if (window) return { v: 1, since: floorToSecond(window.from), until: new Date(window.to).toISOString(), afterId: null, runStartedAt: floorToSecond(now) };
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - context.config.retroactiveMonths);
  if (context.config.retroactiveMonths === 0) since.setUTCHours(0, 0, 0, 0);
  return { v: 1, since: floorToSecond(since), until: null, afterId: null, runStartedAt: floorToSecond(now) };
}
