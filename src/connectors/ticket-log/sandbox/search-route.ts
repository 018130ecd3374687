import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isLocalDateTime } from '../../sandbox-kit/fuel-data.ts';
import type { TicketLogClient, TicketLogStore } from './store.ts';

/** Integer codes; like the Java backend's JSON binding, a string of digits is accepted too. */
const code = z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]);
const localDateTime = z.string().refine(isLocalDateTime);

const searchRequest = z.object({
  codigoCliente: code,
  codigoTipoCartao: code,
  codigoProduto: code.optional(),
  dataTransacaoInicial: localDateTime,
  dataTransacaoFinal: localDateTime,
  considerarTransacao: z.enum(['V', 'T']),
  ordem: z.enum(['S', 'N']),
  validacao: z.enum(['S', 'N']),
});

const SEARCH_PATH = '/ebs/transacaoVeiculo/search';

/**
 * Ticket Log's fleet transaction search, served under `/ticketlog-servicos`. Every failure except bad credentials is
 * HTTP 200 with `sucesso:false` and a Portuguese `mensagem`; clients must read `sucesso`, not the status. That is
 * why the body is checked in the handler rather than by a route schema (which would answer 400).
 * Order of checks: credentials (500), fields, customer ownership, the one-day window.
 */
export function ticketLogSearchRoutes(store: TicketLogStore, now: () => Date): FastifyPluginAsync {
  return async (app) => {
    // A body that is not JSON never reaches the route: answer in the envelope, with the parser's 4xx status.
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: error }, 'ticket log sandbox failure');
      return reply.status(status).send({
        sucesso: false,
        mensagem: status === 500 ? 'Erro interno do servidor.' : 'Requisição inválida: o corpo deve ser um JSON válido.',
      });
    });

    app.post(SEARCH_PATH, async (request, reply) => {
      const client = authenticate(store, request);
      if (!client) return credentialFailure(request, reply, now);

      const parsed = searchRequest.safeParse(request.body);
      if (!parsed.success) return failure(invalidFieldMessage(request.body, parsed.error));
      const query = parsed.data;
      if (query.codigoCliente !== client.codigoCliente) {
        return failure('Usuário sem permissão para consultar o cliente informado.');
      }
      if (query.dataTransacaoInicial.slice(0, 10) !== query.dataTransacaoFinal.slice(0, 10)) {
        return failure('Período inválido: a consulta deve ser feita para um único dia (dataTransacaoInicial e dataTransacaoFinal na mesma data).');
      }
      if (query.dataTransacaoFinal < query.dataTransacaoInicial) {
        return failure('Período inválido: dataTransacaoFinal anterior a dataTransacaoInicial.');
      }
      const transacoes = store.search(client, {
        from: query.dataTransacaoInicial,
        to: query.dataTransacaoFinal,
        codigoTipoCartao: query.codigoTipoCartao,
        codigoProduto: query.codigoProduto,
        considerarTransacao: query.considerarTransacao,
        ordem: query.ordem,
      });
      return {
        sucesso: true,
        mensagem: transacoes.length > 0 ? 'Consulta realizada com sucesso.' : 'Nenhuma transação encontrada para o período informado.',
        transacoes,
      };
    });
  };
}

/** No `transacoes` on failure: a client that ignores `sucesso` must fail loudly, not read an empty day. */
const failure = (mensagem: string) => ({ sucesso: false, mensagem });

function authenticate(store: TicketLogStore, request: FastifyRequest): TicketLogClient | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(request.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return store.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1));
}

/**
 * Missing or wrong Basic credentials: HTTP 500, as observed against the real service (providers.md §3). The body is
 * the sandbox's choice, a Spring Boot default error document, since the real service is a Java application:
 * `{"timestamp","status":500,"error":"Internal Server Error","message":"Usuário ou senha inválidos.","path"}`.
 */
function credentialFailure(request: FastifyRequest, reply: FastifyReply, now: () => Date) {
  return reply.status(500).send({
    timestamp: now().toISOString(),
    status: 500,
    error: 'Internal Server Error',
    message: 'Usuário ou senha inválidos.',
    path: request.url.split('?')[0],
  });
}

function invalidFieldMessage(body: unknown, error: z.ZodError): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Requisição inválida: corpo da requisição não informado.';
  const field = String(error.issues[0]?.path[0] ?? '');
  const missing = (body as Record<string, unknown>)[field] === undefined || (body as Record<string, unknown>)[field] === null;
  const hint: Record<string, string> = {
    dataTransacaoInicial: ' Formato esperado: yyyy-MM-ddTHH:mm:ss.',
    dataTransacaoFinal: ' Formato esperado: yyyy-MM-ddTHH:mm:ss.',
    considerarTransacao: ' Valores aceitos: V ou T.',
    ordem: ' Valores aceitos: S ou N.',
    validacao: ' Valores aceitos: S ou N.',
  };
  return missing ? `O campo ${field} é obrigatório.` : `O campo ${field} é inválido.${hint[field] ?? ''}`;
}
