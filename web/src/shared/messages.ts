import { registerMessages } from '../i18n';

registerMessages('shared', {
  'pt-BR': {
    state: {
      requested: 'Solicitada',
      awaiting_customer: 'Aguardando o cliente',
      credentials_received: 'Credenciais recebidas',
      connecting: 'Conectando',
      pending_provider_approval: 'Aguardando aprovação do provedor',
      needs_revision: 'Precisa de correção',
      active: 'Ativa',
      reconnect_required: 'Reconexão necessária',
      key_expired: 'Chave expirada',
      failed: 'Falhou',
      paused: 'Pausada',
      cancelled: 'Cancelada',
    },
    checklist: {
      title: 'Checklist de saúde',
      green: 'Tudo certo',
      yellow: 'Atenção',
      red: 'Com problema',
      items: {
        credentials_verified: 'Credenciais verificadas',
        recent_sync: 'Sincronização recente',
        callback: 'URL de callback',
        notification_rules: 'Regras de notificação',
        first_data: 'Primeiros dados',
        onboarding_complete: 'Onboarding concluído',
      },
    },
  },
  en: {
    state: {
      requested: 'Requested',
      awaiting_customer: 'Awaiting the customer',
      credentials_received: 'Credentials received',
      connecting: 'Connecting',
      pending_provider_approval: 'Pending provider approval',
      needs_revision: 'Needs revision',
      active: 'Active',
      reconnect_required: 'Reconnect required',
      key_expired: 'Key expired',
      failed: 'Failed',
      paused: 'Paused',
      cancelled: 'Cancelled',
    },
    checklist: {
      title: 'Health checklist',
      green: 'All good',
      yellow: 'Attention',
      red: 'Failing',
      items: {
        credentials_verified: 'Credentials verified',
        recent_sync: 'Recent sync',
        callback: 'Callback URL',
        notification_rules: 'Notification rules',
        first_data: 'First data',
        onboarding_complete: 'Onboarding complete',
      },
    },
  },
});
