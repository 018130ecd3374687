/**
 * What the support desk's diagnostics know of an API (Ponte's own or a partner API): its operations as extracted
 * from its OpenAPI document, its product catalog and its maintenance windows.
 */

/** A JSON Schema as found in an OpenAPI document (3.0's dialect or 3.1's), `$ref`s resolved. */
export type JsonSchema = Record<string, unknown> | boolean;

export interface ApiOperation {
  /** Upper case: GET, POST… */
  method: string;
  /** The path template as the document writes it, e.g. `/v2/propostas/{id}`. */
  path: string;
  operationId: string | null;
  /** `v1`, `v2`…: from the path's prefix, else the server URL's, else `info.version`'s major. */
  version: string | null;
  /** The path the calls are made to when the server URL has one of its own (`/api` of `https://x/api`), else ''. */
  basePath: string;
  request: {
    /** The `application/json` body's schema, or null when the operation takes none. */
    body: JsonSchema | null;
    bodyRequired: boolean;
    /** Object schemas built from the query and path parameters (null when there are none). */
    query: JsonSchema | null;
    path: JsonSchema | null;
  };
  /** Which JSON Schema dialect the schemas are in: OpenAPI 3.0's (with `nullable`) or 3.1's (2020-12). */
  dialect: '3.0' | '3.1';
}

export interface LocalizedText {
  'pt-BR': string;
  en: string;
}

/** One product of the catalog: where it exists (versions, operations) or that it is not offered through the API. */
export interface CatalogEntry {
  product: string;
  name: LocalizedText;
  operationIds: string[];
  /** The API versions that offer it, e.g. ['v2']; empty when it is not offered through the API. */
  versions: string[];
  offeredThroughApi: boolean;
  /** What to do instead (e.g. "use the console"), for products not offered through the API. */
  consoleHint?: LocalizedText | undefined;
}

/** A scheduled routine or maintenance: occurrences start at the cron's times, in its time zone, and last the duration. */
export interface MaintenanceWindow {
  name: string;
  /** Five fields: minute hour day-of-month month day-of-week. */
  cron: string;
  durationMinutes: number;
  /** IANA time zone of the cron's times. */
  timezone: string;
  /** What to tell a partner whose call fell inside, e.g. "reprocess after the window". */
  advice?: LocalizedText | undefined;
}

export interface ApiDescription {
  /** null for Ponte's own API. */
  partnerApiId: string | null;
  name: string;
  versions: string[];
  operations: ApiOperation[];
  products: CatalogEntry[];
  maintenanceWindows: MaintenanceWindow[];
}

/** A logged call, as the request log keeps it. */
export interface CallFacts {
  method: string;
  /** The route template as logged, e.g. '/v1/proposals/:id' or '/v1/proposals/{id}', or 'unmatched'. */
  route: string;
  /** The path called, e.g. '/v1/proposals/123' (a query string is ignored). */
  path: string;
  /** `{query, body}` as the request log keeps it (secrets redacted); null when none was kept. */
  payload: unknown;
  at: Date;
}

/** The settings row's key for Ponte's own API. */
export const OWN_API_ID = 'ponte';

export const OWN_API_NAME = 'Ponte API';
