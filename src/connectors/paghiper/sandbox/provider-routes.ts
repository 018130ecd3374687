import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChargeKind, Merchant } from './charges.ts';
import { listCharges } from './list-query.ts';
import { cancelCharge, chargeStatus, createCharge, notificationDetails, type ProviderCall } from './operations.ts';
import type { SandboxState } from './sandbox-state.ts';
import { envelopeOf, reject, type Operation, type ProviderReply } from './wire.ts';

/** Boleto lives under /transaction/ on api.paghiper.com, PIX under /invoice/ on pix.paghiper.com. */
const PATH_PREFIX: Record<ChargeKind, string> = { boleto: '/transaction', pix: '/invoice' };

const OPERATIONS: Record<Operation, (state: SandboxState, call: ProviderCall) => ProviderReply> = {
  create: createCharge,
  status: chargeStatus,
  cancel: cancelCharge,
  notification: notificationDetails,
  list: listCharges,
};

const MESSAGES = {
  methodNotAllowed: 'Request method must be POST',
  notJson: 'Content type must be: application/json',
  invalidJson: 'Received content contained invalid JSON',
  apiKeyMissing: 'apiKey não informada',
  tokenMissing: 'token não informado',
  badCredentials: 'token ou apiKey inválidos',
  unknownPath: 'Endpoint não encontrado',
} as const;

interface RouteConfig {
  kind: ChargeKind;
  operation: Operation;
}

/**
 * PagHiper's ten endpoints. Every method is routed so a GET gets PagHiper's 405 rather than Fastify's 404, and the
 * body is read as text so a wrong content type or broken JSON gets PagHiper's 405 rather than Fastify's 415 or 400.
 */
export async function providerRoutes(app: FastifyInstance, options: { state: SandboxState }): Promise<void> {
  const { state } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const config = request.routeOptions.config as Partial<RouteConfig>;
    const failure =
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? reject(MESSAGES.notJson, 405)
        : reject(error.message, error.statusCode && error.statusCode >= 400 ? error.statusCode : 500);
    return send(reply, config.kind ?? 'boleto', config.operation ?? 'status', failure);
  });

  // Any other path (a known one without its trailing slash included) gets PagHiper's reject envelope with a 404, not
  // Fastify's own body: a client that drops the slash must see the provider refuse it.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (path.startsWith('/_control')) return reply.status(404).send({ error: 'not_found', message: `No control route ${request.method} ${path}` });
    const { kind, operation } = routeNamedBy(path);
    return send(reply, kind, operation, reject(`${MESSAGES.unknownPath}: ${path}`, 404));
  });

  for (const kind of ['boleto', 'pix'] as const) {
    for (const operation of Object.keys(OPERATIONS) as Operation[]) {
      const config: RouteConfig = { kind, operation };
      app.all(`${PATH_PREFIX[kind]}/${operation}/`, { config }, async (request, reply) =>
        send(reply, kind, operation, handle(state, request, kind, operation)),
      );
    }
  }
}

function handle(state: SandboxState, request: FastifyRequest, kind: ChargeKind, operation: Operation): ProviderReply {
  if (request.method !== 'POST') return reject(MESSAGES.methodNotAllowed, 405);
  if (!isJson(request.headers['content-type'])) return reject(MESSAGES.notJson, 405);
  const body = parseBody(request.body);
  if (!body) return reject(MESSAGES.invalidJson, 405);
  // Create (boleto and PIX) needs only the apiKey: clients send no token there, and one sent is not checked.
  const tokenRequired = operation !== 'create';
  const auth = authenticate(state, body, tokenRequired, request.forceExpiredToken === true);
  if ('failure' in auth) return auth.failure;
  return OPERATIONS[operation](state, { kind, body, merchant: auth.merchant });
}

function authenticate(
  state: SandboxState,
  body: Record<string, unknown>,
  tokenRequired: boolean,
  forceExpired: boolean,
): { merchant: Merchant } | { failure: ProviderReply } {
  const { apiKey, token } = body;
  if (typeof apiKey !== 'string' || apiKey === '') return { failure: reject(MESSAGES.apiKeyMissing) };
  if (tokenRequired && (typeof token !== 'string' || token === '')) return { failure: reject(MESSAGES.tokenMissing) };
  const merchant = apiKey.startsWith('apk_') && apiKey.length <= 50 ? state.store.merchant(apiKey) : undefined;
  if (!merchant || forceExpired || (tokenRequired && token !== merchant.token)) {
    return { failure: reject(MESSAGES.badCredentials, 401) };
  }
  return { merchant };
}

const KIND_BY_PREFIX: Record<string, ChargeKind> = { transaction: 'boleto', invoice: 'pix' };

/**
 * The API and operation a path names, trailing slash or not (so `/transaction/list` is refused in the list's
 * envelope); a path naming none is answered in `status_request`, as the other errors without a route are.
 */
function routeNamedBy(path: string): RouteConfig {
  const [, prefix, operation] = /^\/(transaction|invoice)\/([a-z]+)\/?$/.exec(path) ?? [];
  const kind = prefix ? KIND_BY_PREFIX[prefix] : undefined;
  if (kind && operation && Object.hasOwn(OPERATIONS, operation)) return { kind, operation: operation as Operation };
  return { kind: 'boleto', operation: 'status' };
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The JSON object sent, {} for JSON that is not an object (so auth rejects it), or null when it is not JSON at all. */
function parseBody(raw: unknown): Record<string, unknown> | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return null;
  }
}

function send(reply: FastifyReply, kind: ChargeKind, operation: Operation, result: ProviderReply): FastifyReply {
  return reply
    .status(result.httpStatus)
    .type('application/json; charset=utf-8')
    .send({ [envelopeOf(kind, operation)]: result.fields });
}
