import type { z } from 'zod';
import type { integrationSchema, recordSchema } from './wire.ts';

/** What the API description shows: a PagHiper integration of a fleet company, in the sandbox, a day into its life. */
export const INTEGRATION_EXAMPLE = {
  id: 'int_6p0t4x8b2f6j0n4r8v2z',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  connector: 'paghiper',
  environment: 'sandbox',
  state: 'active',
  stateReason: null,
  config: { syncIntervalMinutes: 5, retroactiveMonths: 3, paymentMethods: ['boleto', 'pix'] },
  credential: { maskedFingerprint: '••••3f9ac41e', lastVerifiedAt: '2026-03-02T09:00:00.000Z', expiresAt: null },
  callbackUrl: 'https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO',
  sync: {
    enabled: true,
    intervalMinutes: 5,
    nextSyncAt: '2026-03-02T12:10:00.000Z',
    lastSyncAt: '2026-03-02T12:05:00.000Z',
    lastSuccessAt: '2026-03-02T12:05:02.310Z',
    lastStatus: 'succeeded',
    lastError: null,
    lastCallbackAt: null,
    firstDataAt: '2026-03-02T09:01:12.000Z',
  },
  backfill: {
    status: 'succeeded',
    window: { from: '2025-12-02T03:00:00.000Z', to: '2026-03-02T09:00:00.000Z' },
    done: 3,
    total: 3,
    records: 1287,
    error: null,
    startedAt: '2026-03-02T09:00:01.000Z',
    finishedAt: '2026-03-02T09:04:40.000Z',
  },
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
} as const satisfies z.input<typeof integrationSchema>;

/** A paid PIX charge as the PagHiper connector normalises it. */
export const RECORD_EXAMPLE = {
  id: 48213,
  model: 'payment',
  externalId: 'HF97T5SH2ZQNLF6Z',
  status: 'paid',
  hash: '9b1d5f3c7a2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e20a4',
  data: {
    provider: 'paghiper',
    externalId: 'HF97T5SH2ZQNLF6Z',
    method: 'pix',
    orderId: 'PED-2026-000318',
    status: 'paid',
    amountCents: 125990,
    paidAmountCents: 125990,
    feeCents: 199,
    currency: 'BRL',
    dueDate: '2026-03-05',
    createdAt: '2026-03-02T08:58:10-03:00',
    paidAt: '2026-03-02T09:04:55-03:00',
    payer: { name: 'João Pereira da Silva', email: 'financeiro@transportesrioclaro.com.br', document: '12.345.678/0001-95' },
  },
  firstSeenAt: '2026-03-02T11:58:10.000Z',
  lastSeenAt: '2026-03-02T12:05:02.000Z',
  updatedAt: '2026-03-02T12:05:02.000Z',
} as const satisfies z.input<typeof recordSchema>;
