import type { MailTemplateKey, MailText } from './mail-blocks.ts';

const HELLO = 'Olá, {{ contactName }}!';
const LINK_EXPIRY = 'O link vale uma única vez, até {{ linkExpiresAt | long_datetime }} (horário de Brasília).';
const FOOTER = 'Chamado {{ ticketNumber }}. Dúvidas? É só responder a este e-mail: a resposta vai direto para o chamado.';

export const MAIL_TEXTS_PT_BR: Record<MailTemplateKey, MailText> = {
  'instructions.key_exchange': {
    subject: 'Integração {{ connectorName }}: envie a chave de autorização',
    blocks: [
      HELLO,
      'Recebemos o pedido da conta {{ accountName }} para integrar o cartão {{ connectorName }}. Falta só um passo seu:',
      {
        steps: [
          'Entre no portal {{ connectorName }} e gere a chave de autorização.',
          'Logo em seguida, abra o link seguro abaixo e cole a chave. A chave expira em até 12 horas depois de gerada, por isso envie assim que gerar.',
          'Pronto: trocamos a chave na hora por um acesso permanente e começamos a trazer os abastecimentos. Depois, pedimos que você confira os primeiros dados.',
        ],
      },
      { button: 'Enviar a chave com segurança', url: 'connectUrl' },
      LINK_EXPIRY,
      'Por segurança, nunca envie a chave por e-mail: use só o link acima.',
    ],
    footer: FOOTER,
  },
  'instructions.provider_approval': {
    subject: 'Integração {{ connectorName }}: envie as credenciais do web service',
    blocks: [
      HELLO,
      'Recebemos o pedido da conta {{ accountName }} para integrar o cartão {{ connectorName }}. Veja como funciona:',
      {
        steps: [
          'Obtenha com o responsável pelo contrato {{ connectorName }} o usuário e a senha do web service.',
          'Envie os dois pelo link seguro abaixo.',
          'O provedor, {{ connectorName }}, valida a integração em até 15 dias e pode pedir mais informações; avisamos você a cada passo.',
          'Com a aprovação, os abastecimentos passam a ser sincronizados automaticamente.',
        ],
      },
      { button: 'Enviar as credenciais com segurança', url: 'connectUrl' },
      LINK_EXPIRY,
      'Por segurança, nunca envie usuário e senha por e-mail: use só o link acima.',
    ],
    footer: FOOTER,
  },
  'instructions.self_service': {
    subject: 'Integração {{ connectorName }}: envie as credenciais',
    blocks: [
      HELLO,
      'Recebemos o pedido da conta {{ accountName }} para integrar {{ connectorName }}. Falta só enviar as credenciais de acesso à API:',
      {
        steps: [
          'Abra o link seguro abaixo: ele mostra onde encontrar cada credencial.',
          'Preencha e envie. Conferimos as credenciais com {{ connectorName }} na hora, e a integração já fica ativa.',
        ],
      },
      { button: 'Enviar as credenciais com segurança', url: 'connectUrl' },
      LINK_EXPIRY,
      'Por segurança, nunca envie credenciais por e-mail: use só o link acima.',
    ],
    footer: FOOTER,
  },
  reminder: {
    subject: 'Lembrete: a integração {{ connectorName }} aguarda você',
    blocks: [
      HELLO,
      'A integração {{ connectorName }} da conta {{ accountName }} está esperando {% if flow == "key_exchange" %}a chave de autorização{% else %}as credenciais{% endif %} há {{ businessDays }} dias úteis.',
      '{% if flow == "key_exchange" %}Lembre: gere a chave no portal {{ connectorName }} só na hora de enviar, porque ela expira em até 12 horas.{% endif %}',
      { button: 'Enviar agora com segurança', url: 'connectUrl' },
      LINK_EXPIRY,
      'Se não quiser mais a integração, responda a este e-mail e cancelamos o pedido.',
    ],
    footer: FOOTER,
  },
  key_expired: {
    subject: 'Integração {{ connectorName }}: precisamos de uma nova chave',
    blocks: [
      HELLO,
      'A chave de autorização enviada para a integração {{ connectorName }} da conta {{ accountName }} não pôde ser usada: {% if reason == "expired" %}ela foi gerada há mais de 12 horas e já tinha expirado.{% else %}o provedor a recusou.{% endif %}',
      '{% if providerMessage %}Mensagem do provedor: “{{ providerMessage }}”{% endif %}',
      'Por favor, gere uma nova chave no portal {{ connectorName }} e envie logo em seguida pelo novo link abaixo (o anterior não vale mais).',
      { button: 'Enviar a nova chave com segurança', url: 'connectUrl' },
      LINK_EXPIRY,
    ],
    footer: FOOTER,
  },
  credentials_refused: {
    subject: 'Integração {{ connectorName }}: as credenciais não foram aceitas',
    blocks: [
      HELLO,
      'Tentamos conectar a conta {{ accountName }} com {{ connectorName }}, mas as credenciais enviadas foram recusadas.',
      '{% if providerMessage %}Mensagem do provedor: “{{ providerMessage }}”{% endif %}',
      'Confira as credenciais no painel de {{ connectorName }} e envie de novo pelo link abaixo.',
      { button: 'Corrigir as credenciais', url: 'connectUrl' },
      LINK_EXPIRY,
    ],
    footer: FOOTER,
  },
  pending_approval: {
    subject: 'Integração {{ connectorName }}: em validação pelo provedor',
    blocks: [
      HELLO,
      'Recebemos as credenciais da conta {{ accountName }}, e agora o provedor, {{ connectorName }}, valida a integração.',
      'Isso leva até 15 dias, ou seja, até {{ approvalDeadline | long_date }}. Se pedirem mais informações, avisamos você por e-mail; com a aprovação, os abastecimentos passam a ser sincronizados automaticamente.',
      'Você não precisa fazer nada agora.',
    ],
    footer: FOOTER,
  },
  needs_revision: {
    subject: 'Integração {{ connectorName }}: o provedor pediu um ajuste',
    blocks: [
      HELLO,
      'O provedor, {{ connectorName }}, analisou a integração da conta {{ accountName }} e pediu um ajuste antes de aprovar:',
      '“{{ reason }}”',
      'Corrija o que foi pedido e reenvie as credenciais pelo link abaixo; a validação continua em seguida. Se o pedido for de outra informação, basta responder a este e-mail.',
      { button: 'Reenviar com segurança', url: 'connectUrl' },
      LINK_EXPIRY,
    ],
    footer: FOOTER,
  },
  activated: {
    subject: 'Integração {{ connectorName }} ativa',
    blocks: [
      HELLO,
      'Tudo pronto: a integração {{ connectorName }} da conta {{ accountName }} está ativa.',
      'Os primeiros dados já estão a caminho e, daqui em diante, são atualizados automaticamente.',
    ],
    footer: FOOTER,
  },
  validation_request: {
    subject: 'Os dados da integração {{ connectorName }} estão corretos?',
    blocks: [
      HELLO,
      'Chegaram os primeiros abastecimentos da conta {{ accountName }} pela integração {{ connectorName }}. {% if records.size == totalRecords %}Estes são os {{ totalRecords }} recebidos:{% else %}Estes são {{ records.size }} dos {{ totalRecords }} recebidos até agora:{% endif %}',
      { records: ['Data', 'Placa e motorista', 'Combustível', 'Valor'] },
      'Os dados estão corretos? Responda a este e-mail com “Confirmo”, ou conte o que está diferente (um abastecimento que falta, uma placa ou um valor errado) e nós verificamos.',
      { button: 'Confirmar ou apontar uma divergência no portal', url: 'portalUrl', when: 'portalUrl' },
    ],
    footer: FOOTER,
  },
  agent_alert: {
    subject: '[Ponte] {{ subject }}',
    blocks: ['{{ body | multiline | raw }}', { button: 'Abrir', url: 'link', when: 'link' }],
    footer: '{% if ticketNumber %}Chamado {{ ticketNumber }}. {% endif %}Aviso automático da Ponte para a equipe.',
  },
};
