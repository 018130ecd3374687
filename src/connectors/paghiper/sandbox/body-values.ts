/** Readers for PagHiper request fields, which clients send as JSON numbers or strings alike (PHP sends both). */

export function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** A non-empty trimmed string, or a number written as one. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** An integer given as a JSON number or a string of digits; anything else is null. */
export function integer(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}
