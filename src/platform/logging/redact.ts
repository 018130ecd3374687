/** Field names whose values are secrets wherever they appear. */
const SECRET_FIELD = /(pass(word)?|secret|token|api_?key|authorization|cookie|credential|chave|senha|private_?key)/i;

/** Our own secret formats, caught even inside free text (a key pasted into a message, a header echoed back). */
const SECRET_TEXT = /\b(pk_(?:sandbox|production)_[A-Za-z0-9_-]{8,}|pat_[A-Za-z0-9_-]{16,}|Bearer\s+[A-Za-z0-9._~+/=-]{8,})/g;

export const REDACTED = '[REDACTED]';

/**
 * The user and password of a URL (`https://user:pass@host`). The scheme's length is bounded (RFC 3986 allows any,
 * real ones are short): unbounded, a long run of letters and dots without `://` made the match quadratic.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^/?#\s@]+@/gi;

export function redactText(text: string): string {
  return text.replace(SECRET_TEXT, REDACTED).replace(URL_USERINFO, `$1${REDACTED}@`);
}

/** A deep copy of `value` with every secret-named field and every secret-looking string replaced. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 12) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = SECRET_FIELD.test(key) && inner !== null && inner !== undefined ? REDACTED : redactSecrets(inner, depth + 1);
    }
    return out;
  }
  return value;
}
