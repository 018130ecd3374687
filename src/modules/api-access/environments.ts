/** The environments an API key works in. Kept apart from the table definitions so the CLI can list them cheaply. */
export const ENVIRONMENTS = ['sandbox', 'production'] as const;
export type ApiEnvironment = (typeof ENVIRONMENTS)[number];
