import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { isCalendarDate, isLocalDateTime } from '../../sandbox-kit/fuel-data.ts';
import { ONBOARDING_DECISIONS, type OnboardingRegistry } from './onboardings.ts';
import type { TicketLogStore } from './store.ts';
import { ticketLogTransactionSchema } from './transaction-schema.ts';

/**
 * The sandbox's own control API (plain JSON in English, not Ticket Log's): issue credentials, add sales, and play
 * Ticket Log's staff in the onboarding approval. Errors are `{error, message}`.
 */
const transactionOverrides = ticketLogTransactionSchema
  .extend({
    dataTransacao: z.string().refine(isLocalDateTime, 'expected YYYY-MM-DDTHH:mm:ss'),
    status: z.enum(['approved', 'pending', 'canceled']),
  })
  .partial()
  .strict();

const addTransactionsBody = z.object({
  codigoCliente: z.number().int(),
  transactions: z.array(transactionOverrides).max(500).optional(),
  /** Generated sales to add besides `transactions`; 1 when neither is given. */
  count: z.number().int().min(0).max(500).optional(),
  /** Local day (`YYYY-MM-DD`) for sales without their own `dataTransacao`; today by default. */
  date: z.string().refine(isCalendarDate, 'expected YYYY-MM-DD').optional(),
});

const createOnboardingBody = z.object({ codigoCliente: z.number().int().optional() }).optional();
const decisionBody = z.object({ status: z.enum(ONBOARDING_DECISIONS), reason: z.string().max(2000).optional() });

export function ticketLogControlRoutes(store: TicketLogStore, onboardings: OnboardingRegistry): FastifyPluginAsync {
  return async (app) => {
    app.post('/_control/credentials', async (_request, reply) => {
      const client = store.createClient();
      return reply.status(201).send({ username: client.username, password: client.password, codigoCliente: client.codigoCliente });
    });

    app.post('/_control/transactions', async (request, reply) => {
      const parsed = addTransactionsBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      const { codigoCliente, transactions = [], date } = parsed.data;
      const client = store.client(codigoCliente);
      if (!client) return controlError(reply, 404, 'unknown_client', `No client ${codigoCliente}`);
      const count = parsed.data.count ?? (transactions.length === 0 ? 1 : 0);
      const added = [];
      const generated: z.infer<typeof transactionOverrides>[] = Array.from({ length: count }, () => ({}));
      for (const overrides of [...transactions, ...generated]) {
        const record = store.addTransaction(client, overrides, date);
        if (record === 'duplicate_code') {
          return controlError(reply, 409, 'duplicate_code', `codigoTransacao ${overrides.codigoTransacao} already exists`);
        }
        added.push({ status: record.status, transacao: record.transacao });
      }
      return reply.status(201).send({ codigoCliente, added });
    });

    app.post('/_control/onboardings', async (request, reply) => {
      const parsed = createOnboardingBody.safeParse(request.body ?? undefined);
      if (!parsed.success) return invalid(reply, parsed.error);
      const codigoCliente = parsed.data?.codigoCliente;
      if (codigoCliente !== undefined && !store.client(codigoCliente)) {
        return controlError(reply, 404, 'unknown_client', `No client ${codigoCliente}`);
      }
      return reply.status(201).send(onboardings.create(codigoCliente ?? null));
    });

    app.post<{ Params: { id: string } }>('/_control/onboardings/:id/status', async (request, reply) => {
      const parsed = decisionBody.safeParse(request.body);
      if (!parsed.success) return invalid(reply, parsed.error);
      const result = onboardings.decide(request.params.id, parsed.data.status, parsed.data.reason);
      if (result.ok) return result.onboarding;
      return result.error === 'not_found'
        ? controlError(reply, 404, 'unknown_onboarding', `No onboarding ${request.params.id}`)
        : controlError(reply, 409, 'onboarding_final', 'An approved or rejected onboarding cannot change');
    });

    app.get<{ Params: { id: string } }>('/_control/onboardings/:id', async (request, reply) => {
      const onboarding = onboardings.get(request.params.id);
      return onboarding ?? controlError(reply, 404, 'unknown_onboarding', `No onboarding ${request.params.id}`);
    });
  };
}

function controlError(reply: FastifyReply, status: number, error: string, message: string) {
  return reply.status(status).send({ error, message });
}

function invalid(reply: FastifyReply, error: z.ZodError) {
  return controlError(reply, 400, 'invalid_request', z.prettifyError(error));
}
