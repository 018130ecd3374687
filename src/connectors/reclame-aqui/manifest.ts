import { z } from 'zod';
import { defineConnector, retroactiveMonths, secretField, syncIntervalMinutes } from '../sdk/manifest.ts';
import { RECLAME_AQUI_NOTIFICATIONS, RECLAME_AQUI_RECIPIENT, RECLAME_AQUI_VARIABLES } from './notifications.ts';

const MODERATION_REASONS = ['1', '4', '5', '15', '16', '17', '19'] as const;

export const reclameAquiManifest = defineConnector({
  key: 'reclame-aqui',
  name: 'Reclame Aqui',
  category: 'complaint_channel',
  description: {
    'pt-BR': 'Reclamações do Reclame Aqui pela API do HugMe: sincronização, respostas públicas e privadas, avaliação e moderação.',
    en: 'Reclame Aqui complaints through the HugMe API: sync, public and private answers, evaluation and moderation.',
  },
  authScheme: 'oauth2_client_credentials',
  credentials: z.strictObject({
    clientId: z.string().trim().min(1, 'is required').max(200).describe('Usuário (client id) da API do HugMe'),
    clientSecret: secretField(z.string().trim().min(1, 'is required').max(500), 'Senha (client secret) da API do HugMe'),
  }),
  config: z.strictObject({
    companyEmail: z.email('must be an e-mail address').describe('E-mail da empresa'),
    syncIntervalMinutes: syncIntervalMinutes(10, 1440, 10),
    retroactiveMonths: retroactiveMonths(24, 0),
    syncGroup: z.string().trim().min(1).max(100).optional().describe('Grupo de sincronização'),
    companyPage: z.string().trim().min(1).max(200).optional().describe('Página da empresa (Buscar página)'),
    companyId: z.coerce.number().int().positive('must be a positive company id').optional().describe('Id da empresa no Reclame Aqui'),
  }),
  baseUrls: { api: 'https://app.hugme.com.br/api' },
  // HugMe allows 10 calls a minute per client (the token call included), however many integrations use that client.
  rateLimit: { callsPerMinute: 10, sharedBy: 'clientId' },
  defaultSyncIntervalMinutes: 10,
  webhooks: false,
  onboardingFlow: 'self_service',
  models: ['complaint'],
  events: ['complaint.created', 'complaint.updated', 'complaint.consumer_replied', 'complaint.answered', 'complaint.evaluated', 'complaint.closed'],
  actions: [
    { key: 'public_answer', name: { 'pt-BR': 'Resposta pública', en: 'Public answer' }, input: z.strictObject({ ticketId: z.string(), message: z.string().min(1).max(10_000) }) },
    {
      key: 'private_message',
      name: { 'pt-BR': 'Mensagem privada', en: 'Private message' },
      input: z.strictObject({ ticketId: z.string(), message: z.string().min(1).max(10_000), email: z.email() }),
    },
    { key: 'request_evaluation', name: { 'pt-BR': 'Solicitar avaliação', en: 'Request evaluation' }, input: z.strictObject({ ticketId: z.string() }) },
    {
      key: 'request_moderation',
      name: { 'pt-BR': 'Solicitar moderação', en: 'Request moderation' },
      input: z.strictObject({ ticketId: z.string(), reason: z.enum(MODERATION_REASONS), message: z.string().min(1).max(10_000), migrateTo: z.string().optional() }),
    },
    {
      key: 'find_company_pages',
      name: { 'pt-BR': 'Buscar página', en: 'Find company pages' },
      input: z.strictObject({ name: z.string().trim().max(200).optional() }),
    },
  ],
  checklist: [
    { key: 'credentials_verified', label: { 'pt-BR': 'Credenciais verificadas', en: 'Credentials verified' } },
    { key: 'company_found', label: { 'pt-BR': 'Página da empresa encontrada', en: 'Company page found' } },
    { key: 'recent_sync', label: { 'pt-BR': 'Sincronização recente', en: 'Recent sync' } },
  ],
  notifications: RECLAME_AQUI_NOTIFICATIONS,
  notificationVariables: RECLAME_AQUI_VARIABLES,
  recordRecipient: RECLAME_AQUI_RECIPIENT,
});
