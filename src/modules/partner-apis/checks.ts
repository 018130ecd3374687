import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { DateTime } from 'luxon';
import type { Finding } from '../../platform/findings.ts';
import type { FieldError } from '../../platform/http/problems.ts';
import { REDACTED } from '../../platform/logging/redact.ts';
import type { ApiDescription, ApiOperation, CallFacts, CatalogEntry, JsonSchema } from './description.ts';
import { nextOccurrence, occurrenceAt } from './windows.ts';

/**
 * The support desk's checks that need the API's description: the version called against the product catalog, the
 * stored payload against the operation's schemas, and the time of the call against the maintenance windows.
 */

const VERSION_SEGMENT = /^\/(v\d+)(?:\/|$)/i;

const segmentsOf = (path: string) => path.split('?')[0]!.split('/').filter(Boolean);
const isParameter = (segment: string) => /^\{[^}]+\}$/.test(segment) || segment.startsWith(':');
const parameterName = (segment: string) => (segment.startsWith(':') ? segment.slice(1) : segment.slice(1, -1));
/** `/v1/x/{id}` and `/v1/x/:id` alike: the route's shape, parameter names left out. */
const shapeOf = (template: string) => segmentsOf(template).map((segment) => (isParameter(segment) ? '{}' : segment)).join('/');

/** The path parameters when `path` fits `template`, else null. */
function fit(template: string, path: string): Record<string, string> | null {
  const want = segmentsOf(template);
  const got = segmentsOf(path);
  if (want.length !== got.length) return null;
  const parameters: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const value = got[index]!;
    if (isParameter(segment)) parameters[parameterName(segment)] = safeDecode(value);
    else if (segment !== value) return null;
  }
  return parameters;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The templates a call to the operation can have logged: with the server URL's path, and without. */
const templatesOf = (operation: ApiOperation) => (operation.basePath ? [operation.basePath + operation.path, operation.path] : [operation.path]);

interface Match {
  operation: ApiOperation;
  parameters: Record<string, string>;
}

/** The operation a call was to: by the logged route first, else by its path (the most specific template wins). */
function matchCall(operations: ApiOperation[], call: CallFacts): Match | null {
  const method = call.method.toUpperCase();
  const candidates = operations.filter((operation) => operation.method === method);
  if (call.route && call.route !== 'unmatched') {
    const shape = shapeOf(call.route);
    for (const operation of candidates) {
      if (templatesOf(operation).some((template) => shapeOf(template) === shape)) {
        const template = templatesOf(operation).find((candidate) => fit(candidate, call.path));
        return { operation, parameters: (template && fit(template, call.path)) || {} };
      }
    }
  }
  const fits = candidates
    .flatMap((operation) => templatesOf(operation).map((template) => ({ operation, template, parameters: fit(template, call.path) })))
    .filter((candidate): candidate is { operation: ApiOperation; template: string; parameters: Record<string, string> } => candidate.parameters !== null)
    .sort((a, b) => segmentsOf(a.template).filter(isParameter).length - segmentsOf(b.template).filter(isParameter).length);
  return fits[0] ? { operation: fits[0].operation, parameters: fits[0].parameters } : null;
}

const calledVersionOf = (call: CallFacts) => {
  const version = VERSION_SEGMENT.exec(call.path)?.[1] ?? VERSION_SEGMENT.exec(call.route)?.[1];
  return version ? version.toLowerCase() : null;
};

const productOf = (description: ApiDescription, operation: ApiOperation) =>
  operation.operationId ? description.products.find((entry) => entry.operationIds.includes(operation.operationId!)) : undefined;

const endpointOf = (call: CallFacts) => `${call.method.toUpperCase()} ${call.path.split('?')[0]}`;

function notOffered(call: CallFacts, entry: CatalogEntry, calledVersion: string | null): Finding {
  const hint = entry.consoleHint;
  return {
    check: 'version',
    outcome: 'fail',
    summary: {
      'pt-BR': `O produto ${entry.name['pt-BR']} não é oferecido pela API${hint ? `: ${hint['pt-BR']}` : ''}.`,
      en: `The product ${entry.name.en} is not offered through the API${hint ? `: ${hint.en}` : ''}.`,
    },
    data: { endpoint: endpointOf(call), calledVersion, product: entry.product, offeredThroughApi: false, consoleHint: hint ?? null },
    guide: 'versions#not-offered',
  };
}

