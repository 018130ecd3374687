import type { TFunction } from 'i18next';
import { ApiProblem } from '../api/client';

/**
 * What a person reads for a refused call: the app's own words for the problem codes it knows, in the chosen
 * language; otherwise the server's detail (the code is still named, for support).
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiProblem)) return t('common:problems.internal_error');
  const key = `common:problems.${error.code}`;
  const known = t(key, { defaultValue: '' });
  if (known) return known;
  return error.problem.detail ?? error.problem.title;
}

/** The server's messages by form field, for `form.setErrors` (Mantine): errors show next to their field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiProblem ? error.fieldErrors() : {};
}
