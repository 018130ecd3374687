import { dropped, emptyOk, nginx502, tooManyRequests, truncatedJson, unavailable503 } from '../support/answers.ts';
import { freshTokens, type MaxiFrotaRow, NEW_ACCESS_TOKEN, NOW } from './harness.ts';
import { fueling, fuelings, page, refresh, refusal, tokens } from './wire.ts';

/** Failures of `GET /v1/abastecimentos`: a refused token is refreshed and the call retried once; the rest is typed. */

const poll = { fetch: { cursor: null } };
const given = { tokens: freshTokens };
const tokenExpired = refusal(401, 'TOKEN_EXPIRADO', 'Token expirado ou revogado.');

export const fuelingErrorRows: MaxiFrotaRow[] = [
  {
    name: '401 TOKEN_EXPIRADO → refresh, retry once with the new token → the page (3 requests)',
    given,
    call: poll,
    serves: [fuelings(tokenExpired), refresh(tokens()), fuelings(page([fueling()]), {}, NEW_ACCESS_TOKEN)],
    expect: { page: { records: [{ externalId: 'MF-778812' }] }, tokensSaved: [{ accessToken: NEW_ACCESS_TOKEN }] },
  },
  {
    name: '401 with an HTML page (a gateway\'s) → refresh and retry the same way',
    given,
    call: poll,
    serves: [
      fuelings({ status: 401, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>401 Authorization Required</h1></body></html>' }),
      refresh(tokens()),
      fuelings(page([fueling()]), {}, NEW_ACCESS_TOKEN),
    ],
    expect: { page: { records: [{ externalId: 'MF-778812' }] }, tokensSaved: [{ accessToken: NEW_ACCESS_TOKEN }] },
  },
  {
    name: '401, then the refresh refused (401) → auth: the customer must generate a new authorization key',
    given,
    call: poll,
    serves: [fuelings(tokenExpired), refresh(refusal(401, 'REFRESH_INVALIDO', 'Refresh token inválido.'))],
    expect: { error: { kind: 'auth', message: 'new authorization key', providerMessage: 'Refresh token inválido.' } },
  },
  {
    name: '401, refresh accepted, 401 again → auth (no second retry)',
    given,
    call: poll,
    serves: [fuelings(tokenExpired), refresh(tokens()), fuelings(tokenExpired, {}, NEW_ACCESS_TOKEN)],
    expect: { error: { kind: 'auth', status: 401, providerMessage: 'Token expirado ou revogado.' }, tokensSaved: [{ accessToken: NEW_ACCESS_TOKEN }] },
  },
  {
    name: 'expired tokens without a refresh token → auth before any call',
    given: { tokens: { accessToken: freshTokens.accessToken, refreshToken: null, expiresAt: NOW } },
    call: poll,
    serves: [],
    expect: { error: { kind: 'auth', message: 'new authorization key' } },
  },
  {
    name: '403 {codigo:"ACESSO_NEGADO", mensagem} → auth, with Maxi Frota\'s words',
    given,
    call: poll,
    serves: [fuelings(refusal(403, 'ACESSO_NEGADO', 'Cliente sem acesso aos abastecimentos.'))],
    expect: { error: { kind: 'auth', status: 403, providerMessage: 'Cliente sem acesso aos abastecimentos.' } },
  },
  {
    name: '400 {codigo, mensagem} → rejected, with Maxi Frota\'s words',
    given,
    call: poll,
    serves: [fuelings(refusal(400, 'PERIODO_INVALIDO', 'Período máximo de consulta é de 31 dias.'))],
    expect: { error: { kind: 'rejected', status: 400, providerMessage: 'Período máximo de consulta é de 31 dias.' } },
  },
  {
    name: '429 with Retry-After: 60 → rate_limited, retry after 60 s',
    given,
    call: poll,
    serves: [fuelings(tooManyRequests('60'))],
    expect: { error: { kind: 'rate_limited', status: 429, retryAfterSeconds: 60 } },
  },
  {
    name: '500 {codigo:"ERRO_INTERNO", mensagem} → unavailable, with Maxi Frota\'s words',
    given,
    call: poll,
    serves: [fuelings(refusal(500, 'ERRO_INTERNO', 'Erro interno do servidor.'))],
    expect: { error: { kind: 'unavailable', status: 500, providerMessage: 'Erro interno do servidor.' } },
  },
  {
    name: '502 Bad Gateway page from nginx → unavailable',
    given,
    call: poll,
    serves: [fuelings(nginx502)],
    expect: { error: { kind: 'unavailable', status: 502, providerMessage: '502 Bad Gateway' } },
  },
  {
    name: '503 with an empty body → unavailable',
    given,
    call: poll,
    serves: [fuelings(unavailable503)],
    expect: { error: { kind: 'unavailable', status: 503 } },
  },
  {
    name: 'truncated JSON on a 200 → bad_response',
    given,
    call: poll,
    serves: [fuelings(truncatedJson({ pagina: 1, tamanhoPagina: 100, totalRegistros: 1, itens: [fueling()] }))],
    expect: { error: { kind: 'bad_response', status: 200, message: 'not JSON' } },
  },
  {
    name: 'an empty body on a 200 → bad_response',
    given,
    call: poll,
    serves: [fuelings(emptyOk)],
    expect: { error: { kind: 'bad_response' } },
  },
  {
    name: 'the connection drops before an answer → unavailable',
    given,
    call: poll,
    serves: [fuelings(dropped)],
    expect: { error: { kind: 'unavailable' } },
  },
];
