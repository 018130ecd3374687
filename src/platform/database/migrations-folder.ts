import { fileURLToPath } from 'node:url';

/** Drizzle's SQL migrations and their journal (src/ and dist/ sit at the same depth, so the path is the same). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));