function wrongVersion(call: CallFacts, calledVersion: string | null, product: CatalogEntry | undefined, availableVersions: string[], operationId: string | null): Finding {
  const what = product ? { 'pt-BR': `O produto ${product.name['pt-BR']}`, en: `The product ${product.name.en}` } : { 'pt-BR': 'Esta operação', en: 'This operation' };
  const where = availableVersions.join(', ');
  return {
    check: 'version',
    outcome: 'fail',
    summary: {
      'pt-BR': `${what['pt-BR']} só existe na versão ${where} da API; a chamada foi para a ${calledVersion ?? '(sem versão)'}.`,
      en: `${what.en} exists only in version ${where} of the API; the call went to ${calledVersion ?? '(no version)'}.`,
    },
    data: { endpoint: endpointOf(call), calledVersion, product: product?.product ?? null, operationId, availableVersions },
    guide: 'versions#products',
  };
}

function unknown(check: 'version' | 'syntax', reason: string, data: Record<string, unknown>): Finding {
  const words: Record<string, { 'pt-BR': string; en: string }> = {
    no_document: { 'pt-BR': 'A API não tem documento OpenAPI importado: não há como conferir.', en: 'The API has no imported OpenAPI document: nothing to check against.' },
    no_matching_operation: { 'pt-BR': 'Nenhuma operação da API corresponde ao método e ao caminho chamados.', en: 'No operation of the API matches the method and path called.' },
    no_payload: { 'pt-BR': 'O log não guardou o conteúdo da chamada (só o das chamadas que falharam).', en: 'The log kept no payload for the call (it keeps failed calls’ only).' },
    no_schema: { 'pt-BR': 'A operação não declara esquema de entrada.', en: 'The operation declares no input schema.' },
    schema_unusable: { 'pt-BR': 'O esquema da operação não pôde ser usado para validar.', en: 'The operation’s schema could not be used to validate.' },
  };
  return { check, outcome: 'unknown', summary: words[reason]!, data: { reason, ...data } };
}

/** The version called against the operation's versions and the product catalog. */
export function checkVersion(description: ApiDescription, call: CallFacts): Finding {
  const calledVersion = calledVersionOf(call);
  const endpoint = endpointOf(call);
  if (description.operations.length === 0) return unknown('version', 'no_document', { endpoint, calledVersion });
  const match = matchCall(description.operations, call);
  if (match) {
    const { operation } = match;
    const version = operation.version ?? calledVersion;
    const entry = productOf(description, operation);
    if (entry && !entry.offeredThroughApi) return notOffered(call, entry, version);
    if (entry && entry.versions.length > 0 && version && !entry.versions.includes(version)) return wrongVersion(call, version, entry, entry.versions, operation.operationId);
    return {
      check: 'version',
      outcome: 'pass',
      summary: {
        'pt-BR': `A operação ${operation.method} ${operation.path} existe na versão ${version ?? '(sem versão)'} chamada${entry ? ` e oferece o produto ${entry.name['pt-BR']}` : ''}.`,
        en: `The operation ${operation.method} ${operation.path} exists in the version called, ${version ?? '(none)'}${entry ? `, and offers the product ${entry.name.en}` : ''}.`,
      },
      data: { endpoint, calledVersion: version, operationId: operation.operationId, product: entry?.product ?? null },
    };
  }
  // The same route in another version: the partner called v1 for what only v2 has.
  if (calledVersion) {
    const method = call.method.toUpperCase();
    const elsewhere = description.operations.filter(
      (operation) =>
        operation.method === method &&
        operation.version !== calledVersion &&
        templatesOf(operation).some((template) => fit(template.replace(/\/v\d+(?=\/|$)/i, `/${calledVersion}`), call.path)),
    );
    if (elsewhere.length > 0) {
      const entry = elsewhere.map((operation) => productOf(description, operation)).find(Boolean);
      if (entry && !entry.offeredThroughApi) return notOffered(call, entry, calledVersion);
      const available = entry && entry.versions.length > 0 ? entry.versions : [...new Set(elsewhere.map((operation) => operation.version!))].sort();
      return wrongVersion(call, calledVersion, entry, available, elsewhere[0]!.operationId);
    }
  }
  // No operation at all: a product named in the path may still be catalogued (one never offered through the API).
  const segments = segmentsOf(call.path);
  const named = description.products.find((entry) => segments.includes(entry.product));
  if (named && !named.offeredThroughApi) return notOffered(call, named, calledVersion);
  if (named && calledVersion && named.versions.length > 0 && !named.versions.includes(calledVersion)) return wrongVersion(call, calledVersion, named, named.versions, null);
  return unknown('version', 'no_matching_operation', { endpoint, calledVersion, versions: description.versions });
}

