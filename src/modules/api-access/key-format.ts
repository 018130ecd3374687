import type { ApiEnvironment } from './schema.ts';
import { randomSecret } from '../../platform/crypto/secrets.ts';

/** Keys read `pk_sandbox_…` or `pk_production_…`: the environment shows at a glance, and in secret scanners. */
const API_KEY = /^pk_(sandbox|production)_[A-Za-z0-9_-]{43}$/;
const ACCESS_TOKEN = /^pat_[A-Za-z0-9_-]{43}$/;

export function generateApiKey(environment: ApiEnvironment): string {
  return `pk_${environment}_${randomSecret(32)}`;
}

/** The environment a well-formed key names, or null for text that is not a Ponte key. */
export function environmentOfKey(key: string): ApiEnvironment | null {
  const match = API_KEY.exec(key);
  return match ? (match[1] as ApiEnvironment) : null;
}

/** Enough of a key to tell it apart in a list, too little to use it. */
export function displayPrefixOf(key: string): string {
  return `${key.slice(0, key.indexOf('_', 3) + 5)}…`;
}

export function generateAccessToken(): string {
  return `pat_${randomSecret(32)}`;
}

export function isWellFormedAccessToken(token: string): boolean {
  return ACCESS_TOKEN.test(token);
}
