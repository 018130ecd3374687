import type { JsonSchema } from './openapi-operations.ts';
import type { SeededRandom } from './seeded-random.ts';

/** What the fuzz knows of the server's data: valid tokens and ids, so that requests reach handlers and queries. */
export interface FuzzFixtures {
  adminToken: string;
  customerToken: string;
  /** Valid values by parameter or field name: the first for normal calls, the last for destructive ones. */
  values: Record<string, string[]>;
  /** Sandbox credentials of the connector named by `values.connector`. */
  credentials: Record<string, string>;
}

export interface SampleContext {
  fixtures: FuzzFixtures;
  random: SeededRandom;
  /** Pick the throw-away fixture (for DELETE, revoke, cancel) so the kept ones stay usable. */
  destructive: boolean;
}

const typeOf = (schema: JsonSchema): string | undefined => (Array.isArray(schema.type) ? schema.type[0] : schema.type);

export function fixtureValue(name: string, context: SampleContext): string | undefined {
  const values = context.fixtures.values[name];
  if (!values || values.length === 0) return undefined;
  return context.destructive ? values[values.length - 1] : values[0];
}

// Values a schema alone cannot give: what makes a request valid in Ponte and cheap to serve.
function hinted(name: string, context: SampleContext): unknown {
  const { random } = context;
  switch (name) {
    case 'credentials':
      return { ...context.fixtures.credentials };
    case 'config':
      return {};
    case 'email':
      return `fuzz-${random.word(8)}@example.com`;
    case 'emailTo':
      return [`fuzz-${random.word(6)}@example.com`];
    // The test's receiver, which counts what is sent; else a closed local port, so a test send fails at once.
    case 'webhookUrl':
      return fixtureValue('webhookUrl', context) ?? 'http://127.0.0.1:9/fuzz';
    case 'users':
      return [];
    case 'eventType':
      return 'payment.created';
    case 'name':
      return `Fuzz ${random.word(6)}`;
    case 'environment':
      return 'sandbox';
    case 'role':
      return 'agent';
    case 'from':
    case 'to':
      return new Date(Date.UTC(2026, 0, random.int(1, 28))).toISOString();
    default:
      return fixtureValue(name, context);
  }
}

/** A value that the schema accepts (and Ponte most likely too), for a field or parameter called `name`. */
export function validSample(schema: JsonSchema, name: string, context: SampleContext, depth = 0): unknown {
  const hint = hinted(name, context);
  if (hint !== undefined) return hint;
  if (schema.enum && schema.enum.length > 0) return context.random.pick(schema.enum);
  if (schema.default !== undefined) return schema.default;
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return validSample(variant, name, context, depth + 1);
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 10, 10));
    case 'boolean':
      return context.random.chance(0.5);
    case 'array': {
      const length = schema.minItems ?? 0;
      return Array.from({ length }, () => validSample(schema.items ?? {}, name, context, depth + 1));
    }
    case 'object':
      return depth > 4 ? {} : validObject(schema, context, depth);
    case 'string':
      if (schema.format === 'date-time') return new Date(Date.UTC(2026, 0, 1)).toISOString();
      if (schema.format === 'email') return `fuzz-${context.random.word(8)}@example.com`;
      if (schema.format === 'uri') return 'http://127.0.0.1:9/fuzz';
      return 'fuzz'.padEnd(Math.max(schema.minLength ?? 0, 4), 'z');
    default:
      return 'fuzz';
  }
}

// A password makes the server run scrypt (128 MiB, about 0.3 s): rare, so the fuzz stays fast on two cores.
const OPTIONAL_FIELD_CHANCE: Record<string, number> = { password: 0.05, user: 0 };

function validObject(schema: JsonSchema, context: SampleContext, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const include = required.has(key) || context.random.chance(OPTIONAL_FIELD_CHANCE[key] ?? 0.35);
    if (include) out[key] = validSample(property, key, context, depth + 1);
  }
  return out;
}
