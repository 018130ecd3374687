import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi';

/** A problem+json answer (RFC 9457) as Ponte sends it: `code` is stable, `field`/`errors` name what to fix. */
export interface ProblemBody {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  requestId?: string;
  field?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** Thrown by `unwrap` for every refused call, so screens show one kind of error. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail ?? problem.title);
  }
  get code(): string {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
  /** The server's messages by form field (`body.config.pollIntervalMinutes` → `config.pollIntervalMinutes`). */
  fieldErrors(): Record<string, string> {
    const entries = this.problem.errors ?? (this.problem.field ? [{ field: this.problem.field, message: this.problem.detail ?? this.problem.title }] : []);
    return Object.fromEntries(entries.map((entry) => [entry.field.replace(/^(body|query|params)\./, ''), entry.message]));
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The CSRF token the session set as a readable cookie: echoed in a header on every write, as the server demands. */
function csrfToken(): string | null {
  const match = /(?:^|;\s*)ponte_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]!) : null;
}

const sessionHeaders: Middleware = {
  onRequest({ request }) {
    if (!UNSAFE_METHODS.has(request.method)) return request;
    const token = csrfToken();
    if (token) request.headers.set('x-csrf-token', token);
    return request;
  },
};

/** The typed client of Ponte's public API: the session cookie goes with every call (same origin). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionHeaders);

/** Turns an openapi-fetch result into its data, or throws the problem (a network failure becomes one too). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new ApiProblem({ title: 'Network error', status: 0, code: 'network_error', detail: error instanceof Error ? error.message : String(error) });
  }
  if (result.response.ok) return result.data as T;
  const body = result.error as Partial<ProblemBody> | undefined;
  throw new ApiProblem({
    title: body?.title ?? result.response.statusText,
    status: result.response.status,
    code: body?.code ?? 'http_error',
    ...body,
  } as ProblemBody);
}
