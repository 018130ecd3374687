import { dropped, emptyOk, lateBy, nginx502, tooManyRequests, truncatedJson, unavailable503 } from '../support/answers.ts';
import { type HugmeRow, keptToken, RENEWED_TOKEN } from './harness.ts';
import { hugmeError, issued, ticket, ticketPage, tickets, tokenCall } from './wire.ts';

/**
 * Failures of the ticket list: a 401 renews the token and retries once; a 429 waits out a short Retry-After in-line
 * (at most twice, at most 10 s each) and otherwise defers the run; the rest is typed with HugMe's words.
 */

const poll = { fetch: { cursor: null } };
const given = { tokens: keptToken };
const tooMany = (retryAfter?: string) => tooManyRequests(retryAfter, JSON.stringify({ message: 'Too many requests', code: 4290, success: false }));

export const failureRows: HugmeRow[] = [
  {
    name: '401 → token renewed (and kept), the list retried once with it → the page',
    given,
    call: poll,
    serves: [tickets(hugmeError(401, 'Token expirado', 4011)), tokenCall(issued(RENEWED_TOKEN)), tickets(ticketPage([ticket()]), {}, RENEWED_TOKEN)],
    expect: { page: { records: [{ externalId: '43534294' }] }, tokensSaved: [{ accessToken: RENEWED_TOKEN }] },
  },
  {
    name: '401, token renewed, 401 again → auth, with HugMe\'s words',
    given,
    call: poll,
    serves: [tickets(hugmeError(401, 'Token expirado', 4011)), tokenCall(issued(RENEWED_TOKEN)), tickets(hugmeError(401, 'Acesso negado', 4012), {}, RENEWED_TOKEN)],
    expect: { error: { kind: 'auth', status: 401, providerMessage: 'Acesso negado' }, tokensSaved: [{ accessToken: RENEWED_TOKEN }] },
  },
  {
    name: '401, and the renewal refused (401) → auth: the client credentials no longer work',
    given,
    call: poll,
    serves: [tickets(hugmeError(401, 'Token expirado', 4011)), tokenCall(hugmeError(401, 'Bad credentials', 4010))],
    expect: { error: { kind: 'auth', providerMessage: 'Bad credentials' } },
  },
  {
    name: '403 {message:"Licença expirada"} → auth (a person must act), with HugMe\'s words',
    why: 'providers.md is silent on 403; the token works but the client may not read tickets (a lapsed license), which retrying cannot fix.',
    given,
    call: poll,
    serves: [tickets(hugmeError(403, 'Licença expirada', 4030))],
    expect: { error: { kind: 'auth', status: 403, providerMessage: 'Licença expirada' } },
  },
  {
    name: '429 with Retry-After: 2 → waits 2 s in-line, retries → the page',
    given,
    call: poll,
    serves: [tickets(tooMany('2')), tickets(ticketPage([ticket()]))],
    expect: { page: { records: [{ externalId: '43534294' }] }, waitedMs: [2000] },
  },
  {
    name: '429 three times with Retry-After: 1 → waits twice, then rate_limited with the delay',
    given,
    call: poll,
    serves: [tickets(tooMany('1')), tickets(tooMany('1')), tickets(tooMany('1'))],
    expect: { error: { kind: 'rate_limited', status: 429, retryAfterSeconds: 1, providerMessage: 'Too many requests' }, waitedMs: [1000, 1000] },
  },
  {
    name: '429 with Retry-After: 120 → rate_limited at once (the sync engine defers the run, no worker held)',
    given,
    call: poll,
    serves: [tickets(tooMany('120'))],
    expect: { error: { kind: 'rate_limited', retryAfterSeconds: 120 } },
  },
  {
    name: '429 without Retry-After → rate_limited at once (a whole minute is assumed, too long to wait in-line)',
    given,
    call: poll,
    serves: [tickets(tooMany())],
    expect: { error: { kind: 'rate_limited', retryAfterSeconds: null } },
  },
  {
    name: '400 {message, code, success:false} → rejected, with HugMe\'s words',
    given,
    call: poll,
    serves: [tickets(hugmeError(400, 'Filtro inválido: last_modification_date', 4000))],
    expect: { error: { kind: 'rejected', status: 400, providerMessage: 'Filtro inválido: last_modification_date' } },
  },
  {
    name: '500 {message, code, success:false} → unavailable, with HugMe\'s words',
    given,
    call: poll,
    serves: [tickets(hugmeError(500, 'Erro interno', 5000))],
    expect: { error: { kind: 'unavailable', status: 500, providerMessage: 'Erro interno' } },
  },
  {
    name: '502 Bad Gateway page from nginx → unavailable, with the page\'s words',
    given,
    call: poll,
    serves: [tickets(nginx502)],
    expect: { error: { kind: 'unavailable', status: 502, providerMessage: '502 Bad Gateway' } },
  },
  {
    name: '503 with an empty body → unavailable',
    given,
    call: poll,
    serves: [tickets(unavailable503)],
    expect: { error: { kind: 'unavailable', status: 503 } },
  },
  {
    name: 'truncated JSON on a 200 → bad_response',
    given,
    call: poll,
    serves: [tickets(truncatedJson({ data: [ticket()], meta: { total: 1 } }))],
    expect: { error: { kind: 'bad_response', status: 200, message: 'not JSON' } },
  },
  {
    name: 'an empty body on a 200 → bad_response',
    given,
    call: poll,
    serves: [tickets(emptyOk)],
    expect: { error: { kind: 'bad_response' } },
  },
  {
    name: 'the connection drops before an answer → unavailable',
    given,
    call: poll,
    serves: [tickets(dropped)],
    expect: { error: { kind: 'unavailable' } },
  },
  {
    name: 'no answer within the client\'s timeout → timeout',
    given: { ...given, timeoutMs: 150 },
    call: poll,
    serves: [tickets(lateBy(2_000, ticketPage([])))],
    expect: { error: { kind: 'timeout', message: 'timed out' } },
  },
];
