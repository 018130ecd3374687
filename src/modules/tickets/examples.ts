import type { z } from 'zod';
import type { ticketDetailSchema, ticketMessageSchema, ticketSchema } from './wire.ts';

/** What the API description shows: a fleet company's Maxi Frota onboarding, waiting for its authorization key. */
export const TICKET_EXAMPLE = {
  id: 'tkt_5m9q3u7y1c5g9k3o7s1w',
  accountId: 'acc_7k2m9q4x8c1v5b3n6z0p',
  integrationId: 'int_6p0t4x8b2f6j0n4r8v2z',
  kind: 'onboarding',
  subject: 'Integração do cartão Maxi Frota',
  status: 'waiting_customer',
  assigneeId: 'usr_5h9k3m7p1s5v9y3b7e1g',
  requester: { email: 'marina.souza@transportesrioclaro.com.br', name: 'Marina Souza' },
  locale: 'pt-BR',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:20:00.000Z',
  lastMessageAt: '2026-03-02T09:20:00.000Z',
  category: 'onboarding',
  stage: null,
  team: null,
  priority: 'normal',
  solution: null,
  finalCategory: null,
  confirmedByRequester: null,
} as const satisfies z.input<typeof ticketSchema>;

export const MESSAGE_EXAMPLE = {
  id: 'msg_8b2f6j0n4r8v2z6d0h4l',
  ticketId: TICKET_EXAMPLE.id,
  direction: 'outbound',
  visibility: 'public',
  author: 'usr_5h9k3m7p1s5v9y3b7e1g',
  from: null,
  to: [],
  subject: null,
  body: 'Olá, Marina! Para concluir a integração, envie a chave de autorização gerada no portal da Maxi Frota. Ela vale 12 horas.',
  attachments: [],
  mailMessageId: null,
  createdAt: '2026-03-02T09:20:00.000Z',
} as const satisfies z.input<typeof ticketMessageSchema>;

export const TICKET_DETAIL_EXAMPLE = {
  ...TICKET_EXAMPLE,
  messages: [
    {
      ...MESSAGE_EXAMPLE,
      id: 'msg_1a5e9i3m7q1u5y9c3g7k',
      direction: 'inbound',
      author: 'usr_2c6g0k4o8s2w6a0e4i8m',
      body: 'Bom dia! Quero integrar o cartão Maxi Frota da nossa frota.',
      createdAt: '2026-03-02T09:00:00.000Z',
    },
    MESSAGE_EXAMPLE,
  ],
  timeline: [
    { id: 'tev_3c7g1k5o9s3w7a1e5i9m', at: '2026-03-02T09:00:00.000Z', actor: 'usr_2c6g0k4o8s2w6a0e4i8m', type: 'created', data: { kind: 'onboarding', subject: TICKET_EXAMPLE.subject, integrationId: TICKET_EXAMPLE.integrationId } },
    { id: 'tev_4d8h2l6p0t4x8b2f6j0n', at: '2026-03-02T09:00:00.000Z', actor: 'usr_2c6g0k4o8s2w6a0e4i8m', type: 'message_added', data: { messageId: 'msg_1a5e9i3m7q1u5y9c3g7k', direction: 'inbound', visibility: 'public' } },
    { id: 'tev_5e9i3m7q1u5y9c3g7k1o', at: '2026-03-02T09:10:00.000Z', actor: 'usr_5h9k3m7p1s5v9y3b7e1g', type: 'assigned', data: { from: null, to: 'usr_5h9k3m7p1s5v9y3b7e1g' } },
    { id: 'tev_6f0j4n8r2v6z0d4h8l2p', at: '2026-03-02T09:20:00.000Z', actor: 'usr_5h9k3m7p1s5v9y3b7e1g', type: 'message_added', data: { messageId: MESSAGE_EXAMPLE.id, direction: 'outbound', visibility: 'public' } },
    { id: 'tev_7g1k5o9s3w7a1e5i9m3q', at: '2026-03-02T09:20:00.000Z', actor: 'usr_5h9k3m7p1s5v9y3b7e1g', type: 'status_changed', data: { from: 'open', to: 'waiting_customer', reason: null, cause: 'awaiting_customer' } },
  ],
} as const satisfies z.input<typeof ticketDetailSchema>;
