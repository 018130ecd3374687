import { z } from 'zod';
import { defineConnector, retroactiveMonths, secretField, syncIntervalMinutes } from '../sdk/manifest.ts';
import { FUEL_NOTIFICATIONS, FUEL_RECIPIENT, FUEL_VARIABLES } from '../sdk/fuel-notifications.ts';

export const maxiFrotaManifest = defineConnector({
  key: 'maxi-frota',
  name: 'Maxi Frota',
  category: 'fuel_card',
  description: {
    'pt-BR': 'Abastecimentos do cartão combustível Maxi Frota. A chave de autorização vale 12 horas: a Ponte a troca na hora.',
    en: 'Maxi Frota fuel card transactions. The authorization key lasts 12 hours: Ponte exchanges it at once.',
  },
  authScheme: 'authorization_key_exchange',
  credentials: z.strictObject({
    authorizationKey: secretField(z.string().trim().min(8, 'must have at least 8 characters').max(500), 'Chave de autorização gerada no portal Maxi Frota'),
  }),
  config: z.strictObject({
    syncIntervalMinutes: syncIntervalMinutes(15, 1440, 60),
    retroactiveMonths: retroactiveMonths(12, 1),
  }),
  // No public API documentation exists (providers.md §4): this host is a placeholder until the real one is known.
  baseUrls: { api: 'https://api.maxifrota.com.br' },
  defaultSyncIntervalMinutes: 60,
  webhooks: false,
  onboardingFlow: 'key_exchange',
  models: ['fuel_transaction'],
  events: ['fuel_transaction.created', 'fuel_transaction.updated', 'fuel_transaction.daily_summary', 'credential.expired'],
  actions: [],
  checklist: [
    { key: 'key_exchanged', label: { 'pt-BR': 'Chave de autorização trocada', en: 'Authorization key exchanged' } },
    { key: 'first_data', label: { 'pt-BR': 'Primeiros abastecimentos recebidos', en: 'First transactions received' } },
    { key: 'data_validated', label: { 'pt-BR': 'Dados validados pelo cliente', en: 'Data validated by the customer' } },
  ],
  notifications: FUEL_NOTIFICATIONS,
  notificationVariables: FUEL_VARIABLES,
  recordRecipient: FUEL_RECIPIENT,
});
