import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTORS } from '../../src/connectors/catalog.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let token: string;

beforeAll(async () => {
  ponte = await startTestPonte();
  token = await ponte.adminToken();
});
afterAll(async () => ponte?.dispose());

const get = (url: string, authorization = `Bearer ${token}`) => ponte.app.inject({ method: 'GET', url, headers: { authorization } });

describe('the connector catalog', () => {
  it('lists the four connectors with their categories, flows and field schemas', async () => {
    const response = await get('/v1/connectors');
    expect(response.statusCode).toBe(200);
    const connectors = response.json().data as { key: string; category: string; onboardingFlow: string; defaultSyncIntervalMinutes: number }[];
    expect(connectors.map(({ key, category, onboardingFlow }) => ({ key, category, onboardingFlow }))).toEqual([
      { key: 'paghiper', category: 'payment_gateway', onboardingFlow: 'self_service' },
      { key: 'reclame-aqui', category: 'complaint_channel', onboardingFlow: 'self_service' },
      { key: 'ticket-log', category: 'fuel_card', onboardingFlow: 'provider_approval' },
      { key: 'maxi-frota', category: 'fuel_card', onboardingFlow: 'key_exchange' },
    ]);
    expect(connectors.find((c) => c.key === 'paghiper')!.defaultSyncIntervalMinutes).toBe(5);
  });

  it('describes fields as JSON Schema a form can be drawn from, secrets marked write-only', async () => {
    const paghiper = (await get('/v1/connectors/paghiper')).json();
    expect(paghiper.credentialsSchema).toMatchObject({
      type: 'object',
      required: ['apiKey', 'token'],
      properties: { apiKey: { type: 'string', maxLength: 50 }, token: { type: 'string', maxLength: 128, writeOnly: true } },
      additionalProperties: false,
    });
    const reclameAqui = (await get('/v1/connectors/reclame-aqui')).json();
    expect(reclameAqui.configSchema.properties.syncIntervalMinutes).toMatchObject({ type: 'integer', minimum: 10, maximum: 1440, default: 10 });
    expect(reclameAqui.configSchema.properties.retroactiveMonths).toMatchObject({ minimum: 0 });
    expect(reclameAqui.actions.map((a: { key: string }) => a.key)).toEqual(['public_answer', 'private_message', 'request_evaluation', 'request_moderation', 'find_company_pages']);
  });

  it('answers 404 for an unknown connector and 401 without a token', async () => {
    const unknown = await get('/v1/connectors/stripe');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'connector_not_found', field: 'params.key' });
    expect((await get('/v1/connectors', '')).statusCode).toBe(401);
  });

  it('holds config to its bounds, naming the bound', () => {
    const config = CONNECTORS['reclame-aqui']!.config;
    const base = { companyEmail: 'sac@empresa.example' };
    const messageOf = (value: object) => {
      const result = config.safeParse({ ...base, ...value });
      return result.success ? null : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(messageOf({ syncIntervalMinutes: 5 })).toEqual(['syncIntervalMinutes: must be at least 10 minutes']);
    expect(messageOf({ syncIntervalMinutes: 2000 })).toEqual(['syncIntervalMinutes: must be at most 1440 minutes']);
    expect(messageOf({ retroactiveMonths: -1 })).toEqual(['retroactiveMonths: must not be negative (0 fetches today only)']);
    expect(messageOf({ syncIntervalMinutes: 10, retroactiveMonths: 0 })).toBeNull();
    const credentials = CONNECTORS.paghiper!.credentials.safeParse({ apiKey: 'apk_123' });
    expect(credentials.success ? [] : credentials.error.issues.map((issue) => issue.path.join('.'))).toEqual(['token']);
  });
});
