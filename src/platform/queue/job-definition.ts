import type { z } from 'zod';

/** A kind of job: its queue name, the shape of its data and its retry policy, declared once and typed end to end. */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  name: string;
  schema: Schema;
  /** Attempts after the first; the job goes to its dead-letter queue after the last. */
  retryLimit: number;
  /** Seconds before the first retry; doubled on each later attempt (with pg-boss's jitter). */
  retryDelaySeconds: number;
  /** How long one attempt may run before it is failed and retried (a worker that died holds it no longer). */
  expireInSeconds: number;
  /** pg-boss queue policy: `short` keeps at most one job waiting per singleton key. */
  policy: 'standard' | 'short';
}

export type JobData<Definition extends JobDefinition> = z.output<Definition['schema']>;

export function defineJob<Schema extends z.ZodType>(
  definition: Pick<JobDefinition<Schema>, 'name' | 'schema'> & Partial<JobDefinition<Schema>>,
): JobDefinition<Schema> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(definition.name)) {
    throw new Error(`Job name "${definition.name}" must look like "module.action"`);
  }
  return { retryLimit: 5, retryDelaySeconds: 10, expireInSeconds: 300, policy: 'standard', ...definition };
}

export function deadLetterQueueOf(name: string): string {
  return `${name}.dead`;
}
