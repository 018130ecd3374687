import { DrizzleQueryError } from 'drizzle-orm/errors';

/**
 * What a failed query says, without its parameters. Drizzle's error message carries the statement's parameters
 * (a whole batch of request-log rows, a user's e-mail, a sealed secret); nothing that is logged, stored as a run's
 * error or shown to a person may carry them.
 */
export function describeError(error: unknown): string {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause as { code?: string; message?: string } | undefined;
    return `database error${cause?.code ? ` ${cause.code}` : ''}: ${cause?.message ?? 'the query failed'}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The SQLSTATE of a failed query (`22021`, `23505`, …), when the database answered. */
export function sqlStateOf(error: unknown): string | undefined {
  const cause = error instanceof DrizzleQueryError ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Whether the database refused the data itself (SQLSTATE classes 22, data exception, and 23, integrity constraint),
 * so that the same rows will fail again however often they are retried; other failures (a lost connection, a
 * restart) pass.
 */
export function isDataRefusal(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && (state.startsWith('22') || state.startsWith('23'));
}

/** The error as a logger may write it: a failed query keeps its SQLSTATE and call stack, never its parameters. */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const safe = new Error(describeError(error));
  safe.name = 'DrizzleQueryError';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  safe.stack = [`${safe.name}: ${safe.message}`, ...frames].join('\n');
  return Object.assign(safe, { code: sqlStateOf(error) });
}
