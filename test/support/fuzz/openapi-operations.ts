/** The part of JSON Schema that Ponte's OpenAPI description uses, as the fuzz reads it. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export interface Parameter {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** One route and method to fuzz. `route` is the OpenAPI template, e.g. `/v1/integrations/{integrationId}`. */
export interface Operation {
  method: string;
  route: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON body's schema, when the route declares one. */
  body?: JsonSchema;
  /** Whether the route wants a bearer token (the `/v1` routes except the token exchange and the login). */
  authenticated: boolean;
  /** Whether a normal call changes something it cannot undo (the fuzz points it at throw-away fixtures). */
  destructive: boolean;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const DESTRUCTIVE = /\/(revoke|cancel)$/;

/** Every operation of the document, in the document's order. */
export function operationsOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [route, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // An event stream never ends while its client listens: a fuzzed call would only measure the client's timeout.
      // Its inputs are checked by test/api/live-updates.test.ts.
      if (operation.responses?.['200']?.content?.['text/event-stream']) continue;
      const parameters = operation.parameters ?? [];
      const as = (location: string) =>
        parameters
          .filter((parameter) => parameter.in === location)
          .map((parameter) => ({ name: parameter.name, schema: parameter.schema ?? {}, required: parameter.required ?? false }));
      const body = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        route,
        pathParams: as('path'),
        queryParams: as('query'),
        ...(body ? { body } : {}),
        authenticated: (operation.security?.length ?? 0) > 0,
        destructive: method === 'delete' || DESTRUCTIVE.test(route),
      });
    }
  }
  return operations;
}

/** The event-stream operations operationsOf leaves out, as `METHOD /route`. */
export function eventStreamsOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }): string[] {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    METHODS.filter((method) => item[method]?.responses?.['200']?.content?.['text/event-stream']).map((method) => `${method.toUpperCase()} ${route}`),
  );
}

/**
 * Routes that are not in the description (hidden or not Ponte's) but answer on the same server, and routes that do
 * not exist: the not-found and wrong-method answers must be problem+json too.
 */
export const UNDESCRIBED_OPERATIONS: Operation[] = [
  { method: 'GET', route: '/metrics', pathParams: [], queryParams: [], authenticated: false, destructive: false },
  { method: 'GET', route: '/openapi.json', pathParams: [], queryParams: [], authenticated: false, destructive: false },
  { method: 'GET', route: '/docs', pathParams: [], queryParams: [], authenticated: false, destructive: false },
  {
    method: 'GET',
    route: '/docs/static/{file}',
    pathParams: [{ name: 'file', schema: { type: 'string' }, required: true }],
    queryParams: [],
    authenticated: false,
    destructive: false,
  },
  { method: 'GET', route: '/v1/nowhere', pathParams: [], queryParams: [], authenticated: true, destructive: false },
  { method: 'PUT', route: '/v1/accounts', pathParams: [], queryParams: [], authenticated: true, destructive: false },
  { method: 'DELETE', route: '/v1/accounts', pathParams: [], queryParams: [], authenticated: true, destructive: false },
  { method: 'OPTIONS', route: '/v1/integrations', pathParams: [], queryParams: [], authenticated: true, destructive: false },
  { method: 'HEAD', route: '/v1/accounts', pathParams: [], queryParams: [], authenticated: true, destructive: false },
  { method: 'GET', route: '/', pathParams: [], queryParams: [], authenticated: false, destructive: false },
];
