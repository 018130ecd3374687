import pg from 'pg';

/** What a NUL becomes on its way to the database: PostgreSQL cannot store NUL in text, json or jsonb. */
export const NUL_REPLACEMENT = '\uFFFD';

/** A query parameter as PostgreSQL can take it: a NUL in text becomes U+FFFD; other values pass as they are. */
export function withoutNul(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\0') ? value.replaceAll('\0', NUL_REPLACEMENT) : value;
}

const cleanValues = (values: unknown): unknown => (Array.isArray(values) ? values.map(withoutNul) : values);

/**
 * The pg client every Ponte pool uses. Text from outside (a provider's answer, a header echoed into a record) may
 * hold a NUL byte, which PostgreSQL refuses with an error that fails the whole statement: one poisoned row would sink
 * the batch it travels in. Cleaning parameters here, the one seam every query passes, keeps any caller from forgetting.
 * (jsonb values are cleaned where they are written as JSON: see `columns.ts`.)
 */
export class NulFreeClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((first: unknown, ...rest: unknown[]) => {
      // A plain query config ({ text, values }), as Drizzle sends; submittables (cursors) keep their prototype.
      if (first && typeof first === 'object' && 'values' in first && !('submit' in first)) {
        return query({ ...(first as object), values: cleanValues((first as { values: unknown }).values) }, ...rest);
      }
      if (Array.isArray(rest[0])) return query(first, cleanValues(rest[0]), ...rest.slice(1));
      return query(first, ...rest);
    }) as pg.Client['query'];
  }
}
