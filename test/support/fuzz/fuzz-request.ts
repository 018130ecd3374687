import type { Operation } from './openapi-operations.ts';
import type { SampleContext } from './schema-samples.ts';

/** One request of the fuzz, ready to send, with what it was made of for the report. */
export interface FuzzRequest {
  index: number;
  method: string;
  /** The OpenAPI route template, e.g. `/v1/integrations/{integrationId}`. */
  route: string;
  /** What was done to a valid request, e.g. `query.nul` or `body.deep`. */
  mutation: string;
  /** Which Authorization header it carries, e.g. `admin`, `customer`, `bearer-10kb`. */
  auth: string;
  /** Path and query, percent-encoded as sent. */
  target: string;
  headers: Record<string, string | string[]>;
  body?: string | Buffer;
  /** Send the body chunked (no content-length), so the server must count the bytes as it reads them. */
  chunked?: boolean;
  /** Bytes sent as they are on a fresh connection: what Node's own HTTP parser refuses (431, 400). */
  raw?: Buffer;
}

/** A request being built: a valid one first, which one mutation then spoils. */
export interface Draft {
  operation: Operation;
  /** Path parameter values, percent-encoded. */
  pathParams: Record<string, string>;
  /** Appended to the path (extra segments, slashes). */
  pathSuffix: string;
  /** Query pairs, percent-encoded; a null value sends the bare key. */
  query: [string, string | null][];
  /** The JSON body as a value; undefined for none. */
  body: unknown;
  /** The body as sent, when it is not JSON.stringify(body). */
  bodyText?: string | Buffer;
  /** The content type of a body; null sends none. Defaults to application/json. */
  contentType?: string | null;
  headers: Record<string, string | string[]>;
  chunked?: boolean;
  /** Set by the raw mutations: the whole request as bytes. */
  raw?: Buffer;
  /** Which variant of its mutation made this request, when the report should tell them apart. */
  variant?: string;
}

/** A way to spoil a valid request, and which operations it makes sense for. */
export interface Mutation {
  weight: number;
  applies(operation: Operation): boolean;
  apply(draft: Draft, context: SampleContext): void;
}

export const hasBodyMethod = (operation: Operation) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(operation.method);

/** The path and query of a draft, as sent. */
export function targetOf(draft: Draft): string {
  const path = draft.operation.route.replace(/\{([^}]+)\}/g, (_whole, name: string) => draft.pathParams[name] ?? 'fuzz');
  const query = draft.query.map(([key, value]) => (value === null ? key : `${key}=${value}`)).join('&');
  return `${path}${draft.pathSuffix}${query ? `?${query}` : ''}`;
}

export function bodyOf(draft: Draft): string | Buffer | undefined {
  if (draft.bodyText !== undefined) return draft.bodyText;
  return draft.body === undefined ? undefined : JSON.stringify(draft.body);
}

/**
 * The valid body as JSON text with `replacement` put in place of one field (or as the root when there is no object
 * to hold it): how deep and huge values get in without building them as objects.
 */
export function bodyWith(draft: Draft, field: string, replacement: string): string {
  const base = draft.body && typeof draft.body === 'object' && !Array.isArray(draft.body) ? (draft.body as Record<string, unknown>) : null;
  if (!base) return replacement;
  const marker = '__fuzz_placeholder__';
  return JSON.stringify({ ...base, [field]: marker }).replace(JSON.stringify(marker), () => replacement);
}
