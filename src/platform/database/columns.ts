import { customType } from 'drizzle-orm/pg-core';
import { NUL_REPLACEMENT } from './nul-free-client.ts';

// A NUL as JSON.stringify writes it (`\u0000`), unless its backslash is itself escaped (an odd run of backslashes).
const ESCAPED_NUL = /(?<!\\)((?:\\\\)*)\\u0000/g;
const ESCAPED_REPLACEMENT = `$1\\u${NUL_REPLACEMENT.charCodeAt(0).toString(16)}`;

/** JSON text that jsonb accepts: PostgreSQL refuses `\u0000` anywhere in it, in a key or in a string. */
export function jsonWithoutNul(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\u0000') ? json.replace(ESCAPED_NUL, ESCAPED_REPLACEMENT) : json;
}

/**
 * Ponte's jsonb column: Drizzle's own, except that a NUL in the value (provider data, a request's query echoed into
 * the request log) is written as U+FFFD instead of failing the statement and every row that travels with it.
 */
export const jsonb = customType<{ data: unknown; driverData: string }>({
  dataType: () => 'jsonb',
  toDriver: jsonWithoutNul,
});
