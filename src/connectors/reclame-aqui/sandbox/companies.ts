import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestClient } from './auth.ts';
import { REPUTATION_PERIODS } from './catalog.ts';
import type { HugmeSandboxContext } from './context.ts';
import { HugmeError } from './errors.ts';
import { OTHER_COMPANIES } from './names.ts';
import { reputationFor, reputationSchema } from './reputation.ts';

const organizationCompanySchema = z.object({
  id: z.number(),
  companyId: z.number(),
  name: z.string(),
  shortname: z.string(),
  url: z.string(),
});

const pageNumber = (fallback: number, max: number) =>
  z.coerce.number({ error: 'deve ser um inteiro' }).int().min(1).max(max).default(fallback);

/**
 * The company routes: the client's organization (a plain array, each company with both `id` and `companyId`
 * because the public clients disagree), the moderation company search and the reputation per period.
 */
export function registerCompanyRoutes(app: FastifyInstance, ctx: HugmeSandboxContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/companies/v1/companies/organization', { schema: { response: { 200: z.array(organizationCompanySchema) } } }, async (request) =>
    requestClient(request).companies.map((company) => ({
      id: company.id,
      companyId: company.id,
      name: company.name,
      shortname: company.shortname,
      url: `https://www.reclameaqui.com.br/empresa/${company.shortname}/`,
    })),
  );

  routes.get(
    '/api/companies/v1/companies/:id/reputation',
    {
      schema: {
        params: z.object({ id: z.coerce.number({ error: 'deve ser o id numérico da empresa' }).int().positive() }),
        querystring: z.object({ period: z.enum(REPUTATION_PERIODS.map((p) => p.key), { error: 'período desconhecido' }).optional() }),
        response: { 200: z.array(reputationSchema) },
      },
    },
    async (request) => {
      const client = requestClient(request);
      if (!client.companies.some((company) => company.id === request.params.id)) {
        throw new HugmeError('company_not_found', String(request.params.id));
      }
      const tickets = ctx.store.ticketsOf(client.clientId).filter((t) => t.company.id === request.params.id);
      const periods = REPUTATION_PERIODS.filter((p) => !request.query.period || p.key === request.query.period);
      return periods.map((period) => reputationFor(tickets, ctx.now(), period));
    },
  );

  routes.get(
    '/api/ticket/v1/tickets/moderation/companies',
    {
      schema: {
        querystring: z.object({ companyName: z.string().default(''), page: pageNumber(1, 100_000), limit: pageNumber(15, 50) }),
        response: {
          200: z.object({
            data: z.array(z.object({ id: z.number(), name: z.string() })),
            meta: z.object({ page: z.object({ number: z.number(), size: z.number() }), total: z.number() }),
          }),
        },
      },
    },
    async (request) => {
      const { companyName, page, limit } = request.query;
      const wanted = fold(companyName);
      const own = new Set(requestClient(request).companies.map((company) => company.id));
      const directory = [
        ...OTHER_COMPANIES,
        ...[...ctx.store.clients.values()].flatMap((client) => client.companies.map(({ id, name }) => ({ id, name }))),
      ].filter((company) => !own.has(company.id) && fold(company.name).includes(wanted));
      return {
        data: directory.slice((page - 1) * limit, page * limit).map(({ id, name }) => ({ id, name })),
        meta: { page: { number: page, size: limit }, total: directory.length },
      };
    },
  );
}

/** Case- and accent-insensitive text, for name search. */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
