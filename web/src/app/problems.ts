import type { TFunction } from 'i18next';
import { ApiProblem } from '../api/client';

/**
 * What a person reads for a refused call: the app's own words for the problem codes it knows, in the chosen
 * language; otherwise words for the kind of refusal (by HTTP status). The server's own detail, in English and often
 * carrying a provider's words, is shown beside it by `problemDetail`.
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiProblem)) return t('common:problems.internal_error');
  const known = t(`common:problems.${error.code}`, { defaultValue: '' });
  if (known) return known;
  const status = error.status >= 500 ? '5xx' : String(error.status);
  return t(`common:problems.byStatus.${status}`, { defaultValue: error.problem.detail ?? error.problem.title });
}

/** The server's detail when the app had no words of its own for the code (it says what exactly was refused). */
export function problemDetail(error: unknown, t: TFunction): string | null {
  if (!(error instanceof ApiProblem) || t(`common:problems.${error.code}`, { defaultValue: '' })) return null;
  return error.problem.detail ?? null;
}

/** The server's messages by form field, for `form.setErrors` (Mantine): errors show next to their field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiProblem ? error.fieldErrors() : {};
}
