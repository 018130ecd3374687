import { json, nginx502, tooManyRequests, unavailable503 } from '../support/answers.ts';
import { ACCESS_TOKEN, type HugmeRow, IN_FIVE_MINUTES, keptToken, RENEWED_TOKEN } from './harness.ts';
import { hugmeError, issued, organization, tokenCall } from './wire.ts';

/** verifyCredentials: a client-credentials token, then the client's organization (and the configured company in it). */

const verify = { verify: true } as const;
const COMPANIES = [
  { id: 9981, name: 'Empresa Exemplo', shortname: 'empresa-exemplo' },
  { id: 9982, name: 'Empresa Exemplo Filial', shortname: 'empresa-exemplo-filial' },
];
const savedToken = [{ accessToken: ACCESS_TOKEN, refreshToken: null, expiresAt: IN_FIVE_MINUTES }];

export const verifyRows: HugmeRow[] = [
  {
    name: 'token 200 {access_token, expires_in 300}, organization a bare list → verified; the token kept for five minutes',
    call: verify,
    serves: [tokenCall(issued(ACCESS_TOKEN)), organization(json(200, COMPANIES))],
    expect: { verified: { ok: true }, tokensSaved: savedToken },
  },
  {
    name: 'organization wrapped as {"data":[…]} → verified',
    why: 'HugMe wraps its other lists in `data`; the organization may come either way (tolerant).',
    call: verify,
    serves: [tokenCall(issued(ACCESS_TOKEN)), organization(json(200, { data: COMPANIES }))],
    expect: { verified: { ok: true }, tokensSaved: savedToken },
  },
  {
    name: 'a kept token with minutes left → no token call, organization only',
    given: { tokens: keptToken },
    call: verify,
    serves: [organization(json(200, COMPANIES))],
    expect: { verified: { ok: true } },
  },
  {
    name: 'companyId 9982 configured and in the organization → verified',
    given: { config: { companyId: 9982 } },
    call: verify,
    serves: [tokenCall(issued(ACCESS_TOKEN)), organization(json(200, COMPANIES))],
    expect: { verified: { ok: true }, tokensSaved: savedToken },
  },
  {
    name: 'companyId given as "companyId" in the organization\'s entries → found all the same',
    given: { config: { companyId: 9982 } },
    call: verify,
    serves: [tokenCall(issued(ACCESS_TOKEN)), organization(json(200, [{ companyId: 9982, name: 'Empresa Exemplo Filial' }]))],
    expect: { verified: { ok: true }, tokensSaved: savedToken },
  },
  {
    name: 'companyId 1234 configured and not in the organization → not verified: company_not_found',
    given: { config: { companyId: 1234 } },
    call: verify,
    serves: [tokenCall(issued(ACCESS_TOKEN)), organization(json(200, COMPANIES))],
    expect: { verified: { ok: false, reason: 'company_not_found', providerMessage: '1234' }, tokensSaved: savedToken },
  },
  {
    name: 'token 401 {message, code, success:false} → not verified: invalid_credentials, with HugMe\'s words',
    call: verify,
    serves: [tokenCall(hugmeError(401, 'Bad credentials', 4010))],
    expect: { verified: { ok: false, reason: 'invalid_credentials', providerMessage: 'Bad credentials' } },
  },
  {
    name: 'token 403 → not verified: invalid_credentials',
    call: verify,
    serves: [tokenCall(hugmeError(403, 'Cliente sem licença ativa', 4030))],
    expect: { verified: { ok: false, reason: 'invalid_credentials', providerMessage: 'Cliente sem licença ativa' } },
  },
  {
    name: 'token 400 {"error":"invalid_client"} (OAuth2\'s refusal) → not verified: invalid_credentials, with its words',
    why: 'RFC 6749 §5.2 lets an OAuth2 server refuse client credentials with 400 invalid_client; HugMe\'s is one.',
    call: verify,
    serves: [tokenCall(json(400, { error: 'invalid_client', error_description: 'Bad client credentials' }))],
    expect: { verified: { ok: false, reason: 'invalid_credentials', providerMessage: 'Bad client credentials' } },
  },
  {
    name: 'token expires_in "300" as a string → verified, the token kept for five minutes',
    why: 'HugMe sends other numbers as strings (rating "-1"); a numeric string is read as its number (tolerant).',
    call: verify,
    serves: [tokenCall(issued(ACCESS_TOKEN, { expires_in: '300' })), organization(json(200, COMPANIES))],
    expect: { verified: { ok: true }, tokensSaved: savedToken },
  },
  {
    name: 'token 429 with Retry-After: 1 → waits 1 s in-line (the token call counts against the limit too), then verified',
    call: verify,
    serves: [tokenCall(tooManyRequests('1')), tokenCall(issued(ACCESS_TOKEN)), organization(json(200, COMPANIES))],
    expect: { verified: { ok: true }, tokensSaved: savedToken, waitedMs: [1000] },
  },
  {
    name: 'token 200 without access_token → thrown bad_response',
    call: verify,
    serves: [tokenCall(json(200, { token_type: 'Bearer', expires_in: 300 }))],
    expect: { error: { kind: 'bad_response', message: 'token' } },
  },
  {
    name: 'token endpoint 503 with an empty body → thrown unavailable (says nothing about the credentials)',
    call: verify,
    serves: [tokenCall(unavailable503)],
    expect: { error: { kind: 'unavailable', status: 503 } },
  },
  {
    name: 'organization 401, token renewed, 401 again → not verified: invalid_credentials',
    call: verify,
    serves: [
      tokenCall(issued(ACCESS_TOKEN)),
      organization(hugmeError(401, 'Token inválido', 4011)),
      tokenCall(issued(RENEWED_TOKEN)),
      organization(hugmeError(401, 'Token inválido', 4011), RENEWED_TOKEN),
    ],
    expect: { verified: { ok: false, reason: 'invalid_credentials', providerMessage: 'Token inválido' }, tokensSaved: [{ accessToken: ACCESS_TOKEN }, { accessToken: RENEWED_TOKEN }] },
  },
  {
    name: 'organization 502 page from nginx → thrown unavailable',
    given: { tokens: keptToken },
    call: verify,
    serves: [organization(nginx502)],
    expect: { error: { kind: 'unavailable', status: 502, providerMessage: '502 Bad Gateway' } },
  },
];
