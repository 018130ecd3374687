import { z } from 'zod';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { requirePrincipal } from '../../platform/http/principal.ts';
import { operation } from '../../platform/http/openapi.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { EVENT_ORIGINS } from './schema.ts';
import type { EventsService } from './service.ts';

const eventSchema = z.object({
  id: z.string(),
  type: z.string(),
  accountId: z.string(),
  integrationId: z.string().nullable(),
  environment: z.enum(['sandbox', 'production']),
  subject: z.object({ model: z.string(), id: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
  origin: z.enum(EVENT_ORIGINS).describe('`history`: found in the provider’s past by a backfill (notification rules skip these); `live`: happened now'),
  occurredAt: z.iso.datetime(),
});

export function registerEventRoutes(app: HttpServer, deps: { database: DatabaseHandle; events: EventsService }): void {
  app.get(
    '/v1/events',
    {
      schema: {
        ...operation({
          id: 'listEvents',
          tag: 'events',
          summary: 'Events in the order they happened, paged by an opaque cursor',
          description:
            'Pass `nextCursor` back as `cursor` to read on; on the last page it is where to poll from for new events. The order is the order of commit: an event shows once every transaction that began before it has ended (usually milliseconds), so a cursor never passes over an event that commits late. A customer reads its own account’s events whatever `accountId` says.',
        }),
        querystring: z.strictObject({
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          type: z.string().max(100).optional(),
          integrationId: z.string().optional(),
          accountId: z.string().optional(),
          environment: z.enum(['sandbox', 'production']).optional(),
        }),
        response: {
          200: z.object({ data: z.array(eventSchema), nextCursor: z.string() }).meta({
            examples: [
              {
                data: [
                  {
                    id: 'evt_4n8r2v6z0d4h8l2p6t0x',
                    type: 'payment.paid',
                    accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
                    integrationId: 'int_6p0t4x8b2f6j0n4r8v2z',
                    environment: 'sandbox',
                    subject: { model: 'payment', id: 'HF97T5SH2ZQNLF6Z' },
                    data: { payment: { externalId: 'HF97T5SH2ZQNLF6Z', method: 'pix', status: 'paid', amountCents: 125990, currency: 'BRL', paidAt: '2026-03-02T09:04:55-03:00', payer: { name: 'João Pereira da Silva', document: '12.345.678/0001-95' } }, previousStatus: 'pending' },
                    origin: 'live',
                    occurredAt: '2026-03-02T12:05:03.000Z',
                  },
                ],
                nextCursor: 'c_MTIzNDU2OjQ1Njc4',
              },
            ],
          }),
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      // A customer reads its own account's events whatever it asks for.
      const accountId = principal.role === 'customer' ? (principal.accountId ?? '') : request.query.accountId;
      return deps.events.list(deps.database.db, { ...request.query, accountId });
    },
  );
}
