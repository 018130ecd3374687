import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONNECTORS, catalogEntryOf } from '../../src/connectors/catalog.ts';
import { defineConnector } from '../../src/connectors/sdk/manifest.ts';
import { WhatsappCloudStore } from '../../src/connectors/whatsapp-cloud/sandbox/store.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let token: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  token = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const get = (url: string, authorization = `Bearer ${token}`) => ponte.app.inject({ method: 'GET', url, headers: { authorization } });

interface Entry {
  id: string;
  key: string;
  name: { 'pt-BR': string; en: string };
  priority: number;
  trigger: { kind: string };
  defaultTiming: Record<string, unknown>;
  audience: string;
  defaultTemplates: { email: Record<string, { subject: string; body: string }>; whatsapp?: { name: string; language: string; parameters: string[]; body?: string } };
}

describe('the notification catalog of each connector', () => {
  it('lists PagHiper’s eleven notifications with names in both languages, timing, audience and templates, and the variables', async () => {
    const response = await get('/v1/connectors/paghiper/notifications');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { connector: string; recordRecipient: Record<string, string>; variables: { name: string }[]; entries: Entry[] };
    expect(body.entries.map((entry) => entry.key)).toEqual([
      'boleto.created',
      'boleto.due_soon',
      'boleto.due_today',
      'boleto.overdue',
      'boleto.paid',
      'boleto.canceled',
      'boleto.refunded',
      'pix.created',
      'pix.expiring',
      'pix.expired',
      'pix.paid',
    ]);
    for (const entry of body.entries) {
      expect(entry.name['pt-BR'].length, entry.key).toBeGreaterThan(3);
      expect(entry.name.en.length, entry.key).toBeGreaterThan(3);
      expect(entry.audience).toBe('record');
      expect(entry.id).toBe(`paghiper:${entry.key}`);
      expect(entry.defaultTemplates.whatsapp, entry.key).toBeDefined();
    }
    const byKey = Object.fromEntries(body.entries.map((entry) => [entry.key, entry]));
    expect(byKey['boleto.created']!.name).toEqual({ 'pt-BR': 'Boleto gerado', en: 'Boleto issued' });
    expect(byKey['boleto.created']!.defaultTiming).toEqual({ delaySeconds: 0 });
    expect(byKey['boleto.due_soon']!.defaultTiming).toEqual({ daysFromDueDate: -2, at: '09:00' });
    expect(byKey['boleto.due_soon']!.trigger).toEqual({ kind: 'due_date', model: 'payment', daysFromDueDate: -2, at: '09:00', while: ['pending'], where: { 'payment.method': 'boleto' } });
    expect(byKey['pix.expired']!.trigger).toEqual({ kind: 'event', eventType: 'payment.overdue', where: { 'payment.method': 'pix' } });
    expect(byKey['boleto.refunded']!.priority).toBe(5);
    expect(byKey['boleto.created']!.defaultTemplates.whatsapp).toMatchObject({ name: 'boleto_criado', language: 'pt_BR' });
    expect(body.recordRecipient).toEqual({ name: 'payment.payer.name', email: 'payment.payer.email', phone: 'payment.payer.phone' });
    const variables = body.variables.map((variable) => variable.name);
    expect(variables).toEqual(expect.arrayContaining(['payer.name', 'amount', 'due_date', 'boleto_url', 'pix_code', 'store.name']));
    expect(variables).not.toContain('tracking_code');
  });

  it('lists the complaint and fuel catalogs; an unknown connector is 404; a token is needed', async () => {
    const complaints = (await get('/v1/connectors/reclame-aqui/notifications')).json() as { entries: Entry[] };
    expect(complaints.entries.map((entry) => [entry.key, entry.audience])).toEqual([
      ['complaint.created', 'account_contact'],
      ['complaint.consumer_reply', 'account_contact'],
      ['complaint.evaluated', 'account_contact'],
    ]);
    const fuel = (await get('/v1/connectors/ticket-log/notifications')).json() as { entries: Entry[]; recordRecipient: Record<string, string> };
    expect(fuel.entries.map((entry) => entry.key)).toEqual(['fuel_transaction.created', 'daily_summary']);
    expect(fuel.entries[1]!.trigger).toEqual({ kind: 'daily_digest', model: 'fuel_transaction', at: '07:00', groupBy: 'fuel_transaction.vehiclePlate' });
    expect(fuel.entries[1]!.defaultTiming).toEqual({ dailyAt: '07:00' });
    expect(fuel.recordRecipient).toEqual({ name: 'fuel_transaction.driver.name' });
    const unknown = await get('/v1/connectors/stripe/notifications');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'connector_not_found', field: 'params.key' });
    expect((await get('/v1/connectors/paghiper/notifications', '')).statusCode).toBe(401);
  });

  it('names entries as connector:key', () => {
    expect(catalogEntryOf('paghiper:pix.paid')?.entry.name.en).toBe('PIX paid');
    expect(catalogEntryOf('paghiper:nothing')).toBeNull();
    expect(catalogEntryOf('boleto.created')).toBeNull();
  });

  it('uses WhatsApp templates the sandbox has approved, with the same bodies and counts; buyer messages say how to opt out', () => {
    const sandbox = new WhatsappCloudStore(1, () => new Date());
    for (const manifest of Object.values(CONNECTORS)) {
      for (const entry of manifest.notifications) {
        const whatsapp = entry.defaultTemplates.whatsapp;
        if (!whatsapp) continue;
        const approved = sandbox.template(whatsapp.name, whatsapp.language);
        expect(approved, `${manifest.key}:${entry.key}`).toBeDefined();
        expect(approved!.parameters.body, `${manifest.key}:${entry.key}`).toBe(whatsapp.parameters.length);
        expect(approved!.body).toBe(whatsapp.body);
        if (entry.audience === 'record') expect(approved!.body).toMatch(/Para não receber mais mensagens, responda SAIR\.$/);
      }
    }
  });

  it('are checked when declared: unique keys, events the connector emits, variables it declares', () => {
    const paghiper = CONNECTORS.paghiper!;
    const base = { ...paghiper, credentials: z.strictObject({}), config: z.strictObject({}) };
    const [first] = paghiper.notifications;
    expect(() => defineConnector({ ...base, notifications: [first!, first!] })).toThrow(/declared twice/);
    expect(() => defineConnector({ ...base, notifications: [{ ...first!, trigger: { kind: 'event', eventType: 'payment.lost' } }] })).toThrow(/does not emit/);
    const tracking = { ...first!, defaultTemplates: { ...first!.defaultTemplates, email: { ...first!.defaultTemplates.email, en: { subject: 'Sent: {{ tracking_code }}', body: '' } } } };
    expect(() => defineConnector({ ...base, notifications: [tracking] })).toThrow(/tracking_code, which the connector does not declare/);
  });
});
