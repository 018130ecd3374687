import { customType } from 'drizzle-orm/pg-core';
import { NUL_REPLACEMENT } from './nul-free-client.ts';

// What jsonb refuses, as JSON.stringify writes it: a NUL (`\u0000`) and a lone surrogate (`\ud800`; JSON.stringify
// writes paired ones as characters, so any escaped one is alone), unless the backslash is itself escaped.
const REFUSED_ESCAPE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/gi;
const ESCAPED_REPLACEMENT = `$1\\u${NUL_REPLACEMENT.charCodeAt(0).toString(16)}`;

/** JSON text that jsonb accepts: PostgreSQL refuses `\u0000` and lone surrogates anywhere in it, keys or strings. */
function jsonbText(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\u') ? json.replace(REFUSED_ESCAPE, ESCAPED_REPLACEMENT) : json;
}

/**
 * Ponte's jsonb column: Drizzle's own, except that a NUL or a lone surrogate in the value (provider data, a request's
 * query echoed into the request log) is written as U+FFFD instead of failing the statement and every row beside it.
 */
export const jsonb = customType<{ data: unknown; driverData: string }>({
  dataType: () => 'jsonb',
  toDriver: jsonbText,
});
