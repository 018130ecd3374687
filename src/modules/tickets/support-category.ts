import type { TicketCategory } from './schema.ts';

/** Problem codes of Ponte's own API (api-access, platform) and the procedure's category each points to. */
const CATEGORY_OF_PROBLEM: Record<string, TicketCategory> = {
  api_key_unknown: 'invalid_api_key',
  api_key_revoked: 'invalid_api_key',
  api_key_wrong_environment: 'invalid_api_key',
  api_key_not_found: 'invalid_api_key',
  token_expired: 'access_token',
  token_invalid: 'access_token',
  token_malformed: 'access_token',
  unauthenticated: 'access_token',
  user_required: 'key_user_confusion',
  user_not_linked_to_key: 'key_user_confusion',
  user_not_found: 'key_user_confusion',
  route_not_found: 'api_question',
  method_not_allowed: 'api_question',
  validation_failed: 'api_question',
};

/**
 * Words partners write (pt-BR and en, compared without accents), in the order they are tried: the more specific
 * first (asking for a key before a key problem, a key's user before the key).
 */
const TEXT_RULES: ReadonlyArray<{ category: TicketCategory; words: RegExp }> = [
  { category: 'key_request', words: /\b(nova chave|solicitar (uma )?chave|pedir (uma )?chave|gerar (uma )?chave|new (api )?key|request (an? )?(api )?key)\b/ },
  { category: 'key_user_confusion', words: /\b(usuario|user)\b.*\b(chave|key)\b|\b(chave|key)\b.*\b(usuario|user)\b/ },
  { category: 'off_hours_error', words: /\b(madrugada|fora do horario|de noite|a noite|fim de semana|off[- ]hours|after hours|overnight|at night|weekend)\b/ },
  { category: 'access_token', words: /\b(token|expirou|expirado|expired|12 ?h(oras|ours)?)\b/ },
  { category: 'invalid_api_key', words: /\b(chave|api key|homologacao|producao|ambiente|sandbox|production|environment)\b/ },
  { category: 'product_question', words: /\b(v2|versao 2|version 2|produto|product)\b/ },
  { category: 'bug', words: /\b(bug|defeito|falha no sistema)\b/ },
  { category: 'unexplained_error', words: /\b(erro|error|falha|failure|500)\b/ },
];

const plain = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The category a new support ticket probably is, for the agent to confirm or change: from the problem code of the
 * failed request when there is one (what Ponte answered is more reliable than how it is told), a server error as
 * unexplained, then from the words of the subject and description; a plain question otherwise.
 */
export function suggestCategory(input: { problemCode?: string | null | undefined; status?: number | null | undefined; text: string }): TicketCategory {
  const byProblem = input.problemCode ? CATEGORY_OF_PROBLEM[input.problemCode] : undefined;
  if (byProblem) return byProblem;
  if (input.status !== null && input.status !== undefined && input.status >= 500) return 'unexplained_error';
  const text = plain(input.text);
  return TEXT_RULES.find((rule) => rule.words.test(text))?.category ?? 'api_question';
}
