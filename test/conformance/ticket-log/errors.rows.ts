import { dropped, emptyOk, json, nginx502, tooManyRequests, truncatedJson, unavailable503 } from '../support/answers.ts';
import { BASE_PATH, type TicketLogRow } from './harness.ts';
import { found, refused, search, transaction } from './wire.ts';

/** Ticket Log's failures (providers.md §3): errors on a 200, credentials on a 500, and what proxies add. */

const poll = { fetch: { cursor: null } };

/** Tomcat's own page for a refused Basic login, as a servlet container in front of the service serves it. */
const TOMCAT_401_PAGE =
  '<!doctype html><html lang="en"><head><title>HTTP Status 401 – Unauthorized</title></head><body><h1>HTTP Status 401 – Unauthorized</h1></body></html>';

export const errorRows: TicketLogRow[] = [
  {
    name: '200 {sucesso:false, mensagem} → rejected, with Ticket Log\'s words',
    why: 'The text is illustrative: any sucesso:false on a 200 is Ticket Log refusing the query.',
    call: poll,
    serves: [search('T', refused(200, 'Período de consulta inválido'))],
    expect: { error: { kind: 'rejected', status: 200, providerMessage: 'Período de consulta inválido' } },
  },
  {
    name: '500 {sucesso:false, mensagem:"Usuário ou senha inválidos"} → auth (credentials are refused with a 500)',
    call: poll,
    serves: [search('T', refused(500, 'Usuário ou senha inválidos'))],
    expect: { error: { kind: 'auth', status: 500, providerMessage: 'Usuário ou senha inválidos' } },
  },
  {
    name: '500 Spring Boot error {"message":"Bad credentials"} → auth',
    call: poll,
    serves: [
      search(
        'T',
        json(500, { timestamp: '2026-03-18T15:00:00.000+0000', status: 500, error: 'Internal Server Error', message: 'Bad credentials', path: `${BASE_PATH}/ebs/transacaoVeiculo/search` }),
      ),
    ],
    expect: { error: { kind: 'auth', status: 500, providerMessage: 'Bad credentials' } },
  },
  {
    name: '500 {sucesso:false, mensagem:"Erro interno"} → unavailable (an outage, retried), with Ticket Log\'s words',
    call: poll,
    serves: [search('T', refused(500, 'Erro interno ao processar a requisição'))],
    expect: { error: { kind: 'unavailable', status: 500, providerMessage: 'Erro interno' } },
  },
  {
    name: '500 with an empty body → unavailable',
    call: poll,
    serves: [search('T', { status: 500, body: '' })],
    expect: { error: { kind: 'unavailable', status: 500 } },
  },
  {
    name: '401 with an empty body and WWW-Authenticate: Basic → auth',
    why: 'providers.md has only seen 500 for bad credentials; 401 and 403 mean the same wherever they come from.',
    call: poll,
    serves: [search('T', { status: 401, headers: { 'www-authenticate': 'Basic realm="ticketlog"' }, body: '' })],
    expect: { error: { kind: 'auth', status: 401 } },
  },
  {
    name: '401 with a servlet container\'s HTML page → auth (not bad_response)',
    call: poll,
    serves: [search('T', { status: 401, headers: { 'content-type': 'text/html;charset=utf-8', 'www-authenticate': 'Basic realm="ticketlog"' }, body: TOMCAT_401_PAGE })],
    expect: { error: { kind: 'auth', status: 401 } },
  },
  {
    name: '403 {sucesso:false, mensagem} → auth, with Ticket Log\'s words',
    call: poll,
    serves: [search('T', refused(403, 'Usuário sem permissão para o serviço'))],
    expect: { error: { kind: 'auth', status: 403, providerMessage: 'sem permissão' } },
  },
  {
    name: '400 {"erros":[{codigo, propriedade, detalhe}]} (the envelope of Ticket Log\'s other modules) → rejected, with its words',
    why: 'providers.md shows this envelope on the credenciamento module; the search may answer with it too (tolerant).',
    call: poll,
    serves: [search('T', json(400, { erros: [{ codigo: 'CAMPO_INVALIDO', propriedade: 'dataTransacaoInicial', detalhe: 'Data inicial inválida' }] }))],
    expect: { error: { kind: 'rejected', status: 400, providerMessage: 'dataTransacaoInicial: Data inicial inválida' } },
  },
  {
    name: '429 with Retry-After: 5 → rate_limited, retry after 5 s',
    why: 'Scripts space calls by 0.5–1 s, which suggests an unpublished throttle; its 429 is honoured.',
    call: poll,
    serves: [search('T', tooManyRequests('5'))],
    expect: { error: { kind: 'rate_limited', status: 429, retryAfterSeconds: 5 } },
  },
  {
    name: '502 Bad Gateway page from nginx → unavailable, with the page\'s words',
    call: poll,
    serves: [search('T', nginx502)],
    expect: { error: { kind: 'unavailable', status: 502, providerMessage: '502 Bad Gateway' } },
  },
  {
    name: '503 with an empty body → unavailable',
    call: poll,
    serves: [search('T', unavailable503)],
    expect: { error: { kind: 'unavailable', status: 503 } },
  },
  {
    name: '"T" answered, then "V" fails with a 502 → unavailable; the day is fetched again whole',
    call: poll,
    serves: [search('T', found([transaction()])), search('V', nginx502)],
    expect: { error: { kind: 'unavailable', status: 502 } },
  },
  {
    name: 'truncated JSON on a 200 → bad_response',
    call: poll,
    serves: [search('T', truncatedJson({ sucesso: true, mensagem: 'ok', transacoes: [transaction()] }))],
    expect: { error: { kind: 'bad_response', status: 200, message: 'not JSON' } },
  },
  {
    name: 'an empty body on a 200 → bad_response (no envelope)',
    call: poll,
    serves: [search('T', emptyOk)],
    expect: { error: { kind: 'bad_response', status: 200, message: 'envelope' } },
  },
  {
    name: 'a 200 whose sucesso is missing → bad_response',
    call: poll,
    serves: [search('T', json(200, { mensagem: 'ok', transacoes: [] }))],
    expect: { error: { kind: 'bad_response', message: 'envelope' } },
  },
  {
    name: 'the connection drops before an answer → unavailable',
    call: poll,
    serves: [search('T', dropped)],
    expect: { error: { kind: 'unavailable' } },
  },
];
