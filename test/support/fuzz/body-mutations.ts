import { Readable } from 'node:stream';
import { bodyOf, bodyWith, hasBodyMethod, type Draft, type Mutation } from './fuzz-request.ts';
import {
  ANY_TYPE_VALUES,
  BROKEN_JSON,
  CONTENT_TYPES,
  INVALID_UTF8,
  NUL_STRINGS,
  ROOT_VALUES,
  UNICODE_STRINGS,
  deepJson,
  longText,
} from './hostile-values.ts';
import type { JsonSchema, Operation } from './openapi-operations.ts';
import type { SeededRandom } from './seeded-random.ts';

const hasSchema = (operation: Operation) => operation.body !== undefined;
const BODY_LIMIT = 1024 * 1024;

const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type[0] : schema.type);

function fieldsOf(operation: Operation): [string, JsonSchema][] {
  return Object.entries(operation.body?.properties ?? {});
}

/** The valid body as an object to spoil; a new one when the route has none. */
function bodyObject(draft: Draft): Record<string, unknown> {
  draft.bodyText = undefined;
  draft.contentType = undefined;
  if (!draft.body || typeof draft.body !== 'object' || Array.isArray(draft.body)) draft.body = {};
  return draft.body as Record<string, unknown>;
}

/** A field of the body to put a value in: a declared one mostly, an unknown one sometimes. */
function someField(operation: Operation, random: SeededRandom): string {
  const fields = fieldsOf(operation);
  return fields.length > 0 && random.chance(0.85) ? random.pick(fields)[0] : `fuzz${random.word(3)}`;
}

// A string-ish place for a NUL byte: the field itself, an element of its array, or a key and value of its object.
function withNul(schema: JsonSchema | undefined, random: SeededRandom): unknown {
  const nul = random.pick(NUL_STRINGS);
  switch (schema ? typeOf(schema) : 'string') {
    case 'array':
      return [nul];
    case 'object':
      return { [`key${nul}`]: nul, nested: { deeper: [nul, { [nul]: 1 }] } };
    default:
      return nul;
  }
}

function wrongTypeFor(schema: JsonSchema, random: SeededRandom): unknown {
  const type = typeOf(schema);
  const candidates = ANY_TYPE_VALUES.filter((value) => {
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    if (type === 'integer') return actual !== 'number' || !Number.isInteger(value);
    return actual !== type;
  });
  return random.pick(candidates.length > 0 ? candidates : ANY_TYPE_VALUES);
}

/** The body as bytes with non-UTF-8 bytes inside a string field. */
function withInvalidUtf8(draft: Draft, random: SeededRandom): Buffer {
  const marker = '__fuzz_bytes__';
  const [before, after] = bodyWith(draft, someField(draft.operation, random), JSON.stringify(marker)).split(marker) as [string, string?];
  return Buffer.concat([Buffer.from(before), random.pick(INVALID_UTF8), Buffer.from(after ?? '')]);
}

