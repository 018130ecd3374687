import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { CHARGE_STATUSES, type Charge } from './charges.ts';
import { changeStatus, createMerchant, type SandboxState } from './sandbox-state.ts';
import { formatDateTime } from './time.ts';
import { statusFields } from './wire.ts';

const CredentialsBody = z
  .object({
    notification_url: z.url().optional(),
    // This merchant's history, in place of the sandbox's volume (a benchmark's backfill wants a busy store).
    charges_per_day: z.int().min(0).max(1_000).optional(),
    history_days: z.int().min(1).max(800).optional(),
  })
  .strict();
const StatusBody = z.object({ status: z.enum(CHARGE_STATUSES) }).strict();
const TransactionParams = z.object({ transactionId: z.string() });
const NotificationsQuery = z.object({ transaction_id: z.string().optional() });

/**
 * The sandbox's own API (not PagHiper's): create test merchants, move charges between statuses (which sends the real
 * callback), read stored charges and the callbacks sent. JSON in, JSON out.
 */
export async function controlRoutes(app: FastifyInstance, options: { state: SandboxState }): Promise<void> {
  const { state } = options;

  app.post('/_control/credentials', async (request, reply) => {
    const body = CredentialsBody.safeParse(request.body ?? {});
    if (!body.success) return invalid(reply, body.error);
    const { notification_url: notificationUrl, charges_per_day: chargesPerDay, history_days: historyDays } = body.data;
    const { merchant, charges } = createMerchant(state, notificationUrl ?? null, { chargesPerDay, historyDays });
    return reply.status(201).send({ apiKey: merchant.apiKey, token: merchant.token, generated_charges: charges });
  });

  app.get('/_control/transactions/:transactionId', async (request, reply) => {
    const { transactionId } = TransactionParams.parse(request.params);
    const charge = state.store.charge(transactionId);
    if (!charge) return notFound(reply, transactionId);
    return { transaction: view(state, charge) };
  });

  app.post('/_control/transactions/:transactionId/status', async (request, reply) => {
    const { transactionId } = TransactionParams.parse(request.params);
    const body = StatusBody.safeParse(request.body ?? {});
    if (!body.success) return invalid(reply, body.error);
    const charge = state.store.charge(transactionId);
    if (!charge) return notFound(reply, transactionId);
    const change = changeStatus(state, charge, body.data.status);
    // Answer only once the callback is delivered or out of retries, so tests never race the webhook.
    const delivery = change.delivery ? await change.delivery : null;
    return {
      transaction: view(state, charge),
      changed: change.changed,
      notification_id: change.notificationId,
      delivery,
    };
  });

  app.get('/_control/notifications', async (request) => {
    const query = NotificationsQuery.parse(request.query);
    const deliveries = state.notifier.deliveries.filter(
      (delivery) => !query.transaction_id || delivery.transactionId === query.transaction_id,
    );
    return { deliveries };
  });

  /** The provider requests answered since the sandbox started or the log was last cleared. */
  app.get('/_control/requests', async () => state.requests.view());
  app.delete('/_control/requests', async () => {
    state.requests.clear();
    return state.requests.view();
  });

  /** Waits for callbacks still being delivered (those sent by a provider cancel), then lists every delivery. */
  app.post('/_control/notifications/wait', async () => {
    await state.notifier.settled();
    return { deliveries: state.notifier.deliveries };
  });
}

function view(state: SandboxState, charge: Charge): Record<string, unknown> {
  const { response_message: _message, ...fields } = statusFields(charge);
  return {
    kind: charge.kind,
    api_key: charge.apiKey,
    ...fields,
    due_datetime: formatDateTime(charge.dueAt),
    payer: charge.payer,
    items: charge.items,
    notification_url: charge.notificationUrl,
    notifications: state.store.notificationsOf(charge.transactionId).map((notification) => ({
      notification_id: notification.notificationId,
      status: notification.status,
      notification_date: formatDateTime(notification.issuedAt),
    })),
  };
}

function notFound(reply: FastifyReply, transactionId: string): FastifyReply {
  return reply.status(404).send({ error: 'transaction_not_found', message: `No charge ${transactionId} in this sandbox` });
}

function invalid(reply: FastifyReply, error: z.ZodError): FastifyReply {
  return reply.status(400).send({ error: 'invalid_request', issues: error.issues });
}
