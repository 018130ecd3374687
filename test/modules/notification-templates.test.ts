import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/modules/events/index.ts';
import { NOTIFIABLE_EVENT_TYPES, renderEmail } from '../../src/modules/notifications/index.ts';

const event = (type: string, data: Record<string, unknown>, environment: 'sandbox' | 'production' = 'production'): Event => ({
  id: 'evt_test',
  type,
  accountId: 'acc_test',
  integrationId: 'int_test',
  environment,
  subject: null,
  data,
  origin: 'live',
  occurredAt: '2026-11-20T15:30:00.000Z',
});

describe('notification e-mail templates', () => {
  it('write money, dates and numbers as each language reads them, in São Paulo time', () => {
    const overdue = event('payment.overdue', { payment: { orderId: 'A-1', externalId: 'TX', amountCents: 9990050, dueDate: '2026-11-19', payer: { name: 'João' } } });
    const pt = renderEmail(overdue, 'pt-BR');
    expect(pt.subject).toBe('Cobrança vencida — R$\u00a099.900,50 (A-1)');
    expect(pt.text).toContain('A cobrança venceu em 19/11/2026 e ainda não foi paga.');
    expect(pt.text).toContain('Evento payment.overdue (evt_test) em 20/11/2026, 12:30.');
    const en = renderEmail(overdue, 'en');
    expect(en.subject).toBe('Charge overdue — R$99,900.50 (A-1)');
    expect(en.text).toContain('The charge was due on 11/19/26 and has not been paid.');

    const fuel = renderEmail(event('fuel_transaction.created', { fuel_transaction: { vehiclePlate: 'ABC1D23', liters: 41.257, totalAmount: 250.4, fuelType: 'DIESEL_S10', occurredAt: '2026-11-20T08:05:00-03:00', station: { name: 'Posto Central', city: 'Campinas', uf: 'SP' } } }), 'pt-BR');
    expect(fuel.subject).toBe('Novo abastecimento: ABC1D23 — R$\u00a0250,40');
    expect(fuel.text).toContain('Combustível: DIESEL_S10 — 41,26 L');
    expect(fuel.text).toContain('Data: 20/11/2026, 08:05');
  });

  it('escape what providers send before it goes into HTML, and mark the sandbox environment', () => {
    const complaint = renderEmail(event('complaint.created', { complaint: { title: 'Cobrança <b>indevida</b>', content: '<script>alert("x")</script> & mais', customer: { name: 'Ana' } } }, 'sandbox'), 'pt-BR');
    expect(complaint.subject).toBe('[Homologação] Nova reclamação no Reclame Aqui: Cobrança <b>indevida</b>');
    expect(complaint.html).not.toContain('<script>');
    expect(complaint.html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; mais');
    expect(complaint.text).toContain('<script>alert("x")</script> & mais');
  });

  it('have a message for every event type a rule may choose, missing fields shown as a dash', () => {
    for (const type of NOTIFIABLE_EVENT_TYPES) {
      for (const locale of ['pt-BR', 'en'] as const) {
        const message = renderEmail(event(type, {}), locale);
        expect(message.subject.length, `${type} ${locale}`).toBeGreaterThan(5);
        expect(message.text, `${type} ${locale}`).not.toMatch(/undefined|null|NaN|\[object/);
      }
    }
    expect(renderEmail(event('credential.expired', {}), 'pt-BR').subject).toBe('Novo evento: credential.expired');
  });
});
