import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { isCalendarDate } from '../../sandbox-kit/fuel-data.ts';
import type { MaxiFrotaAuth } from './auth.ts';
import { maxiFrotaFuelSchema } from './fuel-schema.ts';
import type { MaxiFrotaStore } from './store.ts';

/**
 * The sandbox's own control API (plain JSON in English, not Maxi Frota's): create customers, issue authorization
 * keys (what the customer does in the Maxi Frota portal), add fuelings, expire tokens. Errors are `{error, message}`.
 */
const clientIdField = z.string().min(1);

const issueKeyBody = z.object({
  clientId: clientIdField,
  /** When the key was generated (ISO 8601); now by default. An old time gives an already-expired key. */
  generatedAt: z.iso.datetime({ offset: true }).optional(),
});

const addFuelingsBody = z.object({
  clientId: clientIdField,
  transactions: z.array(maxiFrotaFuelSchema.partial().strict()).max(500).optional(),
  /** Generated fuelings to add besides `transactions`; 1 when neither is given. */
  count: z.number().int().min(0).max(500).optional(),
  /** Local day (`YYYY-MM-DD`) for fuelings without their own `dataHora`; today by default. */
  date: z.string().refine(isCalendarDate, 'expected YYYY-MM-DD').optional(),
});

const expireTokensBody = z.object({ clientId: clientIdField.optional(), includeRefreshTokens: z.boolean().optional() }).optional();

export function maxiFrotaControlRoutes(store: MaxiFrotaStore, auth: MaxiFrotaAuth, now: () => Date): FastifyPluginAsync {
  return async (app) => {
    app.post('/_control/credentials', async (_request, reply) => {
      return reply.status(201).send({ clientId: store.createClient().clientId });
    });

    app.post('/_control/authorization-keys', async (request, reply) => {
      const parsed = issueKeyBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      if (!store.client(parsed.data.clientId)) return unknownClient(reply, parsed.data.clientId);
      const generatedAt = parsed.data.generatedAt ? new Date(parsed.data.generatedAt) : now();
      return reply.status(201).send(auth.issueKey(parsed.data.clientId, generatedAt));
    });

    app.post('/_control/transactions', async (request, reply) => {
      const parsed = addFuelingsBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      const { clientId, transactions = [], date } = parsed.data;
      const client = store.client(clientId);
      if (!client) return unknownClient(reply, clientId);
      const count = parsed.data.count ?? (transactions.length === 0 ? 1 : 0);
      const generated: (typeof transactions)[number][] = Array.from({ length: count }, () => ({}));
      const itens = [];
      for (const overrides of [...transactions, ...generated]) {
        const fuel = store.addFueling(client, overrides, date);
        if (fuel === 'duplicate_id') return controlError(reply, 409, 'duplicate_id', `id ${overrides.id} already exists`);
        itens.push(fuel);
      }
      return reply.status(201).send({ clientId, itens });
    });

    app.post('/_control/tokens/expire', async (request, reply) => {
      const parsed = expireTokensBody.safeParse(request.body ?? undefined);
      if (!parsed.success) return invalid(reply, parsed.error);
      const clientId = parsed.data?.clientId;
      if (clientId !== undefined && !store.client(clientId)) return unknownClient(reply, clientId);
      const expired = auth.expireTokens(clientId, parsed.data?.includeRefreshTokens ?? false);
      return { expiredAccessTokens: expired.accessTokens, expiredRefreshTokens: expired.refreshTokens };
    });
  };
}

function controlError(reply: FastifyReply, status: number, error: string, message: string) {
  return reply.status(status).send({ error, message });
}

const unknownClient = (reply: FastifyReply, clientId: string) => controlError(reply, 404, 'unknown_client', `No client ${clientId}`);

const invalid = (reply: FastifyReply, error: z.ZodError) => controlError(reply, 400, 'invalid_request', z.prettifyError(error));
