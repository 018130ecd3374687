import { STATUS_CODES } from 'node:http';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ProblemType, problemTypeUri } from './problems.ts';

/**
 * The pieces of Ponte's OpenAPI description that every route shares: the groups (tags), the problem+json error
 * responses and the operation header. Routes declare what only they know (their schemas, examples and the problems
 * their services raise); the hooks that answer for whole kinds of routes (authentication, attempt limits, input
 * checks) document their own problems through `documentProblems`, so the description follows the code that answers.
 */

/** The API's groups, in the order the reference page shows them; every operation belongs to one. */
export const API_TAGS = [
  { name: 'auth', description: 'Access tokens: exchange an API key (partners) or an e-mail and password (console users) for a 12-hour bearer token.' },
  { name: 'accounts', description: 'Customer accounts of the operator. A customer sees only its own.' },
  { name: 'users', description: 'People who act in Ponte: admins and agents of the operator, and customers of one account.' },
  { name: 'api-keys', description: 'Ponte API keys, one environment each (sandbox or production), linked to the users allowed to use them.' },
  { name: 'request-log', description: 'Every /v1 request: key, user, environment, route, status, problem code and, for failures, the payload with secrets redacted.' },
  { name: 'audit', description: 'Who changed what: the administrative actions, newest first.' },
  { name: 'connectors', description: 'The providers Ponte connects to (fuel cards, payment gateways, complaint channels), with their credential and config fields.' },
  { name: 'integrations', description: 'One account connected to one connector in one environment: lifecycle, sync state, records, sync runs and checklist.' },
  { name: 'events', description: 'Append-only facts (payment.paid, complaint.updated, integration.activated…), read in commit order with a cursor.' },
  { name: 'notifications', description: 'Notification rules (e-mail or signed webhook per event type) and the send queue they fill.' },
  { name: 'tickets', description: 'Support tickets of an account (integration onboarding first): messages in and out, internal notes, status, assignee and timeline.' },
  { name: 'support', description: 'The support desk for Ponte’s API: tickets citing a failed call’s request id, evidence from the request log, stages, and escalation to engineering only with every mandatory piece of evidence.' },
  { name: 'reports', description: 'Read-only figures across accounts for the operator’s console: events per day, latency per channel, onboarding time per connector, SLA per category.' },
  { name: 'partner-apis', description: 'APIs diagnosed by the support desk: the operator’s APIs that Ponte fronts (their OpenAPI document, product catalog and maintenance windows), and Ponte’s own (`ponte`).' },
  { name: 'live', description: 'Live updates: a server-sent event stream saying which lists (tickets, notifications, integrations, sync runs) changed, so a browser fetches them again.' },
  { name: 'callbacks', description: 'Provider callbacks: the unguessable “URL de Callback” of each integration. The URL itself is the credential.' },
  { name: 'health', description: 'Liveness and readiness probes for load balancers and orchestrators.' },
] as const;

export type ApiTag = (typeof API_TAGS)[number]['name'];

/** The header of an operation: a stable camelCase id (what generated clients name their methods), its group and words. */
export function operation(header: { id: string; tag: ApiTag; summary: string; description: string }) {
  return { operationId: header.id, tags: [header.tag], summary: header.summary, description: header.description };
}

const problemSchema = z
  .looseObject({
    type: z.string().describe("The code's section in the guides: <Ponte's address>/docs/guides/problems#<code>"),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable problem code, e.g. token_expired'),
    detail: z.string().optional(),
    instance: z.string().optional().describe('The path of the request'),
    requestId: z.string().describe('Quote it to support: it finds the request in the request log'),
    field: z.string().optional().describe('Where the offending value was: body.x, query.x, params.x, header.x'),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'application/problem+json (RFC 9457)' });

const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A documented error answer: problem+json, with the codes it can carry. */
export interface ProblemResponse {
  description: string;
  content: { [PROBLEM_MEDIA_TYPE]: { schema: z.ZodType } };
}

