import { Validator } from '@seriousme/openapi-schema-validator';
import { parse as parseYaml } from 'yaml';
import type { FieldError } from '../../platform/http/problems.ts';
import { Problem } from '../../platform/http/problems.ts';
import type { ApiOperation, JsonSchema } from './description.ts';
import { partnerApiProblems } from './errors.ts';

type JsonObject = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The most errors a refused document's problem lists: a broken document can break hundreds of schema rules. */
const MAX_ERRORS = 10;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (detail: string, errors: FieldError[]) =>
  new Problem(partnerApiProblems.partner_api_document_invalid, detail, { field: errors[0]?.field ?? 'body', errors });

/** `/paths/~1v1~1x/post` → `body.paths./v1/x.post`: where the problem is, in the document sent as the body. */
const fieldOf = (pointer: string, extra?: string) =>
  ['body', ...pointer.split('/').filter(Boolean).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~')), ...(extra ? [extra] : [])].join('.');

// Compiling the OpenAPI meta-schemas takes a second: once per process. Its per-call state is not read here.
let validator: Validator | undefined;

export interface ReadDocument {
  document: JsonObject;
  /** The `openapi` field as written, e.g. 3.1.0. */
  openapi: string;
  dialect: '3.0' | '3.1';
}

/**
 * Reads and validates an OpenAPI 3.0 or 3.1 document: an object (JSON body) or YAML/JSON text. A document that is
 * not one is refused with the places at fault (JSON pointers turned into `body.…` fields).
 */
export async function readDocument(input: unknown): Promise<ReadDocument> {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = parseYaml(input, { maxAliasCount: 100 });
    } catch (error) {
      throw invalid(`The document is neither JSON nor YAML: ${(error as Error).message}`, [{ field: 'body', message: 'is neither JSON nor YAML' }]);
    }
  }
  if (!isObject(document)) throw invalid('The document must be an object', [{ field: 'body', message: 'must be an OpenAPI document (an object)' }]);
  const openapi = document.openapi;
  if (typeof openapi !== 'string' || !/^3\.[01]\.\d+/.test(openapi)) {
    throw invalid(`Only OpenAPI 3.0 and 3.1 documents can be imported (openapi: ${JSON.stringify(openapi ?? null)})`, [
      { field: 'body.openapi', message: 'must be 3.0.x or 3.1.x' },
    ]);
  }
  // The validator reads a file when given a one-line string: it is only ever given the parsed object.
  validator ??= new Validator({ logger: false });
  const result = await validator.validate(document);
  if (!result.valid) {
    const errors: FieldError[] =
      typeof result.errors === 'string' || !result.errors
        ? [{ field: 'body', message: String(result.errors ?? 'is not a valid OpenAPI document') }]
        : result.errors.slice(0, MAX_ERRORS).map((error) => ({
            field: fieldOf(error.instancePath, typeof error.params.missingProperty === 'string' ? error.params.missingProperty : undefined),
            message: error.message ?? 'is not valid',
          }));
    throw invalid(`The OpenAPI document is not valid: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}`, errors);
  }
  return { document, openapi, dialect: openapi.startsWith('3.0') ? '3.0' : '3.1' };
}

/**
 * Resolves the local `$ref`s of a part of the document. A reference met again inside itself (a tree of categories)
 * becomes a reference to `#/$defs/<name>`, collected in `defs` for the schemas that need them (see withDefs).
 */
function resolver(root: JsonObject) {
  const defs: Record<string, unknown> = {};
  const names = new Map<string, string>();
  const lookup = (ref: string): unknown => {
    if (!ref.startsWith('#/')) {
      throw invalid(`Only references inside the document can be imported (${ref})`, [{ field: 'body', message: `refers outside the document: ${ref}` }]);
    }
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) {
      const key = decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~');
      node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
    }
    // Partners' documents were checked for dangling references; in a schema relative to itself (a `$defs` of its
    // own), what cannot be found here is left unchecked rather than refused.
    return node ?? {};
  };
  const resolve = (value: unknown, seen: readonly string[] = []): unknown => {
    if (Array.isArray(value)) return value.map((item) => resolve(item, seen));
    if (!isObject(value)) return value;
    const ref = value.$ref;
    if (typeof ref === 'string') {
      if (seen.includes(ref)) {
        let name = names.get(ref);
        if (!name) {
          name = `${ref.split('/').pop()!.replace(/[^\w-]/g, '_')}_${names.size}`;
          names.set(ref, name);
          defs[name] = resolve(lookup(ref), [ref]);
        }
        return { $ref: `#/$defs/${name}` };
      }
      const { $ref: _ref, ...siblings } = value;
      const target = resolve(lookup(ref), [...seen, ref]);
      return isObject(target) ? { ...target, ...(resolve(siblings, seen) as JsonObject) } : target;
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner, seen)]));
  };
  /** The schema with the recursive definitions it may refer to. */
  const withDefs = <S>(schema: S): S => (isObject(schema) && Object.keys(defs).length > 0 ? ({ ...schema, $defs: { ...defs } } as S) : schema);
  return { resolve, withDefs };
}