/** 3.0's schema dialect in 2020-12's words: `nullable`, and the boolean `exclusiveMinimum`/`exclusiveMaximum`. */
function fromOpenApi30(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(fromOpenApi30);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'enum' || key === 'example' || key === 'default' ? value : fromOpenApi30(value);
  if (out.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  delete out.nullable;
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[exclusive] !== 'boolean') continue;
    if (out[exclusive] && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else delete out[exclusive];
  }
  return out;
}

// Parameters arrive as text (a query string, a path segment): they are coerced to the schema's types, bodies are not.
const validators = {
  body: formats.default(new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false })),
  parameters: formats.default(new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false, coerceTypes: 'array' })),
};
const compiled = new Map<string, ValidateFunction>();

function compile(kind: keyof typeof validators, schema: JsonSchema, dialect: ApiOperation['dialect']): ValidateFunction {
  const prepared = (dialect === '3.0' ? fromOpenApi30(schema) : schema) as JsonSchema;
  if (typeof prepared === 'object') {
    // A stray meta-schema or id would make Ajv look for another dialect or clash with the last document's.
    delete prepared.$schema;
    delete prepared.$id;
  }
  const key = `${kind}:${JSON.stringify(prepared)}`;
  let validate = compiled.get(key);
  if (!validate) {
    if (compiled.size > 1000) compiled.clear();
    validate = validators[kind].compile(prepared);
    compiled.set(key, validate);
  }
  return validate;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const part of pointer.split('/').filter(Boolean)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function fieldErrors(location: string, data: unknown, errors: ErrorObject[]): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    // A secret-looking field the log redacted was sent; its placeholder is not what was sent.
    if (valueAt(data, error.instancePath) === REDACTED) continue;
    const path = [location, ...error.instancePath.split('/').filter(Boolean).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))];
    let message = error.message ?? 'is not valid';
    if (error.keyword === 'required') path.push(String(error.params.missingProperty));
    if (error.keyword === 'additionalProperties') {
      path.push(String(error.params.additionalProperty));
      message = 'is not a known field';
    }
    const field = path.join('.');
    if (!out.some((known) => known.field === field && known.message === message)) out.push({ field, message });
  }
  return out;
}

/** The stored payload (body, query and path parameters) validated again against the operation's schemas. */
export function checkSyntax(description: ApiDescription, call: CallFacts): Finding {
  const endpoint = endpointOf(call);
  if (description.operations.length === 0) return unknown('syntax', 'no_document', { endpoint });
  const match = matchCall(description.operations, call);
  if (!match) return unknown('syntax', 'no_matching_operation', { endpoint });
  const { operation, parameters } = match;
  const payload = call.payload as { query?: unknown; body?: unknown } | null | undefined;
  if (payload === null || typeof payload !== 'object') return unknown('syntax', 'no_payload', { endpoint, operationId: operation.operationId });
  const { request } = operation;
  if (!request.body && !request.query && !request.path) return unknown('syntax', 'no_schema', { endpoint, operationId: operation.operationId });
  const errors: FieldError[] = [];
  const checked: string[] = [];
  try {
    const body = payload.body ?? null;
    if (request.body) {
      checked.push('body');
      if (body === null) {
        if (request.bodyRequired) errors.push({ field: 'body', message: 'is required' });
      } else {
        const validate = compile('body', request.body, operation.dialect);
        if (!validate(body)) errors.push(...fieldErrors('body', body, validate.errors ?? []));
      }
    }
    for (const [location, schema, given] of [
      ['query', request.query, payload.query ?? {}],
      ['path', request.path, parameters],
    ] as const) {
      if (!schema) continue;
      checked.push(location);
      // Coercion writes the converted values into the data: a copy keeps the log's payload as it was.
      const data = structuredClone(given);
      const validate = compile('parameters', schema, operation.dialect);
      if (!validate(data)) errors.push(...fieldErrors(location, data, validate.errors ?? []));
    }
  } catch (error) {
    return unknown('syntax', 'schema_unusable', { endpoint, operationId: operation.operationId, error: (error as Error).message });
  }
  const data = { endpoint, operationId: operation.operationId, checked, errors };
  if (errors.length === 0) {
    return {
      check: 'syntax',
      outcome: 'pass',
      summary: { 'pt-BR': `O conteúdo enviado está de acordo com o esquema de ${operation.method} ${operation.path}.`, en: `The payload sent matches the schema of ${operation.method} ${operation.path}.` },
      data,
    };
  }
  const fields = errors.map((error) => error.field).join(', ');
  return {
    check: 'syntax',
    outcome: 'fail',
    summary: {
      'pt-BR': `O conteúdo enviado não está de acordo com o esquema de ${operation.method} ${operation.path}: ${fields}.`,
      en: `The payload sent does not match the schema of ${operation.method} ${operation.path}: ${fields}.`,
    },
    data,
    guide: 'problems#validation_failed',
  };
}

