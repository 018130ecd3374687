import { json } from '../support/answers.ts';
import type { Exchange, RecordedAnswer } from '../support/recorded-answer-server.ts';
import { BASE_PATH, BASIC, CLIENT_CODE } from './harness.ts';

/** Ticket Log's wire format (providers.md §3), as rows build it. */

/** One search call: Basic auth, one local day, "T" (all) or "V" (validated). */
export function search(considerarTransacao: 'T' | 'V', answer: RecordedAnswer, day = '2026-03-17'): Exchange {
  return {
    method: 'POST',
    path: `${BASE_PATH}/ebs/transacaoVeiculo/search`,
    headers: { authorization: BASIC, 'content-type': 'application/json;charset=UTF-8' },
    body: {
      codigoCliente: CLIENT_CODE,
      codigoTipoCartao: 4,
      dataTransacaoInicial: `${day}T00:00:00`,
      dataTransacaoFinal: `${day}T23:59:59`,
      considerarTransacao,
      ordem: 'S',
      validacao: 'S',
    },
    answer,
  };
}

/** The day answered with the same transactions for "T" and "V" (all validated). */
export const validatedDay = (transactions: unknown, day?: string): Exchange[] => [search('T', found(transactions), day), search('V', found(transactions), day)];

/** `{sucesso, mensagem, transacoes}` on a 200. */
export const found = (transacoes: unknown, mensagem = 'Consulta realizada com sucesso'): RecordedAnswer => json(200, { sucesso: true, mensagem, transacoes });

export const refused = (status: number, mensagem: string): RecordedAnswer => json(status, { sucesso: false, mensagem, transacoes: null });

/** One transaction with every field of the typed client entity (providers.md §3). */
export function transaction(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    codigoTransacao: 310000042,
    dataTransacao: '2026-03-17T10:22:33',
    valorTransacao: 709.75,
    litros: 120.5,
    valorLitro: 5.89,
    valorSaldoAnterior: 15000.0,
    tipoCombustivel: 'DIESEL S10',
    codigoTipoCombustivel: 12,
    placa: 'abc-1d23',
    numeroCartao: '6036********1234',
    nomeMotorista: 'JOAO SILVA',
    numeroMatricula: '1234',
    codigoUsuarioCartao: 5501,
    quilometragem: 154320,
    quilometrosRodados: 600,
    quilometrosPorLitro: 4.98,
    cnpjEstabelecimento: '12.345.678/0001-90',
    codigoEstabelecimento: 9981,
    nomeReduzidoEstabelecimento: 'POSTO EXEMPLO',
    nomeCidade: 'CAMPINAS',
    uf: 'sp',
    veiculoFabricante: 'VOLVO',
    veiculoModelo: 'FH 540',
    ano: 2021,
    cor: 'BRANCA',
    codigoVeiculoCliente: 'V-77',
    tipoFrota: 'PROPRIA',
    responsavel: 'FROTA SUL',
    numeroTerminal: '00012',
    controlaHodometro: true,
    principal: true,
    ...fields,
  };
}
