import { json } from '../support/answers.ts';
import type { Exchange, RecordedAnswer } from '../support/recorded-answer-server.ts';
import { ACCESS_TOKEN, AUTHORIZATION_KEY, NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN, REFRESH_TOKEN } from './harness.ts';

/** Maxi Frota's proposed wire format (providers.md §4, all [U]), as rows build it. */

/** The key exchange: `POST /auth/token {"chaveAutorizacao"}`. */
export const exchangeKey = (answer: RecordedAnswer): Exchange => ({ method: 'POST', path: '/auth/token', body: { chaveAutorizacao: AUTHORIZATION_KEY }, answer });

/** The renewal: `POST /auth/token {"refresh_token"}`. */
export const refresh = (answer: RecordedAnswer): Exchange => ({ method: 'POST', path: '/auth/token', body: { refresh_token: REFRESH_TOKEN }, answer });

export const tokens = (fields: Record<string, unknown> = {}): RecordedAnswer =>
  json(200, { access_token: NEW_ACCESS_TOKEN, token_type: 'Bearer', expires_in: 3600, refresh_token: NEW_REFRESH_TOKEN, ...fields });

export const refusal = (status: number, codigo: string, mensagem: string): RecordedAnswer => json(status, { codigo, mensagem });

/** `GET /v1/abastecimentos` with a bearer token, for a range of São Paulo days. */
export function fuelings(answer: RecordedAnswer, query: Record<string, string> = {}, token = ACCESS_TOKEN): Exchange {
  return {
    method: 'GET',
    path: '/v1/abastecimentos',
    headers: { authorization: `Bearer ${token}` },
    query: { dataInicial: '2026-03-17', dataFinal: '2026-03-18', pagina: '1', tamanhoPagina: '100', ...query },
    answer,
  };
}

export const page = (itens: unknown[], totalRegistros: unknown = itens.length, pagina: unknown = 1): RecordedAnswer =>
  json(200, { pagina, tamanhoPagina: 100, totalRegistros, itens });

/** One fueling in the proposed Fuel shape (§4, after §5). */
export function fueling(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'MF-778812',
    dataHora: '2026-03-17T08:15:00',
    placa: 'bra2e19',
    motorista: { nome: 'MARIA SOUZA', cpf: '529.982.247-25', matricula: 'M-88' },
    cartao: '6280********4321',
    combustivel: 'GASOLINA COMUM',
    litros: 45.2,
    valorLitro: 5.83,
    valorTotal: 263.52,
    hodometro: 88120,
    horimetro: null,
    posto: { cnpj: '98.765.432/0001-10', nome: 'AUTO POSTO CENTRAL', cidade: 'SOROCABA', uf: 'sp' },
    status: 'APROVADA',
    ...fields,
  };
}
