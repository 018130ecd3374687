import type { NotificationCatalogEntry, NotificationVariable, RecordRecipientPaths } from '../sdk/notification-catalog.ts';

/** What a Reclame Aqui complaint fills in a template. */
export const RECLAME_AQUI_VARIABLES: NotificationVariable[] = [
  { name: 'complaint.id', description: { 'pt-BR': 'Id da reclamação no HugMe', en: 'The complaint’s HugMe id' }, example: '98765432' },
  { name: 'complaint.title', description: { 'pt-BR': 'Título da reclamação', en: 'The complaint’s title' }, example: 'Produto chegou com defeito e não consigo trocar' },
  { name: 'complaint.status', description: { 'pt-BR': 'Situação no Reclame Aqui', en: 'Its status at Reclame Aqui' }, example: 'Não respondida' },
  { name: 'complaint.created_at', description: { 'pt-BR': 'Quando foi aberta', en: 'When it was opened' }, example: '23/11/2026, 10:42' },
  { name: 'complaint.rating', description: { 'pt-BR': 'Nota dada pelo consumidor (0 a 10)', en: 'The consumer’s rating (0 to 10)' }, example: '8' },
  {
    name: 'complaint.last_consumer_message',
    description: { 'pt-BR': 'A última mensagem do consumidor', en: 'The consumer’s latest message' },
    example: 'Ainda não recebi o produto trocado, já se passaram 10 dias.',
  },
  { name: 'customer.name', description: { 'pt-BR': 'Nome do consumidor', en: 'The consumer’s name' }, example: 'Carla Mendes' },
  { name: 'customer.email', description: { 'pt-BR': 'E-mail do consumidor', en: 'The consumer’s e-mail' }, example: 'carla.mendes@hotmail.com' },
  { name: 'store.name', description: { 'pt-BR': 'Nome da empresa (a conta)', en: 'The company’s name (the account)' }, example: 'Loja Bella Casa' },
];

// HugMe's consumer phones are not part of the normalised complaint: complaints reach their consumer by e-mail only.
export const RECLAME_AQUI_RECIPIENT: RecordRecipientPaths = { name: 'complaint.customer.name', email: 'complaint.customer.email' };

const lines = (...parts: string[]) => parts.join('\n');

export const RECLAME_AQUI_NOTIFICATIONS: NotificationCatalogEntry[] = [
  {
    key: 'complaint.created',
    name: { 'pt-BR': 'Nova reclamação', en: 'New complaint' },
    priority: 1,
    recognisedBy: { 'pt-BR': 'Evento complaint.created: uma reclamação nova apareceu no HugMe.', en: 'A complaint.created event: a new complaint appeared in HugMe.' },
    trigger: { kind: 'event', eventType: 'complaint.created' },
    audience: 'account_contact',
    defaultTemplates: {
      email: {
        'pt-BR': {
          subject: 'Nova reclamação no Reclame Aqui: {{ complaint.title }}',
          body: lines('Uma nova reclamação contra {{ store.name }} chegou pelo Reclame Aqui.', '', 'Título: {{ complaint.title }}', 'Consumidor: {{ customer.name }}', 'Aberta em: {{ complaint.created_at }}', 'Situação: {{ complaint.status }}', '', 'Responda pelo chamado na Ponte ou pelo HugMe.'),
        },
        en: {
          subject: 'New complaint on Reclame Aqui: {{ complaint.title }}',
          body: lines('A new complaint against {{ store.name }} arrived through Reclame Aqui.', '', 'Title: {{ complaint.title }}', 'Consumer: {{ customer.name }}', 'Opened: {{ complaint.created_at }}', 'Status: {{ complaint.status }}', '', 'Answer it from its ticket in Ponte or in HugMe.'),
        },
      },
      whatsapp: { name: 'reclamacao_nova', language: 'pt_BR', parameters: ['{{ store.name }}', '{{ complaint.title }}', '{{ customer.name }}'], body: 'Nova reclamação no Reclame Aqui para {{1}}: "{{2}}", de {{3}}. Responda pelo HugMe ou pela Ponte.' },
    },
  },
  {
    key: 'complaint.consumer_reply',
    name: { 'pt-BR': 'Réplica do consumidor', en: 'Consumer reply' },
    priority: 2,
    recognisedBy: {
      'pt-BR':
        'Evento complaint.consumer_replied: a sincronização viu a reclamação com mais mensagens do consumidor do que antes (réplica ou mensagem privada: interações do tipo 1 ou 6; a avaliação não conta).',
      en: 'A complaint.consumer_replied event: the sync saw the complaint with more messages from its consumer than before (a réplica or private message: interaction types 1 or 6; an evaluation does not count).',
    },
    trigger: { kind: 'event', eventType: 'complaint.consumer_replied' },
    audience: 'account_contact',
    defaultTemplates: {
      email: {
        'pt-BR': {
          subject: 'O consumidor respondeu: {{ complaint.title }}',
          body: lines('{{ customer.name }} escreveu de novo na reclamação "{{ complaint.title }}":', '', '{{ complaint.last_consumer_message }}', '', 'Situação: {{ complaint.status }}'),
        },
        en: {
          subject: 'The consumer replied: {{ complaint.title }}',
          body: lines('{{ customer.name }} wrote again on the complaint "{{ complaint.title }}":', '', '{{ complaint.last_consumer_message }}', '', 'Status: {{ complaint.status }}'),
        },
      },
      whatsapp: { name: 'reclamacao_replica', language: 'pt_BR', parameters: ['{{ customer.name }}', '{{ complaint.title }}'], body: '{{1}} respondeu na reclamação "{{2}}" do Reclame Aqui. Veja a mensagem no HugMe ou na Ponte.' },
    },
  },
  {
    key: 'complaint.evaluated',
    name: { 'pt-BR': 'Avaliação recebida', en: 'Evaluation received' },
    priority: 3,
    recognisedBy: { 'pt-BR': 'Evento complaint.evaluated: o consumidor avaliou o atendimento.', en: 'A complaint.evaluated event: the consumer rated the answer.' },
    trigger: { kind: 'event', eventType: 'complaint.evaluated' },
    audience: 'account_contact',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Reclamação avaliada: nota {{ complaint.rating }}', body: lines('{{ customer.name }} avaliou o atendimento da reclamação "{{ complaint.title }}" com nota {{ complaint.rating }}.', '', 'Situação: {{ complaint.status }}') },
        en: { subject: 'Complaint rated: {{ complaint.rating }}', body: lines('{{ customer.name }} rated the answer to the complaint "{{ complaint.title }}" {{ complaint.rating }}.', '', 'Status: {{ complaint.status }}') },
      },
      whatsapp: {
        name: 'reclamacao_avaliada',
        language: 'pt_BR',
        parameters: ['{{ customer.name }}', '{{ complaint.title }}', '{{ complaint.rating }}'],
        body: '{{1}} avaliou a reclamação "{{2}}" do Reclame Aqui com nota {{3}}.',
      },
    },
  },
];
