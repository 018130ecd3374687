import { errors, request } from 'undici';
import { redactText } from '../../platform/logging/redact.ts';
import { ProviderError } from './provider-error.ts';
import { currentGate } from './resilience/call-gate.ts';

export interface ProviderRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON unless `form` or `raw` is given. */
  json?: unknown;
  form?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  /** Milliseconds for the whole call (default 15 s). */
  timeoutMs?: number;
}

export interface ProviderResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body parsed as JSON, or null when it is empty (or, on a 401 or 403, not JSON). */
  body: unknown;
  text: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function retryAfterSeconds(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * One provider call over undici, with a timeout, the body parsed as JSON, and failures turned into ProviderError:
 * timeouts and connection errors, 429 (with Retry-After), 5xx without a JSON body, and bodies that are not JSON
 * (except on 401 and 403, answered with `body: null` and the text). Other statuses (a 5xx with a JSON body included) are
 * returned, because providers put meaning in them differently (PagHiper answers errors with 200, Ticket Log with 500).
 */
export async function callProvider(call: ProviderRequest): Promise<ProviderResponse> {
  const url = new URL(call.url);
  for (const [key, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
  // The call gate of the current async context (rate limits, circuit breakers, maintenance windows), if any.
  const gate = currentGate();
  if (!gate) return send(call, url);
  await gate.beforeCall(url);
  let response: ProviderResponse;
  try {
    response = await send(call, url);
  } catch (error) {
    if (error instanceof ProviderError) await gate.afterCall(url, error.kind, error);
    else await gate.afterCall(url, 'unavailable');
    throw error;
  }
  await gate.afterCall(url, 'success');
  return response;
}

async function send(call: ProviderRequest, url: URL): Promise<ProviderResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
  let body: string | undefined;
  if (call.form) {
    body = new URLSearchParams(call.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers['content-type'] ??= 'application/json;charset=UTF-8';
  }
  const timeoutMs = call.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let response;
  try {
    response = await request(url, { method: call.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError' || error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError;
    throw new ProviderError(timedOut ? 'timeout' : 'unavailable', `${call.method} ${url.host}${url.pathname} ${timedOut ? `timed out after ${timeoutMs} ms` : `failed: ${(error as Error).message}`}`);
  }
  let text: string;
  try {
    text = await response.body.text();
  } catch (error) {
    throw new ProviderError('timeout', `${call.method} ${url.host}${url.pathname}: the body did not arrive (${(error as Error).message})`);
  }
  const where = `${call.method} ${url.host}${url.pathname}`;
  if (response.statusCode === 429) {
    throw new ProviderError('rate_limited', `${where} answered 429`, { status: 429, retryAfterSeconds: retryAfterSeconds(response.headers['retry-after']), providerMessage: redactText(text.slice(0, 500)) });
  }
  let parsed: unknown = null;
  if (text.trim()) {
    try {
      parsed = JSON.parse(text);
    } catch {
      if (response.statusCode >= 500) throw new ProviderError('unavailable', `${where} answered ${response.statusCode}`, { status: response.statusCode, providerMessage: redactText(text.slice(0, 500)) });
      // A refusal keeps its meaning whatever the body: servers and proxies answer 401/403 with HTML pages (a servlet
      // container's "HTTP Status 401"), and the connector decides by the status (renew a token, ask for credentials).
      if (response.statusCode !== 401 && response.statusCode !== 403) {
        throw new ProviderError('bad_response', `${where} answered ${response.statusCode} with a body that is not JSON`, { status: response.statusCode, providerMessage: redactText(text.slice(0, 500)) });
      }
    }
  }
  return { status: response.statusCode, headers: response.headers, body: parsed, text };
}
