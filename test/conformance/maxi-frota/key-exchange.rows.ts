import { emptyOk, json, nginx502, tooManyRequests, truncatedJson } from '../support/answers.ts';
import { ACCESS_TOKEN, AN_HOUR_FROM_NOW, freshTokens, type MaxiFrotaRow, NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN } from './harness.ts';
import { exchangeKey, fuelings, page, refresh, refusal, tokens } from './wire.ts';

/**
 * verifyCredentials: the customer's authorization key (valid 12 h, single use) exchanged at once for tokens, or, when
 * tokens are kept already, a one-item query for today.
 */

const verify = { verify: true } as const;
const keptTokens = [{ accessToken: NEW_ACCESS_TOKEN, refreshToken: NEW_REFRESH_TOKEN, expiresAt: AN_HOUR_FROM_NOW }];
const todayOnly = { dataInicial: '2026-03-18', dataFinal: '2026-03-18', tamanhoPagina: '1' };

export const keyExchangeRows: MaxiFrotaRow[] = [
  {
    name: 'exchange: 200 {access_token, expires_in 3600, refresh_token} → verified; the tokens kept, expiring in an hour',
    call: verify,
    serves: [exchangeKey(tokens())],
    expect: { verified: { ok: true }, tokensSaved: keptTokens },
  },
  {
    name: 'exchange: expires_in "3600" as a string → verified, expiring in an hour',
    why: 'The shape is a proposal [U]; a numeric string is read as its number (tolerant).',
    call: verify,
    serves: [exchangeKey(tokens({ expires_in: '3600' }))],
    expect: { verified: { ok: true }, tokensSaved: keptTokens },
  },
  {
    name: 'exchange: no refresh_token → verified; the access token kept alone',
    call: verify,
    serves: [exchangeKey(tokens({ refresh_token: undefined }))],
    expect: { verified: { ok: true }, tokensSaved: [{ accessToken: NEW_ACCESS_TOKEN, refreshToken: null }] },
  },
  {
    name: 'exchange: 401 CHAVE_EXPIRADA → not verified: the key outlived its 12 hours, with Maxi Frota\'s words',
    call: verify,
    serves: [exchangeKey(refusal(401, 'CHAVE_EXPIRADA', 'A chave de autorização expirou.'))],
    expect: { verified: { ok: false, reason: 'expired', providerMessage: 'A chave de autorização expirou.' } },
  },
  {
    name: 'exchange: 401 CHAVE_INVALIDA → not verified: copy the key again',
    call: verify,
    serves: [exchangeKey(refusal(401, 'CHAVE_INVALIDA', 'Chave de autorização inválida.'))],
    expect: { verified: { ok: false, reason: 'does not recognise', providerMessage: 'Chave de autorização inválida.' } },
  },
  {
    name: 'exchange: 401 CHAVE_JA_UTILIZADA → not verified: a key is single-use',
    call: verify,
    serves: [exchangeKey(refusal(401, 'CHAVE_JA_UTILIZADA', 'Chave já utilizada.'))],
    expect: { verified: { ok: false, reason: 'already been used', providerMessage: 'Chave já utilizada.' } },
  },
  {
    name: 'exchange: 401 with an unknown codigo → not verified: generate a new key',
    call: verify,
    serves: [exchangeKey(refusal(401, 'CONTA_SUSPENSA', 'Conta suspensa.'))],
    expect: { verified: { ok: false, reason: 'refused the authorization key', providerMessage: 'Conta suspensa.' } },
  },
  {
    name: 'exchange: 403 → not verified, with Maxi Frota\'s words',
    call: verify,
    serves: [exchangeKey(refusal(403, 'ACESSO_NEGADO', 'Cliente sem acesso à integração.'))],
    expect: { verified: { ok: false, reason: 'refused the authorization key', providerMessage: 'Cliente sem acesso à integração.' } },
  },
  {
    name: 'exchange: 400 {codigo, mensagem} → rejected, with Maxi Frota\'s words',
    call: verify,
    serves: [exchangeKey(refusal(400, 'REQUISICAO_INVALIDA', 'Campo chaveAutorizacao obrigatório.'))],
    expect: { error: { kind: 'rejected', status: 400, providerMessage: 'chaveAutorizacao obrigatório' } },
  },
  {
    name: 'exchange: 200 without access_token → bad_response',
    call: verify,
    serves: [exchangeKey(json(200, { token_type: 'Bearer', expires_in: 3600 }))],
    expect: { error: { kind: 'bad_response', message: 'access_token' } },
  },
  {
    name: 'exchange: an empty body on a 200 → bad_response',
    call: verify,
    serves: [exchangeKey(emptyOk)],
    expect: { error: { kind: 'bad_response' } },
  },
  {
    name: 'exchange: truncated JSON on a 200 → bad_response',
    call: verify,
    serves: [exchangeKey(truncatedJson({ access_token: NEW_ACCESS_TOKEN, expires_in: 3600 }, 20))],
    expect: { error: { kind: 'bad_response', message: 'not JSON' } },
  },
  {
    name: 'exchange: 500 {codigo:"ERRO_INTERNO", mensagem} → unavailable, with Maxi Frota\'s words (the key is not spent)',
    call: verify,
    serves: [exchangeKey(refusal(500, 'ERRO_INTERNO', 'Erro interno do servidor.'))],
    expect: { error: { kind: 'unavailable', status: 500, providerMessage: 'Erro interno do servidor.' } },
  },
  {
    name: 'exchange: 502 Bad Gateway page from nginx → unavailable',
    call: verify,
    serves: [exchangeKey(nginx502)],
    expect: { error: { kind: 'unavailable', status: 502, providerMessage: '502 Bad Gateway' } },
  },
  {
    name: 'exchange: 429 with Retry-After: 60 → rate_limited, retry after 60 s',
    call: verify,
    serves: [exchangeKey(tooManyRequests('60'))],
    expect: { error: { kind: 'rate_limited', retryAfterSeconds: 60 } },
  },
  {
    name: 'verify with kept tokens: a one-item query for today answers 200 → verified, nothing exchanged',
    given: { tokens: freshTokens },
    call: verify,
    serves: [fuelings(page([]), todayOnly)],
    expect: { verified: { ok: true } },
  },
  {
    name: 'verify with kept tokens refused (401, refresh 401) → the key in the credentials exchanged → verified',
    given: { tokens: freshTokens },
    call: verify,
    serves: [
      fuelings(refusal(401, 'TOKEN_EXPIRADO', 'Token expirado.'), todayOnly),
      refresh(refusal(401, 'REFRESH_INVALIDO', 'Refresh token inválido.')),
      exchangeKey(tokens()),
    ],
    expect: { verified: { ok: true }, tokensSaved: keptTokens },
  },
  {
    name: 'verify with kept tokens refused and the key expired → not verified: a new key is needed',
    given: { tokens: freshTokens },
    call: verify,
    serves: [
      fuelings(refusal(401, 'TOKEN_EXPIRADO', 'Token expirado.'), todayOnly, ACCESS_TOKEN),
      refresh(refusal(401, 'REFRESH_INVALIDO', 'Refresh token inválido.')),
      exchangeKey(refusal(401, 'CHAVE_EXPIRADA', 'A chave de autorização expirou.')),
    ],
    expect: { verified: { ok: false, reason: 'expired', providerMessage: 'A chave de autorização expirou.' } },
  },
];