const VERSION_SEGMENT = /^\/(v\d+)(?:\/|$)/i;

/** The path part of the first server's URL (`https://api.x/credito/v2` → `/credito/v2`), '' when none or templated. */
function serverPathOf(document: JsonObject): string {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  const url = isObject(servers[0]) && typeof servers[0].url === 'string' ? servers[0].url : '';
  if (!url || url.includes('{')) return '';
  try {
    return new URL(url, 'http://relative.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

function versionOf(path: string, serverPath: string, infoVersion: string): string | null {
  const fromPath = VERSION_SEGMENT.exec(path)?.[1];
  if (fromPath) return fromPath.toLowerCase();
  const fromServer = /\/(v\d+)(?:\/|$)/i.exec(serverPath)?.[1];
  if (fromServer) return fromServer.toLowerCase();
  const major = /^v?(\d+)/i.exec(infoVersion)?.[1];
  return major ? `v${Number(major)}` : null;
}

/** The JSON media type of a request body's content, if any (`application/json`, `application/problem+json`…). */
function jsonSchemaOfContent(content: unknown): JsonSchema | null | undefined {
  if (!isObject(content)) return undefined;
  const type = Object.keys(content).find((media) => /^application\/(?:[\w.-]+\+)?json\b/i.test(media));
  if (!type) return undefined;
  const media = content[type];
  return isObject(media) && (isObject(media.schema) || typeof media.schema === 'boolean') ? (media.schema as JsonSchema) : {};
}

function parametersSchema(parameters: JsonObject[], location: 'query' | 'path'): JsonSchema | null {
  const mine = parameters.filter((parameter) => parameter.in === location && typeof parameter.name === 'string');
  if (mine.length === 0) return null;
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const parameter of mine) {
    const name = parameter.name as string;
    properties[name] = (parameter.schema as JsonSchema | undefined) ?? jsonSchemaOfContent(parameter.content) ?? {};
    if (parameter.required === true || location === 'path') required.push(name);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/** The operations of a validated document, with their version and request schemas (`$ref`s resolved). */
export function extractOperations({ document, dialect }: ReadDocument): ApiOperation[] {
  const paths = isObject(document.paths) ? document.paths : {};
  const info = isObject(document.info) ? document.info : {};
  const infoVersion = typeof info.version === 'string' ? info.version : '';
  const basePath = serverPathOf(document);
  const operations: ApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const { resolve, withDefs } = resolver(document);
    // Only what a request is checked against is resolved: responses and examples can be most of a document.
    const item = isObject(rawItem) && typeof rawItem.$ref === 'string' ? resolve(rawItem) : rawItem;
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? (resolve(item.parameters) as unknown[]) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      // An operation's parameter replaces the path item's of the same name and location.
      const byKey = new Map<string, JsonObject>();
      for (const parameter of [...shared, ...(Array.isArray(operation.parameters) ? (resolve(operation.parameters) as unknown[]) : [])]) {
        if (isObject(parameter)) byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
      }
      const parameters = [...byKey.values()];
      const resolvedBody = resolve(operation.requestBody);
      const requestBody = isObject(resolvedBody) ? resolvedBody : null;
      const body = requestBody ? jsonSchemaOfContent(requestBody.content) : undefined;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : null,
        version: versionOf(path, basePath, infoVersion),
        basePath,
        request: {
          body: withDefs(body ?? null),
          bodyRequired: body !== undefined && requestBody?.required === true,
          query: withDefs(parametersSchema(parameters, 'query')),
          path: withDefs(parametersSchema(parameters, 'path')),
        },
        dialect,
      });
    }
  }
  return operations;
}