const localTime = (date: Date, zone: string) => DateTime.fromJSDate(date, { zone }).toFormat('dd/MM/yyyy HH:mm');

/** Whether the call fell inside one of the API's maintenance windows (an occurrence may have begun the day before). */
export function checkMaintenanceWindow(description: ApiDescription, call: CallFacts): Finding {
  const calledAt = call.at.toISOString();
  if (description.maintenanceWindows.length === 0) {
    return {
      check: 'maintenance_window',
      outcome: 'unknown',
      summary: { 'pt-BR': 'A API não declara janelas de manutenção.', en: 'The API declares no maintenance windows.' },
      data: { reason: 'no_windows', calledAt },
    };
  }
  const inside = description.maintenanceWindows.map((window) => occurrenceAt(window, call.at)).find((occurrence) => occurrence !== null);
  if (inside) {
    const zone = inside.window.timezone;
    const advice = inside.window.advice ?? {
      'pt-BR': `Reprocesse a chamada depois de ${localTime(inside.endsAt, zone)} (${zone}).`,
      en: `Reprocess the call after ${localTime(inside.endsAt, zone)} (${zone}).`,
    };
    return {
      check: 'maintenance_window',
      outcome: 'fail',
      summary: {
        'pt-BR': `A chamada (${localTime(call.at, zone)}) caiu na janela “${inside.name}”, de ${localTime(inside.startedAt, zone)} a ${localTime(inside.endsAt, zone)} (${zone}). ${advice['pt-BR']}`,
        en: `The call (${localTime(call.at, zone)}) fell inside the window “${inside.name}”, from ${localTime(inside.startedAt, zone)} to ${localTime(inside.endsAt, zone)} (${zone}). ${advice.en}`,
      },
      data: {
        calledAt,
        window: inside.name,
        cron: inside.window.cron,
        timezone: zone,
        startedAt: inside.startedAt.toISOString(),
        endsAt: inside.endsAt.toISOString(),
        reprocessAfter: inside.endsAt.toISOString(),
        advice,
      },
      guide: 'off-hours#maintenance-windows',
    };
  }
  const next = description.maintenanceWindows
    .map((window) => nextOccurrence(window, call.at))
    .filter((occurrence) => occurrence !== null)
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())[0];
  return {
    check: 'maintenance_window',
    outcome: 'pass',
    summary: {
      'pt-BR': `A chamada não caiu em nenhuma janela de manutenção${next ? `; a próxima é “${next.name}”, em ${localTime(next.startedAt, next.window.timezone)} (${next.window.timezone})` : ''}.`,
      en: `The call fell inside no maintenance window${next ? `; the next is “${next.name}”, at ${localTime(next.startedAt, next.window.timezone)} (${next.window.timezone})` : ''}.`,
    },
    data: { calledAt, nextWindow: next ? { name: next.name, startsAt: next.startedAt.toISOString(), endsAt: next.endsAt.toISOString() } : null },
  };
}
