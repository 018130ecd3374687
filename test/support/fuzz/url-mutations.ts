import { type Draft, type Mutation } from './fuzz-request.ts';
import { HOSTILE_ENCODED, NUL_ENCODED, UNICODE_STRINGS, longText, percentEncode } from './hostile-values.ts';
import type { Operation, Parameter } from './openapi-operations.ts';
import type { SeededRandom } from './seeded-random.ts';

const hasPathParams = (operation: Operation) => operation.pathParams.length > 0;
const always = () => true;

function setPathParam(draft: Draft, random: SeededRandom, value: string): void {
  const parameter = random.pick(draft.operation.pathParams);
  draft.pathParams[parameter.name] = value;
}

/** A declared query parameter, or a made-up one when the route declares none. */
function queryParam(operation: Operation, random: SeededRandom): Parameter {
  return operation.queryParams.length > 0 && random.chance(0.85)
    ? random.pick(operation.queryParams)
    : { name: random.pick(['x', 'q', 'limit', 'accountId']), schema: { type: 'string' }, required: false };
}

function setQuery(draft: Draft, name: string, value: string | null): void {
  draft.query = draft.query.filter(([key]) => key !== name);
  draft.query.push([name, value]);
}

// Values of the wrong type or out of range for a query parameter of the given JSON type.
function wrongQueryValues(parameter: Parameter): string[] {
  const type = Array.isArray(parameter.schema.type) ? parameter.schema.type[0] : parameter.schema.type;
  const common = ['', '%5B%5D', '%7B%7D', 'null', 'undefined'];
  if (type === 'integer' || type === 'number') {
    return [...common, 'abc', '-1', '0', '1.5', '99999999999999999999', 'NaN', 'Infinity', '0x10', '1e3', '-0', '%2B5', '1%2C2'];
  }
  if (parameter.schema.enum) return [...common, 'bogus', String(parameter.schema.enum[0]).toUpperCase(), `${String(parameter.schema.enum[0])}%00`];
  return [...common, 'true', '12', 'yesterday', '2026-13-45T99:99:99Z', longText(300, 'x')];
}

export const urlMutations: Record<string, Mutation> = {
  'path.nul': { weight: 5, applies: hasPathParams, apply: (draft, { random }) => setPathParam(draft, random, random.pick(NUL_ENCODED)) },
  'path.long': {
    weight: 3,
    applies: hasPathParams,
    // Past Fastify's maxParamLength (100), and well past it: 414 or 404, never Fastify's own JSON.
    apply: (draft, { random }) => setPathParam(draft, random, longText(random.pick([101, 1_000, random.int(1_000, 10_000)]), random.pick(['a', 'int_', '%41']))),
  },
  'path.hostile': {
    weight: 4,
    applies: hasPathParams,
    apply: (draft, { random }) =>
      setPathParam(draft, random, random.chance(0.7) ? random.pick(HOSTILE_ENCODED) : percentEncode(random.pick(UNICODE_STRINGS))),
  },
  'path.wrong-id': {
    weight: 3,
    applies: hasPathParams,
    apply: (draft, { random }) =>
      setPathParam(draft, random, random.pick(['int_doesnotexist00000000', 'acc_nothere', 'nrl_', '0', '-1', 'ntf_' + random.word(20), 'key_' + random.word(20), '%5Bobject%20Object%5D'])),
  },
  'path.shape': {
    weight: 2,
    applies: always,
    // Extra segments and slashes, a changed case: a route that does not exist, answered as problem+json.
    apply: (draft, { random }) => {
      const shape = random.pick(['/', '//', '/extra', '/%00', '/..', '/.%2e/', '?', '/' + longText(2_000, 'b')]);
      if (shape === '?') setQuery(draft, '', null);
      else draft.pathSuffix = shape;
      if (random.chance(0.2)) draft.operation = { ...draft.operation, route: draft.operation.route.toUpperCase() };
    },
  },
  'query.nul': {
    weight: 6,
    applies: always,
    apply: (draft, { random }) => {
      if (random.chance(0.15)) setQuery(draft, random.pick(['%00', 'a%00']), 'x');
      else setQuery(draft, queryParam(draft.operation, random).name, random.pick(NUL_ENCODED));
    },
  },
  'query.wrong-type': {
    weight: 5,
    applies: always,
    apply: (draft, { random }) => {
      const parameter = queryParam(draft.operation, random);
      const value = random.pick(wrongQueryValues(parameter));
      if (random.chance(0.2)) {
        // The same key twice, or in bracket notation: an array or object where a scalar is expected.
        draft.query.push([parameter.name, value], [parameter.name, value]);
      } else if (random.chance(0.15)) {
        setQuery(draft, `${parameter.name}%5B${random.pick(['', 'a', '0'])}%5D`, value);
      } else {
        setQuery(draft, parameter.name, value);
      }
    },
  },
  'query.unknown': {
    weight: 4,
    applies: always,
    apply: (draft, { random }) => {
      for (let i = random.int(1, 3); i > 0; i--) setQuery(draft, random.pick(['fuzz', 'debug', '__proto__', 'constructor', 'x' + random.word(4)]), random.word(5));
    },
  },
  'query.many': {
    weight: 2,
    applies: always,
    // Many parameters, staying under Node's 16 KiB header limit (the raw mutations go past it).
    apply: (draft, { random }) => {
      for (let i = random.int(100, 1_200); i > 0; i--) draft.query.push([`p${i}`, String(i)]);
    },
  },
  'query.hostile': {
    weight: 4,
    applies: always,
    apply: (draft, { random }) => {
      const parameter = queryParam(draft.operation, random);
      const value = random.pick([
        ...HOSTILE_ENCODED,
        percentEncode(random.pick(UNICODE_STRINGS)),
        longText(random.int(2_000, 9_000), 'q'),
        '%26%26%26',
        '=',
        '&&&',
        '#fragment',
      ]);
      setQuery(draft, parameter.name, value);
    },
  },
};
