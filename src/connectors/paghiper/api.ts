import type { ConnectorContext } from '../sdk/client.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { callProvider } from '../sdk/provider-http.ts';
import type { PaghiperMethod } from './mapping.ts';
import type { PaghiperConfig, PaghiperCredentials } from './types.ts';

export type PaghiperContext = ConnectorContext<PaghiperCredentials, PaghiperConfig>;
export type PaghiperOperation = 'create' | 'status' | 'cancel' | 'notification' | 'list';

const PATH_PREFIX: Record<PaghiperMethod, string> = { boleto: '/transaction', pix: '/invoice' };
const ENVELOPE: Record<Exclude<PaghiperOperation, 'create'>, string> = {
  status: 'status_request',
  cancel: 'cancellation_request',
  notification: 'status_request',
  list: 'transaction_list_request',
};
/** The key PagHiper wraps an operation's answer in (create differs by method). */
function envelopeName(method: PaghiperMethod, operation: PaghiperOperation): string {
  if (operation === 'create') return method === 'pix' ? 'pix_create_request' : 'create_request';
  return ENVELOPE[operation];
}
const BAD_CREDENTIALS = /token ou apikey inv[aá]lid/i;

export interface CallOptions {
  timeoutMs?: number;
}

/** Replaces our own apiKey and token wherever they appear in text we are about to put in an error. */
export function scrub(text: string, credentials: PaghiperCredentials): string {
  let out = text;
  for (const secret of [credentials.token, credentials.apiKey]) if (secret) out = out.split(secret).join('[REDACTED]');
  return out;
}

function rescrub(error: ProviderError, credentials: PaghiperCredentials): ProviderError {
  const { providerMessage } = error.details;
  return new ProviderError(error.kind, scrub(error.message, credentials), {
    ...error.details,
    ...(providerMessage !== undefined ? { providerMessage: scrub(providerMessage, credentials) } : {}),
  });
}

/**
 * One authenticated PagHiper call: POST JSON with apiKey and token in the body, then the envelope's fields, checked by
 * `result` (PagHiper rejects with 200, 401 and 405 alike). 401 or "token ou apiKey inválidos" → auth; any other reject →
 * rejected with PagHiper's response_message; a success without the envelope → bad_response. Transport failures come
 * from callProvider (timeout, unavailable, rate_limited, bad_response). No error carries the apiKey or the token.
 */
export async function paghiperCall(
  context: PaghiperContext,
  method: PaghiperMethod,
  operation: PaghiperOperation,
  fields: Record<string, unknown>,
  options: CallOptions = {},
): Promise<Record<string, unknown>> {
  const base = context.baseUrls[method];
  if (!base) throw new ProviderError('bad_response', `No base URL for the PagHiper ${method} API`);
  const { apiKey, token } = context.credentials;
  const where = `${method} ${operation}`;
  let response;
  try {
    response = await callProvider({
      method: 'POST',
      url: `${base.replace(/\/+$/, '')}${PATH_PREFIX[method]}/${operation}/`,
      headers: { 'accept-charset': 'UTF-8' },
      json: { ...fields, apiKey, token },
      timeoutMs: options.timeoutMs,
    });
  } catch (error) {
    throw error instanceof ProviderError ? rescrub(error, context.credentials) : error;
  }
  const expected = envelopeName(method, operation);
  const envelope = envelopeOf(response.body, expected);
  const message = typeof envelope?.response_message === 'string' ? scrub(envelope.response_message, context.credentials) : undefined;
  if (response.status === 401 || (message !== undefined && BAD_CREDENTIALS.test(message))) {
    throw new ProviderError('auth', `PagHiper ${where}: the apiKey or token was refused`, { status: response.status, providerMessage: message });
  }
  if (response.status >= 500) {
    // callProvider throws on 5xx only when the body is not JSON; a JSON 5xx is just as much an outage.
    throw new ProviderError('unavailable', `PagHiper ${where} answered ${response.status}`, { status: response.status, providerMessage: message });
  }
  if (!envelope) {
    throw new ProviderError('bad_response', `PagHiper ${where} answered ${response.status} without ${expected}`, { status: response.status });
  }
  if (envelope.result === 'reject') {
    throw new ProviderError('rejected', `PagHiper ${where} rejected: ${message ?? 'no message'}`, { status: response.status, providerMessage: message });
  }
  if (envelope.result !== 'success') {
    throw new ProviderError('bad_response', `PagHiper ${where} answered result ${JSON.stringify(envelope.result)}`, { status: response.status });
  }
  return envelope;
}

/** The expected envelope, or the only object in the body that carries a `result` (PagHiper's errors keep the shape). */
function envelopeOf(body: unknown, expected: string): Record<string, unknown> | null {
  if (!isObject(body)) return null;
  const direct = body[expected];
  if (isObject(direct)) return direct;
  const candidates = Object.values(body).filter((value): value is Record<string, unknown> => isObject(value) && 'result' in value);
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
