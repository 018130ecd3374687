import pg from 'pg';

/** What a NUL becomes on its way to the database: PostgreSQL cannot store NUL in text, json or jsonb. */
export const NUL_REPLACEMENT = '\uFFFD';

/** A query parameter as PostgreSQL can take it: a NUL in text becomes U+FFFD; other values pass as they are. */
export function withoutNul(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\0') ? value.replaceAll('\0', NUL_REPLACEMENT) : value;
}

const holdsNul = (value: unknown) => typeof value === 'string' && value.includes('\0');

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
      // A plain query config ({ text, values }), as Drizzle sends; submittables (cursors) keep their prototype. Every
      // query passes here: copy only in the rare case a value holds a NUL.
      if (first && typeof first === 'object' && 'values' in first && !('submit' in first)) {
        const { values } = first as { values: unknown };
        if (Array.isArray(values) && values.some(holdsNul)) return query({ ...(first as object), values: values.map(withoutNul) }, ...rest);
      } else if (Array.isArray(rest[0]) && rest[0].some(holdsNul)) {
        return query(first, rest[0].map(withoutNul), ...rest.slice(1));
      }
      return query(first, ...rest);
    }) as pg.Client['query'];
  }
}
