import { bodyMutations } from './body-mutations.ts';
import { bodyOf, targetOf, type Draft, type FuzzRequest, type Mutation } from './fuzz-request.ts';
import { AUTH_WEIGHTS, authorizationFor, headerMutations } from './header-mutations.ts';
import type { Operation } from './openapi-operations.ts';
import { rawMutations } from './raw-mutations.ts';
import { validSample, type FuzzFixtures, type SampleContext } from './schema-samples.ts';
import { SeededRandom } from './seeded-random.ts';
import { urlMutations } from './url-mutations.ts';

/** Every mutation by name; `valid` sends the valid request itself, so handlers also run to the end. */
export const MUTATIONS: Record<string, Mutation> = {
  valid: { weight: 6, applies: () => true, apply: () => {} },
  ...urlMutations,
  ...bodyMutations,
  ...headerMutations,
  ...rawMutations,
};

// Provider callbacks take their body raw, as PagHiper sends it: form-urlencoded.
const CALLBACK_BODY = 'idTransacao=FUZZ0001&notification_id=fuzz-notification&apiKey=apk_fuzz';

/** A valid request of the operation: fixtures for ids, samples of the schema for the rest. */
function validDraft(operation: Operation, context: SampleContext): Draft {
  const pathParams: Record<string, string> = {};
  for (const parameter of operation.pathParams) {
    pathParams[parameter.name] = encodeURIComponent(String(validSample(parameter.schema, parameter.name, context)));
  }
  const query: [string, string][] = [];
  for (const parameter of operation.queryParams) {
    if (!parameter.required && !context.random.chance(0.25)) continue;
    query.push([parameter.name, encodeURIComponent(String(validSample(parameter.schema, parameter.name, context)))]);
  }
  const draft: Draft = { operation, pathParams, pathSuffix: '', query, body: undefined, headers: {} };
  if (operation.body) draft.body = validSample(operation.body, 'body', context);
  if (operation.route.startsWith('/hooks/')) {
    draft.bodyText = CALLBACK_BODY;
    draft.contentType = 'application/x-www-form-urlencoded';
  }
  return draft;
}

function finish(draft: Draft, index: number, route: string, mutation: string, auth: string): FuzzRequest {
  const body = bodyOf(draft);
  const headers = { ...draft.headers };
  if (body !== undefined && draft.contentType !== null) headers['content-type'] ??= draft.contentType ?? 'application/json';
  return {
    index,
    method: draft.operation.method,
    route,
    mutation,
    auth,
    target: targetOf(draft),
    headers,
    ...(body !== undefined ? { body } : {}),
    ...(draft.chunked ? { chunked: true } : {}),
    ...(draft.raw ? { raw: draft.raw } : {}),
  };
}

/**
 * The fuzz's requests, one at a time (huge bodies are made when sent, not all held at once). The same seed, operations
 * and fixture shape give the same requests: each picks an operation, an Authorization variant and one mutation.
 */
export function* generateRequests(operations: Operation[], fixtures: FuzzFixtures, seed: number, count: number): Generator<FuzzRequest> {
  const random = new SeededRandom(seed);
  for (let index = 0; index < count; index++) {
    const operation = random.pick(operations);
    const context: SampleContext = { fixtures, random, destructive: operation.destructive };
    const applicable = Object.fromEntries(Object.entries(MUTATIONS).filter(([, mutation]) => mutation.applies(operation)).map(([name, m]) => [name, m.weight]));
    const mutation = random.weighted(applicable);
    const auth = random.weighted(AUTH_WEIGHTS);
    const draft = validDraft(operation, context);
    const authorization = authorizationFor(auth, fixtures, random);
    if (authorization !== undefined) draft.headers.authorization = authorization;
    draft.headers['x-request-id'] = `fuzz-${seed}-${index}`;
    MUTATIONS[mutation]!.apply(draft, context);
    yield finish(draft, index, operation.route, draft.variant ? `${mutation}:${draft.variant}` : mutation, auth);
  }
}

/** Only the requests of the given indexes (FUZZ_ONLY), to replay a few failures of a run with the same seed. */
export function* onlyIndexes(requests: Iterable<FuzzRequest>, indexes: ReadonlySet<number>): Generator<FuzzRequest> {
  for (const request of requests) if (indexes.has(request.index)) yield request;
}

/**
 * The requests of chosen indexes, made again from the seed, for a replay that asks for them in rising order (one pass
 * of the generator; asking for an earlier index starts it over).
 */
export function regenerator(operations: Operation[], fixtures: FuzzFixtures, seed: number, count: number): (indexes: readonly number[]) => FuzzRequest[] {
  let source = generateRequests(operations, fixtures, seed, count);
  let last = -1;
  return (indexes) => {
    const wanted = new Set(indexes);
    const found: FuzzRequest[] = [];
    if (indexes.some((index) => index <= last)) {
      source = generateRequests(operations, fixtures, seed, count);
      last = -1;
    }
    const highest = Math.max(...indexes);
    while (last < highest) {
      const next = source.next();
      if (next.done) break;
      last = next.value.index;
      if (wanted.has(last)) found.push(next.value);
    }
    return found;
  };
}
