/**
 * What one automatic check concluded (the support desk's diagnostics): pass, fail or unknown (the data to decide was
 * not there), with the data it saw, so an agent can tell why and the finding can be kept as evidence.
 */
export const FINDING_OUTCOMES = ['pass', 'fail', 'unknown'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

/** The checks of the partner API support procedure, in the order they run and are shown. */
export const FINDING_CHECKS = [
  'key_exists',
  'key_active',
  'key_environment',
  'user_exists',
  'user_active',
  'user_linked_to_key',
  'key_users',
  'token',
  'business_hours',
  'maintenance_window',
  'version',
  'syntax',
  'neighbourhood',
] as const;
export type FindingCheck = (typeof FINDING_CHECKS)[number];

export interface Finding {
  check: FindingCheck;
  outcome: FindingOutcome;
  /** What was found, for agents, in both languages (pt-BR first): "A chave é de sandbox; a chamada foi para produção". */
  summary: { 'pt-BR': string; en: string };
  /** What the check saw (timestamps as ISO strings, keys masked): the numbers behind the summary. */
  data: Record<string, unknown>;
  /** The guide section that explains it: a path under /docs/guides with its anchor, e.g. `environments#key-environment`. */
  guide?: string | undefined;
}
