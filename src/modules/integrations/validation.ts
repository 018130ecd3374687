import type { z } from 'zod';
import { CONNECTORS } from '../../connectors/catalog.ts';
import type { ConnectorManifest } from '../../connectors/sdk/manifest.ts';
import { type FieldError, Problem, platformProblems } from '../../platform/http/problems.ts';

/** Parses `value` with a manifest schema; a failure names each field (`body.config.syncIntervalMinutes`) and its bound. */
export function parseFields<Schema extends z.ZodType>(schema: Schema, value: unknown, prefix: string): z.output<Schema> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const errors: FieldError[] = parsed.error.issues.flatMap((issue) => {
    const keys = (issue as { keys?: string[] }).keys;
    if (issue.code === 'unrecognized_keys' && keys) return keys.map((key) => ({ field: [prefix, ...issue.path, key].join('.'), message: 'is not a known field' }));
    return [{ field: [prefix, ...issue.path.map(String)].join('.'), message: issue.message }];
  });
  throw new Problem(platformProblems.validation_failed, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { field: errors[0]?.field, errors });
}

export function manifestFor(connector: string): ConnectorManifest {
  const manifest = CONNECTORS[connector];
  if (!manifest) {
    throw new Problem(platformProblems.validation_failed, `body.connector: must be one of ${Object.keys(CONNECTORS).join(', ')}`, {
      field: 'body.connector',
      errors: [{ field: 'body.connector', message: `must be one of ${Object.keys(CONNECTORS).join(', ')}` }],
    });
  }
  return manifest;
}
