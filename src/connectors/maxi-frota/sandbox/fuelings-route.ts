import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { isCalendarDate } from '../../sandbox-kit/fuel-data.ts';
import type { MaxiFrotaAuth } from './auth.ts';
import { sendMaxiFrotaError } from './errors.ts';
import type { MaxiFrotaStore } from './store.ts';

const MAX_PAGE_SIZE = 100;

interface FuelingsQuery {
  dataInicial: string;
  dataFinal: string;
  pagina: number;
  tamanhoPagina: number;
}

/**
 * `GET /v1/abastecimentos?dataInicial=YYYY-MM-DD&dataFinal=YYYY-MM-DD&pagina=1&tamanhoPagina=100` with a Bearer
 * token. Items are ordered by `dataHora` (then id), so paging is stable; a page past the last one is empty.
 * `pagina` defaults to 1 and `tamanhoPagina` to 100 (its maximum). No limit on the date range is enforced.
 */
export function maxiFrotaFuelingsRoutes(auth: MaxiFrotaAuth, store: MaxiFrotaStore): FastifyPluginAsync {
  return async (app) => {
    app.get('/v1/abastecimentos', async (request, reply) => {
      const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const verified = auth.verifyAccessToken(bearer, request.forceExpiredToken === true);
      if (!verified.ok) return sendMaxiFrotaError(reply, verified.codigo);
      const client = store.client(verified.clientId);
      if (!client) return sendMaxiFrotaError(reply, 'TOKEN_INVALIDO');

      const query = parseQuery(request);
      if (typeof query === 'string') return sendMaxiFrotaError(reply, 'PARAMETRO_INVALIDO', query);
      const all = store.fuelings(client, query.dataInicial, query.dataFinal);
      const start = (query.pagina - 1) * query.tamanhoPagina;
      return {
        pagina: query.pagina,
        tamanhoPagina: query.tamanhoPagina,
        totalRegistros: all.length,
        itens: all.slice(start, start + query.tamanhoPagina),
      };
    });
  };
}

/** The parsed query, or the Portuguese message of the first problem. */
function parseQuery(request: FastifyRequest): FuelingsQuery | string {
  const raw = request.query as Record<string, string | string[] | undefined>;
  const text = (name: string) => (Array.isArray(raw[name]) ? undefined : raw[name]);
  const dataInicial = text('dataInicial');
  const dataFinal = text('dataFinal');
  for (const [name, value] of [['dataInicial', dataInicial], ['dataFinal', dataFinal]] as const) {
    if (value === undefined || value === '') return `Parâmetro ${name} é obrigatório (formato AAAA-MM-DD).`;
    if (!isCalendarDate(value)) return `Parâmetro ${name} inválido: ${value} (formato AAAA-MM-DD).`;
  }
  if (dataFinal! < dataInicial!) return 'Parâmetro dataFinal deve ser igual ou posterior a dataInicial.';

  const pagina = positiveInteger(text('pagina'), 1);
  if (pagina === undefined) return 'Parâmetro pagina inválido: informe um inteiro a partir de 1.';
  const tamanhoPagina = positiveInteger(text('tamanhoPagina'), MAX_PAGE_SIZE);
  if (tamanhoPagina === undefined || tamanhoPagina > MAX_PAGE_SIZE) {
    return `Parâmetro tamanhoPagina inválido: informe um inteiro entre 1 e ${MAX_PAGE_SIZE}.`;
  }
  return { dataInicial: dataInicial!, dataFinal: dataFinal!, pagina, tamanhoPagina };
}

function positiveInteger(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}
