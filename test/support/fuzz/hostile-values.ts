import type { SeededRandom } from './seeded-random.ts';

/** Strings with NUL bytes, as a JSON body carries them (PostgreSQL refuses U+0000 in text and jsonb). */
export const NUL_STRINGS = ['\u0000', 'a\u0000b', 'fuzz\u0000', '\u0000\u0000\u0000', 'x@example.com\u0000'];

/** Percent-encoded NUL bytes for path segments and query values. */
export const NUL_ENCODED = ['%00', 'a%00b', 'int_%00', '%00%00%00', 'acc_%00x'];

/** Unicode that breaks naive code: lone surrogates, direction overrides, joiners, non-characters, astral planes. */
export const UNICODE_STRINGS = [
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '\u202eevil\u202c',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\ufeffbom',
  'zero\u200bwidth',
  'e\u0301\u0301\u0301',
  '\uffff\ufffe',
  '𝕏𝔽𝕦𝕫𝕫',
  'line\u2028sep\u2029',
  'ᴬᴰᴹᴵᴺ',
];

/** Percent-encoded text that is not UTF-8, not valid percent-encoding, or not what a router expects. */
export const HOSTILE_ENCODED = [
  '%',
  '%G1',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%2e%2e%2F%2e%2e%2Fetc%2Fpasswd',
  '..',
  '%2F',
  '%20',
  '%27%3B%20drop%20table%20accounts%3B--',
  '%E2%80%AE',
  '%F0%9F%92%A9',
  '*',
  '%5B%5D',
  '%7B%7D',
  '~',
  'null',
  'undefined',
  '%0D%0ASet-Cookie:x=1',
];

/** JSON values of every type, to put where the schema wants another. */
export const ANY_TYPE_VALUES: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  null,
  [],
  ['fuzz'],
  [1, [2, [3]]],
  {},
  { a: 1 },
  '',
  'fuzz',
  '12',
  'true',
];

/** Request bodies that are not JSON, or not quite. `{valid}` stands for a valid body of the route. */
export const BROKEN_JSON = [
  '{"a":',
  '{',
  '[',
  '}',
  '{"name": "fuzz"',
  '{valid}garbage',
  '{valid}{valid}',
  "{'name':'fuzz'}",
  '{name: "fuzz"}',
  'NaN',
  '{"a":1,}',
  '\ufeff{valid}',
  '{"a":"\\x00"}',
  '{"a":"\\u00"}',
  '{"a":1e999999}',
  '{"a":01}',
  '"unterminated',
  '{"a":tru}',
  '\u0000{valid}',
  '{valid}\u0000',
];

/** Bodies whose root is not an object. */
export const ROOT_VALUES = ['null', '[]', '[{}]', '"fuzz"', '42', 'true', '-0', '1e400'];

/** Content types a JSON route should refuse cleanly, or parse as JSON. */
export const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  'application/*',
  ';;;',
  'application/json;;;',
  'application/json, text/plain',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'application/problem+json',
  'application/octet-stream',
];

/** Text repeated to a length, without a recursion or an intermediate array per character. */
export function longText(length: number, unit = 'a'): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * JSON text nested `depth` levels deep, built by repetition so the generator itself cannot overflow its stack.
 * The server's parser, validators, serializers, the request log's redaction and the database may.
 */
export function deepJson(depth: number, random: SeededRandom): string {
  switch (random.int(0, 2)) {
    case 0:
      return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    case 1:
      return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    default:
      return `${'{"a":['.repeat(depth)}"\\u0000"${']}'.repeat(depth)}`;
  }
}

/** Bytes that are not UTF-8, inside a JSON string. */
export const INVALID_UTF8 = [Buffer.from([0xff, 0xfe]), Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from([0xc0, 0xaf])];

/** Encodes text byte by byte (lone surrogates become U+FFFD), where encodeURIComponent would throw. */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
