/**
 * Readers for HugMe answers whose shape providers.md documents loosely ([S]/[U]) or not at all. Independent HugMe
 * implementations written from the same notes answered differently (an organization wrapped in `data`, as HugMe's
 * other answers are), so each reader takes every plausible form (bare, wrapped in `data`, paged) and reports only
 * what the caller truly needs as missing: a refusal of good credentials is the worst failure a connector can have.
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys under which APIs of HugMe's kind put a list: `data` is HugMe's own envelope, the others common variants. */
const LIST_KEYS = ['data', 'items', 'content', 'results', 'companies', 'tickets'];

/** The list in a body: the body itself, or under one of LIST_KEYS, up to two levels deep (`{data:{items:[…]}}`). */
export function listIn(body: unknown, depth = 2): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (!isObject(body) || depth === 0) return null;
  for (const key of LIST_KEYS) {
    const found = listIn(body[key], depth - 1);
    if (found) return found;
  }
  return null;
}

/** What a page of a list says about what is left, where it says anything (`meta.total`, `meta.page.size`). */
export function pageHints(body: unknown): { total?: number; size?: number } {
  if (!isObject(body)) return {};
  const meta = isObject(body.meta) ? body.meta : body;
  const total = Number(meta.total);
  const size = Number(isObject(meta.page) ? meta.page.size : NaN);
  return { ...(Number.isFinite(total) ? { total } : {}), ...(Number.isFinite(size) && size > 0 ? { size } : {}) };
}

/** One company of the client's HugMe organization. */
export interface OrganizationCompany {
  id: number;
  name: string | null;
  /** The page's slug on reclameaqui.com.br. */
  shortname: string | null;
  url: string | null;
}

const firstText = (entry: JsonObject, keys: string[]) => {
  for (const key of keys) {
    const value = entry[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
};

/** A positive integer id, sent as a number or as digits. */
function idOf(entry: JsonObject): number | null {
  for (const key of ['id', 'companyId', 'company_id']) {
    const value = entry[key];
    const id = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return id;
  }
  return null;
}

function companyOf(value: unknown): OrganizationCompany | null {
  if (!isObject(value)) return null;
  // `[{company:{id,name}}]`: a membership wrapping the company.
  const entry = isObject(value.company) && idOf(value) === null ? value.company : value;
  const id = idOf(entry);
  if (id === null) return null;
  return {
    id,
    name: firstText(entry, ['name', 'companyName', 'company_name', 'fantasyName']),
    shortname: firstText(entry, ['shortname', 'shortName', 'short_name', 'slug']),
    url: firstText(entry, ['url']),
  };
}

/**
 * The companies of `GET /companies/v1/companies/organization`, whose body providers.md does not document: a bare
 * array, a list under `data` (paged or not) or another list key, or one company alone. Null when no company list
 * can be read from it; entries without a usable id are skipped.
 */
export function organizationCompanies(body: unknown): OrganizationCompany[] | null {
  const list = listIn(body);
  if (list) return list.map(companyOf).filter((company): company is OrganizationCompany => company !== null);
  const single = companyOf(isObject(body) && isObject(body.data) ? body.data : body);
  return single ? [single] : null;
}

/** HugMe's `expires_in` is unknown; one public client assumes 300 s (providers.md §2, [U]). */
const ASSUMED_TOKEN_SECONDS = 300;

/**
 * The token answer: documented as `{access_token, expires_in, …}`, also read wrapped in `data`, with `expires_in`
 * as text, or without it (then ASSUMED_TOKEN_SECONDS). Null without an access token, the one thing truly needed.
 */
export function tokenIn(body: unknown): { accessToken: string; expiresInSeconds: number } | null {
  const token = isObject(body) && isObject(body.data) && !('access_token' in body) ? body.data : body;
  if (!isObject(token)) return null;
  const accessToken = token.access_token ?? token.accessToken;
  if (typeof accessToken !== 'string' || accessToken === '') return null;
  const seconds = Number(token.expires_in ?? token.expiresIn);
  return { accessToken, expiresInSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : ASSUMED_TOKEN_SECONDS };
}

/** OAuth2 error codes (RFC 6749 §5.2) that mean the client credentials themselves were refused. */
const REFUSED_CLIENT_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'invalid_grant', 'access_denied']);

/** A token endpoint answering OAuth2's `{"error":"invalid_client",…}` (usually with 400) refuses the credentials. */
export function isOAuthRefusal(body: unknown): boolean {
  return isObject(body) && typeof body.error === 'string' && REFUSED_CLIENT_ERRORS.has(body.error);
}

/**
 * The provider's own words in an error body: HugMe's envelope `{message, code, success:false}` ([S/U]), OAuth2's
 * `{error, error_description}`, or a list `{errors:[{message}]}`. Undefined when none is there.
 */
export function messageIn(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const direct = firstText(body, ['message', 'error_description', 'mensagem', 'detail', 'error']);
  if (direct) return direct;
  const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
  return isObject(first) ? (firstText(first, ['message', 'detail', 'mensagem']) ?? undefined) : undefined;
}

/** The id HugMe gives back for a write, if it gives one: `data.id` in this sandbox, or at the top. */
export function writeResultIn(body: unknown): { id?: unknown; interactionId?: unknown; message?: string } {
  if (!isObject(body)) return {};
  const data = isObject(body.data) ? body.data : body;
  return {
    ...(data.id !== undefined ? { id: data.id } : {}),
    ...(data.ticket_interaction_id !== undefined ? { interactionId: data.ticket_interaction_id } : {}),
    ...(typeof body.message === 'string' ? { message: body.message } : {}),
  };
}
