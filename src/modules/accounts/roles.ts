/** What a user may do. Kept apart from the table definitions so the CLI can list them cheaply. */
export const USER_ROLES = ['admin', 'agent', 'customer'] as const;
export type UserRole = (typeof USER_ROLES)[number];
