import type { Locale } from './connect-fields.ts';

/** What the customer does to obtain the credentials, per connector, as the help-centre articles describe it. */
const STEPS: Record<string, Record<Locale, string[]>> = {
  'maxi-frota': {
    'pt-BR': [
      'Entre no portal Maxi Frota com o usuário da sua empresa.',
      'Gere a chave de autorização para integração.',
      'Cole a chave abaixo e envie logo em seguida: ela vale só 12 horas a partir de quando é gerada.',
      'Pronto: trocamos a chave na hora por um acesso permanente e começamos a trazer os abastecimentos.',
    ],
    en: [
      'Sign in to the Maxi Frota portal with your company user.',
      'Generate the authorization key for integrations.',
      'Paste the key below and send it right away: it lasts only 12 hours from when it is generated.',
      'That is all: we exchange the key at once for lasting access and start bringing in the transactions.',
    ],
  },
  'ticket-log': {
    'pt-BR': [
      'Obtenha com o responsável pelo contrato Ticket Log o usuário e a senha do web service (o usuário costuma ter a forma [OperadorWeb]app seguido de números).',
      'Informe os dois abaixo e envie.',
      'A Ticket Log valida a integração em até 15 dias e pode pedir mais informações; avisaremos você por e-mail a cada passo.',
      'Depois da aprovação, os abastecimentos passam a ser sincronizados automaticamente.',
    ],
    en: [
      'Get the web service user and password from whoever manages the Ticket Log contract (the user usually looks like [OperadorWeb]app followed by digits).',
      'Enter both below and send them.',
      'Ticket Log validates the integration within up to 15 days and may ask for more information; we will e-mail you at every step.',
      'Once approved, the transactions are synchronised automatically.',
    ],
  },
  paghiper: {
    'pt-BR': ['No painel do PagHiper, abra Minha Conta > Credenciais.', 'Copie a API Key (começa com apk_) e o Token.', 'Cole os dois abaixo e envie: conferimos com o PagHiper na hora.'],
    en: ['In the PagHiper dashboard, open Minha Conta > Credenciais.', 'Copy the API Key (it starts with apk_) and the Token.', 'Paste both below and send them: we check them with PagHiper at once.'],
  },
  'reclame-aqui': {
    'pt-BR': [
      'Peça a quem administra o HugMe (Reclame Aqui) o usuário (client id) e a senha (client secret) da API.',
      'Informe os dois abaixo e envie: conferimos com o Reclame Aqui na hora.',
    ],
    en: ['Ask whoever administers HugMe (Reclame Aqui) for the API user (client id) and password (client secret).', 'Enter both below and send them: we check them with Reclame Aqui at once.'],
  },
};

const GENERIC_STEPS: Record<Locale, (connectorName: string) => string[]> = {
  'pt-BR': (name) => [`Obtenha as credenciais de integração no portal do ${name}.`, 'Informe-as abaixo e envie.'],
  en: (name) => [`Get the integration credentials from the ${name} portal.`, 'Enter them below and send them.'],
};

/** The steps shown on the /connect page of an integration of this connector. */
export function connectStepsOf(connector: { key: string; name: string }, locale: Locale): string[] {
  return STEPS[connector.key]?.[locale] ?? GENERIC_STEPS[locale](connector.name);
}

/** The fixed words of the /connect pages. */
export const PAGE_COPY = {
  'pt-BR': {
    languageNav: 'Idioma',
    languages: { 'pt-BR': 'Português', en: 'English' },
    connectTitle: (connector: string) => `Conectar ${connector}`,
    lead: (account: string) => `Envie as credenciais da conta ${account} só por esta página segura, nunca por e-mail.`,
    deadline: (when: string) => `Este link vale uma única vez e expira em ${when} (horário de Brasília).`,
    stepsHeading: 'Como obter as credenciais',
    formHeading: 'Credenciais',
    requiredNote: 'Campos marcados com * são obrigatórios.',
    secretNote: 'Guardamos as credenciais criptografadas; elas não aparecem de novo em nenhuma tela nem e-mail.',
    submit: 'Enviar com segurança',
    fieldErrorsHeading: 'Confira os campos indicados',
    formErrorHeading: 'Não foi possível concluir',
    integration: (id: string) => `Integração ${id}`,
    ticket: (number: string) => `Chamado ${number}`,
  },
  en: {
    languageNav: 'Language',
    languages: { 'pt-BR': 'Português', en: 'English' },
    connectTitle: (connector: string) => `Connect ${connector}`,
    lead: (account: string) => `Send the credentials of the account ${account} only through this secure page, never by e-mail.`,
    deadline: (when: string) => `This link works once and expires on ${when} (Brasília time).`,
    stepsHeading: 'How to get the credentials',
    formHeading: 'Credentials',
    requiredNote: 'Fields marked with * are required.',
    secretNote: 'We store the credentials encrypted; they are never shown again on any page or e-mail.',
    submit: 'Send securely',
    fieldErrorsHeading: 'Check the fields marked below',
    formErrorHeading: 'We could not finish',
    integration: (id: string) => `Integration ${id}`,
    ticket: (number: string) => `Ticket ${number}`,
  },
} satisfies Record<Locale, unknown>;