// The problem types behind each documented answer, so that answers for one status documented in several places merge.
const typesOf = new WeakMap<ProblemResponse, readonly ProblemType[]>();

const exampleOf = (type: ProblemType) => ({
  // The server's address is the description's `servers` entry; the example shows the path it is followed by.
  type: problemTypeUri('', type.code),
  title: type.title,
  status: type.status,
  code: type.code,
  requestId: '5b0e7c1e-8d3a-4f57-9a43-2f0c6a1d9e10',
});

function responseFor(types: readonly ProblemType[]): ProblemResponse {
  const status = types[0]!.status;
  const codes = types.map((type) => `\`${type.code}\` (${type.title})`).join('; ');
  const response: ProblemResponse = {
    description: `${STATUS_CODES[status] ?? 'Error'}: ${codes}`,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } },
  };
  typesOf.set(response, types);
  return response;
}

/**
 * fastify-type-provider-zod's transform, plus an example of each problem code a response can carry (the transform
 * keeps only the schema of a response with its own media type; the schema itself is one shared component).
 */
export function openapiTransform(document: Parameters<typeof jsonSchemaTransform>[0]): ReturnType<typeof jsonSchemaTransform> {
  const transformed = jsonSchemaTransform(document);
  const declared = (document.schema?.response ?? {}) as Record<string, unknown>;
  const responses = (transformed.schema?.response ?? {}) as Record<string, { content?: Record<string, Record<string, unknown>> }>;
  for (const [status, response] of Object.entries(responses)) {
    const types = typesOf.get(declared[status] as ProblemResponse);
    const media = response.content?.[PROBLEM_MEDIA_TYPE];
    if (!types || !media) continue;
    media.examples = Object.fromEntries(types.map((type) => [type.code, { summary: type.title, value: exampleOf(type) }]));
  }
  return transformed;
}

/**
 * fastify-type-provider-zod's components, without the ones no operation refers to: each schema with an id comes in
 * an input and an output variant, and the problem+json body is only ever an output.
 */
export function openapiTransformObject(document: Parameters<typeof jsonSchemaTransformObject>[0]): ReturnType<typeof jsonSchemaTransformObject> {
  const object = jsonSchemaTransformObject(document) as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const schemas = object.components?.schemas ?? {};
  const referring = JSON.stringify(object.paths ?? {});
  for (const name of Object.keys(schemas)) {
    if (!referring.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  }
  return object as ReturnType<typeof jsonSchemaTransformObject>;
}

/** The problem+json answers for these problem types, one per status, each naming its codes. */
export function problemResponses(...types: ProblemType[]): Record<number, ProblemResponse> {
  const byStatus = new Map<number, ProblemType[]>();
  for (const type of types) {
    const same = byStatus.get(type.status) ?? [];
    if (!same.some((known) => known.code === type.code)) same.push(type);
    byStatus.set(type.status, same);
  }
  return Object.fromEntries([...byStatus].map(([status, same]) => [status, responseFor(same)]));
}

/**
 * Adds problems to a route's documented answers (from an `onRoute` hook), merging them with the ones the route
 * declares for the same status. Hidden routes and routes without a schema are left alone.
 */
export function documentProblems(route: { schema?: FastifySchema | undefined }, types: ProblemType[]): void {
  if (!route.schema || route.schema.hide || types.length === 0) return;
  const responses = { ...((route.schema.response ?? {}) as Record<string, unknown>) };
  for (const [status, added] of Object.entries(problemResponses(...types))) {
    const declared = responses[status] as ProblemResponse | undefined;
    const known = declared ? typesOf.get(declared) : undefined;
    if (declared && !known) continue; // a route's own non-problem answer for that status (e.g. readiness' 503) wins
    responses[status] = known ? problemResponses(...known, ...typesOf.get(added)!)[Number(status)] : added;
  }
  route.schema = { ...route.schema, response: responses };
}