export const bodyMutations: Record<string, Mutation> = {
  'body.nul': {
    weight: 7,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      // A body taken raw (the provider callbacks) gets the NUL byte itself, not its JSON escape.
      if (typeof draft.bodyText === 'string') return void (draft.bodyText += `&fuzz=${random.pick(NUL_STRINGS)}`);
      const field = someField(draft.operation, random);
      bodyObject(draft)[field] = withNul(draft.operation.body?.properties?.[field], random);
    },
  },
  'body.wrong-type': {
    weight: 6,
    applies: hasSchema,
    apply: (draft, { random }) => {
      const fields = fieldsOf(draft.operation);
      if (fields.length === 0) return void (draft.body = random.pick(ANY_TYPE_VALUES));
      const [field, schema] = random.pick(fields);
      bodyObject(draft)[field] = wrongTypeFor(schema, random);
    },
  },
  'body.missing-required': {
    weight: 4,
    applies: (operation) => (operation.body?.required?.length ?? 0) > 0,
    apply: (draft, { random }) => {
      const body = bodyObject(draft);
      if (random.chance(0.3)) return void (draft.body = {});
      delete body[random.pick(draft.operation.body!.required!)];
    },
  },
  'body.unknown-field': {
    weight: 4,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      const body = bodyObject(draft);
      const key = random.pick(['fuzz', 'id', 'createdAt', 'role', '', ' ', 'a.b', longText(1_000, 'k'), 'constructor', 'toString']);
      body[key] = random.pick(ANY_TYPE_VALUES);
    },
  },
  'body.proto': {
    weight: 1.5,
    applies: hasBodyMethod,
    // Prototype pollution attempts: Fastify's JSON parser refuses them, which must still end as problem+json.
    apply: (draft, { random }) => {
      draft.bodyText = bodyWith(draft, random.pick(['__proto__', 'constructor']), random.pick(['{"polluted":true}', '{"prototype":{"polluted":true}}']));
    },
  },
  'body.broken-json': {
    weight: 5,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      const valid = String(bodyOf(draft) ?? '{}');
      const broken = random.chance(0.3) ? valid.slice(0, random.int(0, Math.max(0, valid.length - 1))) : random.pick(BROKEN_JSON).replaceAll('{valid}', valid);
      draft.bodyText = broken;
      draft.contentType = 'application/json';
    },
  },
  'body.empty-json': {
    weight: 2,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      draft.bodyText = random.pick(['', ' ', '\n', '\r\n\t ']);
      draft.contentType = 'application/json';
    },
  },
  'body.root-type': { weight: 2, applies: hasBodyMethod, apply: (draft, { random }) => void (draft.bodyText = random.pick(ROOT_VALUES)) },
  'body.content-type': {
    weight: 4,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      if (draft.body === undefined && draft.bodyText === undefined) draft.body = {};
      draft.contentType = random.chance(0.15) ? null : random.pick(CONTENT_TYPES);
    },
  },
  'body.huge': {
    weight: 0.7,
    applies: hasBodyMethod,
    // Just over the 1 MiB body limit, and a few MiB; half of them chunked, so no content-length warns the server.
    apply: (draft, { random }) => {
      const size = random.pick([BODY_LIMIT + 1, BODY_LIMIT + 1_024, 3 * BODY_LIMIT]);
      draft.bodyText = bodyWith(draft, someField(draft.operation, random), JSON.stringify(longText(size, 'h')));
      draft.chunked = random.chance(0.5);
    },
  },
  'body.deep': {
    weight: 1.5,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      const depth = random.pick([1_000, 10_000, 10_000, 100_000]);
      const deep = deepJson(depth, random);
      draft.bodyText = random.chance(0.2) ? deep : bodyWith(draft, someField(draft.operation, random), deep);
    },
  },
  'body.huge-string': {
    weight: 1.5,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      const field = someField(draft.operation, random);
      bodyObject(draft)[field] = longText(random.pick([10_000, 65_536, 300_000, 900_000]), random.pick(['s', 'é', '😀', '\\']));
    },
  },
  'body.unicode': {
    weight: 4,
    applies: hasBodyMethod,
    apply: (draft, { random }) => {
      const field = someField(draft.operation, random);
      const value = random.pick(UNICODE_STRINGS);
      const schema = draft.operation.body?.properties?.[field];
      bodyObject(draft)[field] = schema && typeOf(schema) === 'object' ? { [value]: value } : schema && typeOf(schema) === 'array' ? [value] : value;
    },
  },
  'body.invalid-utf8': { weight: 1.5, applies: hasBodyMethod, apply: (draft, { random }) => void (draft.bodyText = withInvalidUtf8(draft, random)) },
};

/** A body as a stream of one chunk: undici then sends it chunked, without a content-length. */
export function chunkedBody(body: string | Buffer): Readable {
  return Readable.from([typeof body === 'string' ? Buffer.from(body) : body]);
}
