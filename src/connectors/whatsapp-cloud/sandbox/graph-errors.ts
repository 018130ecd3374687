import type { FastifyReply } from 'fastify';

/**
 * The Graph API errors the sandbox answers, by code (providers.md §6): the HTTP status, the `type` and the default
 * message. Messages start with `(#code)` as Meta's do; clients must build logic on `code` and `error_data.details`,
 * never on this text.
 */
export const GRAPH_ERRORS = {
  1: { status: 500, type: 'OAuthException', message: 'An unknown error occurred' },
  2: { status: 503, type: 'OAuthException', message: 'Service temporarily unavailable' },
  4: { status: 429, type: 'OAuthException', message: '(#4) Application request limit reached' },
  10: { status: 403, type: 'OAuthException', message: '(#10) Application does not have permission for this action' },
  100: { status: 400, type: 'OAuthException', message: '(#100) Invalid parameter' },
  190: { status: 401, type: 'OAuthException', message: 'Invalid OAuth access token - Cannot parse access token' },
  80007: { status: 429, type: 'OAuthException', message: '(#80007) Rate limit issues' },
  130429: { status: 429, type: 'OAuthException', message: '(#130429) Rate limit hit' },
  131000: { status: 500, type: 'OAuthException', message: '(#131000) Something went wrong' },
  131001: { status: 500, type: 'OAuthException', message: '(#131001) Temporary error, try again later' },
  131002: { status: 503, type: 'OAuthException', message: '(#131002) Temporary error, try again later' },
  131008: { status: 400, type: 'OAuthException', message: '(#131008) Required parameter is missing' },
  131009: { status: 400, type: 'OAuthException', message: '(#131009) Parameter value is not valid' },
  131016: { status: 503, type: 'OAuthException', message: '(#131016) Service unavailable' },
  131026: { status: 400, type: 'OAuthException', message: '(#131026) Message undeliverable' },
  131047: {
    status: 400,
    type: 'OAuthException',
    message: '(#131047) Re-engagement message: more than 24 hours have passed since the recipient last replied to the sender number',
  },
  131056: { status: 429, type: 'OAuthException', message: '(#131056) (Business Account, Consumer Account) pair rate limit hit' },
  132000: { status: 400, type: 'OAuthException', message: '(#132000) Number of parameters does not match the expected number of params' },
  132001: { status: 404, type: 'OAuthException', message: '(#132001) Template name does not exist in the translation' },
} as const satisfies Record<number, { status: number; type: string; message: string }>;

export type GraphErrorCode = keyof typeof GRAPH_ERRORS;

export const isGraphErrorCode = (code: number): code is GraphErrorCode => Object.hasOwn(GRAPH_ERRORS, code);

export interface GraphErrorOverrides {
  status?: number;
  message?: string;
  subcode?: number;
  /** `error_data.details`, where Meta puts the machine-usable reason. */
  details?: string;
  retryAfterSeconds?: number;
}

let traceCounter = 0;

/** A made-up `fbtrace_id` (Meta's are opaque base64-ish strings, one per request). */
function fbtraceId(): string {
  traceCounter += 1;
  return `A${traceCounter.toString(36).padStart(10, '0')}SbX`;
}

/** Answers Graph's error envelope: `{error: {message, type, code, error_subcode?, error_data?, fbtrace_id}}`. */
export function sendGraphError(reply: FastifyReply, code: number, overrides: GraphErrorOverrides = {}) {
  const known = isGraphErrorCode(code) ? GRAPH_ERRORS[code] : undefined;
  const status = overrides.status ?? known?.status ?? 400;
  if (overrides.retryAfterSeconds !== undefined) reply.header('retry-after', String(overrides.retryAfterSeconds));
  if (status === 401) reply.header('www-authenticate', 'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token"');
  return reply.status(status).send({
    error: {
      message: overrides.message ?? known?.message ?? `(#${code}) Error`,
      type: known?.type ?? 'OAuthException',
      code,
      ...(overrides.subcode !== undefined ? { error_subcode: overrides.subcode } : {}),
      ...(overrides.details !== undefined ? { error_data: { messaging_product: 'whatsapp', details: overrides.details } } : {}),
      fbtrace_id: fbtraceId(),
    },
  });
}
