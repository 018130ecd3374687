/**
 * Problem types (RFC 9457). Each module declares its own in `errors.ts` with `defineProblems`; every code is
 * registered here once, so codes stay unique and the full list can be documented and tested.
 */
export interface ProblemType<Code extends string = string> {
  code: Code;
  status: number;
  title: string;
}

const registry = new Map<string, ProblemType>();

export function defineProblems<const Definitions extends Record<string, { status: number; title: string }>>(
  definitions: Definitions,
): { [Code in keyof Definitions & string]: ProblemType<Code> } {
  const out: Record<string, ProblemType> = {};
  for (const [code, definition] of Object.entries(definitions)) {
    if (registry.has(code)) throw new Error(`Problem code "${code}" is declared twice`);
    if (!/^[a-z][a-z0-9_]*$/.test(code)) throw new Error(`Problem code "${code}" must be snake_case`);
    const type = { code, ...definition };
    registry.set(code, type);
    out[code] = type;
  }
  return out as { [Code in keyof Definitions & string]: ProblemType<Code> };
}

export function registeredProblems(): ProblemType[] {
  return [...registry.values()];
}

export interface FieldError {
  /** Where the value was: `body.name`, `query.limit`, `params.id`, `header.authorization`. */
  field: string;
  message: string;
}

/** An expected failure with a declared type; the HTTP layer turns it into problem+json. */
export class Problem extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail?: string,
    readonly extensions: { field?: string; errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail ?? type.title);
    this.name = 'Problem';
  }
}

/** Where the guides are served; the problems page has one section per registered code (see guides.ts). */
export const GUIDES_PATH = '/docs/guides';
const PROBLEMS_GUIDE_PATH = `${GUIDES_PATH}/problems`;

/**
 * A problem's `type` URI: its code's section in the problems guide on this Ponte (`<publicUrl>/docs/guides/problems#<code>`),
 * so the link in any error answer opens the cause and the fix.
 */
export function problemTypeUri(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${PROBLEMS_GUIDE_PATH}#${code}`;
}

export const platformProblems = defineProblems({
  validation_failed: { status: 400, title: 'The request is not valid' },
  bad_request: { status: 400, title: 'The request is malformed' },
  request_timeout: { status: 408, title: 'The request took too long to arrive' },
  uri_too_long: { status: 414, title: 'The URL is too long' },
  header_too_large: { status: 431, title: 'The request headers are too large' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  unsupported_media_type: { status: 415, title: 'The request body must be JSON' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  route_not_found: { status: 404, title: 'There is no such route' },
  method_not_allowed: { status: 405, title: 'The method is not allowed on this route' },
  not_found: { status: 404, title: 'The resource does not exist' },
  unauthenticated: { status: 401, title: 'An access token is required' },
  forbidden: { status: 403, title: 'Your role does not allow this action' },
  conflict: { status: 409, title: 'The resource already exists' },
  too_many_requests: { status: 429, title: 'Too many refused attempts: wait before trying again' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  service_unavailable: { status: 503, title: 'The service is not ready' },
});