/** The end states of a /connect link, each saying what happened and what to do next. */
export const OUTCOME_COPY = {
  'pt-BR': {
    active: {
      title: 'Integração ativa',
      lines: (connector: string) => [
        `Recebemos as credenciais e a conexão com ${connector} funcionou: a integração está ativa.`,
        'Os primeiros dados chegam em instantes. Quando chegarem, vamos pedir por e-mail que você confira se estão corretos.',
      ],
    },
    connecting: {
      title: 'Credenciais recebidas',
      lines: (connector: string) => [
        `Recebemos as credenciais e estamos conectando com ${connector} agora.`,
        'Você recebe um e-mail assim que a integração estiver ativa, ou se algo precisar de correção.',
      ],
    },
    pending_provider_approval: {
      title: 'Credenciais recebidas',
      lines: (connector: string, by: string | null) => [
        `Recebemos as credenciais. Agora o provedor, ${connector}, valida a integração, o que leva até 15 dias${by ? ` (até ${by})` : ''}.`,
        `O provedor pode pedir mais informações; nesse caso avisamos você por e-mail. Depois da aprovação, os dados são sincronizados automaticamente.`,
      ],
    },
    used: {
      title: 'Este link já foi usado',
      lines: () => ['As credenciais já foram enviadas por este link, e ele não vale mais.', 'Se precisar enviar de novo, responda ao e-mail que você recebeu e mandamos um link novo.'],
    },
    expired: {
      title: 'Este link expirou',
      lines: () => ['Por segurança, o link de envio vale por tempo limitado.', 'Responda ao e-mail que você recebeu pedindo um link novo.'],
    },
    unknown: {
      title: 'Link não encontrado',
      lines: () => [
        'Confira se o endereço foi copiado inteiro do e-mail.',
        'Se o problema continuar, responda ao e-mail que você recebeu e mandamos um link novo.',
      ],
    },
    closing: 'Você já pode fechar esta página.',
  },
  en: {
    active: {
      title: 'Integration active',
      lines: (connector: string) => [
        `We received the credentials and the connection to ${connector} works: the integration is active.`,
        'The first data arrives in a moment. When it does, we will e-mail you to check it is correct.',
      ],
    },
    connecting: {
      title: 'Credentials received',
      lines: (connector: string) => [
        `We received the credentials and are connecting to ${connector} now.`,
        'You will get an e-mail as soon as the integration is active, or if anything needs correcting.',
      ],
    },
    pending_provider_approval: {
      title: 'Credentials received',
      lines: (connector: string, by: string | null) => [
        `We received the credentials. ${connector} now validates the integration, which takes up to 15 days${by ? ` (by ${by})` : ''}.`,
        `${connector} may ask for more information; if so, we will e-mail you. Once approved, the data is synchronised automatically.`,
      ],
    },
    used: {
      title: 'This link has already been used',
      lines: () => ['The credentials were already sent through this link, and it no longer works.', 'If you need to send them again, reply to the e-mail you received and we will send a new link.'],
    },
    expired: {
      title: 'This link has expired',
      lines: () => ['For security, the submission link only works for a limited time.', 'Reply to the e-mail you received to ask for a new link.'],
    },
    unknown: {
      title: 'Link not found',
      lines: () => ['Check that the whole address was copied from the e-mail.', 'If it still does not work, reply to the e-mail you received and we will send a new link.'],
    },
    closing: 'You can close this page now.',
  },
} satisfies Record<Locale, unknown>;
