import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { systemClock, type Clock } from '../../src/platform/clock.ts';

type Environment = 'sandbox' | 'production';

/** What Ponte's introspection answered for the caller's token (RFC 7662). */
interface Introspected {
  active: boolean;
  client_id?: string;
  sub?: string;
  jti?: string;
  environment?: Environment;
}

/** One row of the gateway's request log, as POST /v1/api-requests/batch takes it. */
export interface OperatorLogRow {
  at: string;
  requestId: string;
  apiKeyId: string | null;
  tokenId: string | null;
  userId: string | null;
  environment: Environment | null;
  method: string;
  route: string;
  path: string;
  status: number;
  latencyMs: number;
  problemCode: string | null;
  errorMessage: string | null;
  payload?: unknown;
}

export interface OperatorApi {
  /** Where partners call it: `${baseUrl}/v2/proposals`, `${baseUrl}/v1/contracts/:id`. */
  baseUrl: string;
  /** Rows logged and not yet posted to Ponte. */
  pending(): OperatorLogRow[];
  /** Posts the pending rows to Ponte in one batch; throws with Ponte's answer when it refuses them. */
  flush(): Promise<void>;
  /** Flushes, then stops listening. */
  close(): Promise<void>;
}

interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  field?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Introspected;
  }
}

const CONTRACTS = new Map([['ctr_1001', { id: 'ctr_1001', status: 'active', installments: 24, amount: 15000 }]]);

/** The proposal's rules, checked by hand so the answer names the field as a real operator API would. */
function proposalProblem(body: unknown): Problem | null {
  const proposal = (body ?? {}) as Record<string, unknown>;
  const invalid = (field: string, detail: string): Problem => ({ status: 422, code: 'proposal_invalid', title: 'The proposal is not valid', detail, field: `body.${field}` });
  if (typeof proposal.cpf !== 'string' || !/^\d{11}$/.test(proposal.cpf)) return invalid('cpf', 'cpf must be 11 digits');
  if (typeof proposal.amount !== 'number' || !(proposal.amount > 0)) return invalid('amount', 'amount must be a positive number');
  if (!Number.isInteger(proposal.installments) || (proposal.installments as number) < 1 || (proposal.installments as number) > 96) {
    return invalid('installments', 'installments must be an integer from 1 to 96');
  }
  return null;
}

/**
 * A tiny operator API ("crédito" partner API, v1 and v2) behind Ponte's authentication, for tests: it authenticates
 * each caller by introspecting the bearer token at Ponte with its gateway credential, answers problem+json on
 * failures, and keeps a request log it posts to Ponte in batches (on demand and when closed).
 */
export async function startOperatorApi(options: {
  ponteUrl: string;
  /** The gateway key: its id (client_id) and the key (client_secret). */
  gateway: { id: string; key: string };
  /** The environment this deployment serves: tokens of the other are refused (api_key_wrong_environment). */
  environment: Environment;
  clock?: Clock;
}): Promise<OperatorApi> {
  const clock = options.clock ?? systemClock;
  const basic = `Basic ${Buffer.from(`${encodeURIComponent(options.gateway.id)}:${encodeURIComponent(options.gateway.key)}`).toString('base64')}`;
  let rows: OperatorLogRow[] = [];
  const problems = new WeakMap<FastifyRequest, Problem>();
  const app = Fastify({ genReqId: (request) => (typeof request.headers['x-request-id'] === 'string' ? request.headers['x-request-id'] : randomUUID()) });

  const answerProblem = (request: FastifyRequest, reply: FastifyReply, problem: Problem) => {
    problems.set(request, problem);
    const { status, code, title, detail, field } = problem;
    return reply
      .status(status)
      .type('application/problem+json')
      .send({ type: `https://operadora.example/problems/${code}`, title, status, code, detail, requestId: request.id, ...(field ? { field } : {}) });
  };

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) return answerProblem(request, reply, { status: 401, code: 'unauthenticated', title: 'An access token is required', detail: 'Send Authorization: Bearer <token> from Ponte' });
    const response = await fetch(`${options.ponteUrl}/v1/auth/introspect`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: match[1]!, token_type_hint: 'access_token' }).toString(),
    });
    if (!response.ok) throw new Error(`Ponte refused the gateway's introspection: ${response.status} ${await response.text()}`);
    const caller = (await response.json()) as Introspected;
    if (!caller.active) return answerProblem(request, reply, { status: 401, code: 'token_invalid', title: 'The access token is not valid', detail: 'The token is unknown, expired or revoked; get a new one from Ponte' });
    request.caller = caller;
    if (caller.environment !== options.environment) {
      return answerProblem(request, reply, {
        status: 403,
        code: 'api_key_wrong_environment',
        title: 'The API key belongs to the other environment',
        detail: `This token is for ${caller.environment}; this is the ${options.environment} API`,
      });
    }
  });

  app.setNotFoundHandler((request, reply) => answerProblem(request, reply, { status: 404, code: 'route_not_found', title: 'There is no such route', detail: `${request.method} ${request.url.split('?')[0]} does not exist` }));
  app.setErrorHandler((error, request, reply) =>
    answerProblem(request, reply, { status: 500, code: 'internal_error', title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) }),
  );

  app.post('/v2/proposals', async (request, reply) => {
    const problem = proposalProblem(request.body);
    if (problem) return answerProblem(request, reply, problem);
    return reply.status(201).send({ id: `prp_${randomUUID().slice(0, 8)}`, status: 'received' });
  });
  app.get<{ Params: { id: string } }>('/v1/contracts/:id', async (request, reply) => {
    const contract = CONTRACTS.get(request.params.id);
    if (!contract) return answerProblem(request, reply, { status: 404, code: 'contract_not_found', title: 'The contract does not exist', detail: `No contract ${request.params.id}`, field: 'params.id' });
    return contract;
  });

  // Logged as the answer goes out (not after), so a caller that flushes right after its answer finds its row.
  app.addHook('onSend', async (request, reply, payload) => {
    const problem = problems.get(request);
    const failed = reply.statusCode >= 400;
    rows.push({
      at: clock.now().toISOString(),
      requestId: request.id,
      apiKeyId: request.caller?.client_id ?? null,
      tokenId: request.caller?.jti ?? null,
      userId: request.caller?.sub ?? null,
      environment: options.environment,
      method: request.method,
      route: request.routeOptions.url ?? request.url.split('?')[0]!,
      path: request.url.split('?')[0]!,
      status: reply.statusCode,
      latencyMs: Math.round(reply.elapsedTime),
      problemCode: problem?.code ?? null,
      errorMessage: problem?.detail ?? null,
      ...(failed ? { payload: { query: request.query ?? null, body: request.body ?? null } } : {}),
    });
    return payload;
  });

  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  const flush = async () => {
    if (rows.length === 0) return;
    const batch = rows;
    rows = [];
    const response = await fetch(`${options.ponteUrl}/v1/api-requests/batch`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: batch }),
    });
    if (!response.ok) {
      rows = [...batch, ...rows];
      throw new Error(`Ponte refused the request-log batch: ${response.status} ${await response.text()}`);
    }
  };

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pending: () => [...rows],
    flush,
    async close() {
      await app.close();
      await flush();
    },
  };
}
