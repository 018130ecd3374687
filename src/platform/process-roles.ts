/** What one Ponte process does: serve the API, run the job workers and the sync scheduler, or both. */
export const PROCESS_ROLES = ['api', 'worker', 'all'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];
