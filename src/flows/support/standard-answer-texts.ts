import { TICKET_CATEGORIES, type TicketCategory } from '../../modules/tickets/index.ts';

/**
 * The standard answers' words, per category and language, as Liquid (rendered as plain text, for an e-mail). Every
 * template sees the same variables: `requesterName` (null when unknown) and `hasFindings` (whether any check failed;
 * the failed checks and the links are listed by the layout in standard-answers.ts, not here).
 */
export type AnswerLocale = 'pt-BR' | 'en';

/** Every ticket category has its standard answer. */
export const ANSWER_CATEGORIES = TICKET_CATEGORIES;
export type AnswerCategory = TicketCategory;

export interface AnswerText {
  subject: string;
  /** Paragraphs before the findings: what the ticket is about and what was looked at. */
  intro: string[];
  /** What the partner does, as numbered steps after the findings; empty when there is nothing for them to do. */
  steps: string[];
  /** Paragraphs after the steps, before the links. */
  outro: string[];
}

/** The words around the category's text: greeting, headings of the lists, signature. */
export interface AnswerFrame {
  greeting: string;
  findingsHeading: string;
  stepsHeading: string;
  linksHeading: string;
  signature: { support: string; engineering: string; commercial: string };
}

export const ANSWER_FRAMES: Record<AnswerLocale, AnswerFrame> = {
  'pt-BR': {
    greeting: '{% if requesterName %}Olá, {{ requesterName }}!{% else %}Olá!{% endif %}',
    findingsHeading: 'O que a verificação automática encontrou:',
    stepsHeading: 'Como resolver:',
    linksHeading: 'Para saber mais:',
    signature: { support: 'Equipe de suporte Ponte', engineering: 'Equipe de engenharia Ponte', commercial: 'Equipe comercial Ponte' },
  },
  en: {
    greeting: '{% if requesterName %}Hello {{ requesterName }},{% else %}Hello,{% endif %}',
    findingsHeading: 'What the automatic checks found:',
    stepsHeading: 'How to fix it:',
    linksHeading: 'To read more:',
    signature: { support: 'Ponte support team', engineering: 'Ponte engineering team', commercial: 'Ponte commercial team' },
  },
};

/** Section titles of the guides, by `page#anchor` (the anchors' contract), as a link is labelled in an answer. */
export const GUIDE_TITLES: Record<AnswerLocale, Record<string, string>> = {
  'pt-BR': {
    authentication: 'Autenticação',
    'authentication#keys': 'Chaves de API',
    'authentication#tokens': 'Tokens de 12 horas',
    'authentication#token-renewal': 'Renovação do token',
    'authentication#users': 'Usuários da chave',
    environments: 'Ambientes',
    'environments#sandbox-and-production': 'Homologação (sandbox) e produção',
    'environments#key-environment': 'A chave do ambiente errado',
    versions: 'Versões e produtos',
    'versions#versions': 'Versões da API',
    'versions#products': 'Catálogo de produtos',
    'versions#not-offered': 'Produtos fora da API',
    problems: 'Erros da API',
    'off-hours': 'Fora do horário',
    'off-hours#business-hours': 'Horário de atendimento',
    'off-hours#maintenance-windows': 'Rotinas programadas e janelas de manutenção',
    'off-hours#reprocessing': 'Como reprocessar',
  },
  en: {
    authentication: 'Authentication',
    'authentication#keys': 'API keys',
    'authentication#tokens': '12-hour tokens',
    'authentication#token-renewal': 'Renewing the token',
    'authentication#users': "A key's users",
    environments: 'Environments',
    'environments#sandbox-and-production': 'Sandbox and production',
    'environments#key-environment': 'A key of the wrong environment',
    versions: 'Versions and products',
    'versions#versions': 'API versions',
    'versions#products': 'Product catalog',
    'versions#not-offered': 'Products not offered through the API',
    problems: 'API problems',
    'off-hours': 'Off hours',
    'off-hours#business-hours': 'Support hours',
    'off-hours#maintenance-windows': 'Scheduled routines and maintenance windows',
    'off-hours#reprocessing': 'Resending a call',
  },
};

const FOUND_PT = '{% if hasFindings %}Veja abaixo o que encontramos e como resolver.{% endif %}';
const FOUND_EN = '{% if hasFindings %}Below is what we found and how to fix it.{% endif %}';

export const ANSWER_TEXTS: Record<AnswerLocale, Record<AnswerCategory, AnswerText>> = {
  'pt-BR': {
    api_question: {
      subject: 'Sua dúvida sobre a API da Ponte',
      intro: ['Obrigado pela mensagem. Separamos abaixo as partes dos guias que respondem às dúvidas mais comuns sobre a API.', FOUND_PT],
      steps: [
        'Toda resposta de erro traz um `code` estável e um `type` com o link da explicação do código: comece por ele.',
        'Para autenticar, troque a chave de API por um token de 12 horas em POST /v1/auth/token e envie-o no cabeçalho Authorization: Bearer.',
      ],
      outro: ['Se a dúvida continuar, responda a este e-mail com o requestId de uma chamada de exemplo (cabeçalho x-request-id) que olhamos com você.'],
    },
    invalid_api_key: {
      subject: 'Chave de API recusada: o que verificamos',
      intro: ['Analisamos a chamada informada no chamado e verificamos a chave de API usada nela.', FOUND_PT],
      steps: [
        'Confira o começo da chave configurada no seu sistema: pk_sandbox_… é de homologação (sandbox) e pk_production_… é de produção. Uma chave só funciona no próprio ambiente.',
        'Configure a chave do ambiente que você quer chamar e peça um token novo em POST /v1/auth/token, informando também "environment" ("sandbox" ou "production").',
        'Se a chave foi revogada ou você não tem uma chave do ambiente certo, peça uma nova ao operador.',
      ],
      outro: ['Por segurança, nunca envie a chave inteira por e-mail: o começo dela (por exemplo pk_production_AbCd…) basta para identificá-la.'],
    },
    access_token: {
      subject: 'Token de acesso: renovação',
      intro: ['Analisamos o token de acesso usado na chamada informada no chamado.', FOUND_PT],
      steps: [
        'O token vale 12 horas: guarde o expires_at recebido em POST /v1/auth/token.',
        'Peça um token novo antes desse horário, ou assim que uma chamada responder token_expired, trocando a chave de novo em POST /v1/auth/token.',
        'Repita a chamada que falhou com o token novo.',
      ],
      outro: [],
    },
    off_hours_error: {
      subject: 'Erro fora do horário: janela de manutenção e reprocessamento',
      intro: ['Analisamos o horário da chamada informada no chamado, comparando-o com as rotinas programadas e as janelas de manutenção da API.', FOUND_PT],
      steps: [
        'Se a chamada caiu numa janela de manutenção, espere o fim da janela e reenvie a mesma chamada.',
        'Antes de reenviar uma operação que cria algo (uma cobrança, um pedido), confira se a primeira tentativa não foi executada, para não duplicar.',
        'Evite agendar cargas nos horários das janelas.',
      ],
      outro: ['Se o erro continuar fora da janela, responda a este e-mail que seguimos com a análise.'],
    },
    product_question: {
      subject: 'Produtos e versões da API',
      intro: ['Conferimos o produto da sua chamada no catálogo de produtos da API.', FOUND_PT],
      steps: [
        'Veja no catálogo em qual versão (v1 ou v2) o produto existe e use o caminho dessa versão.',
        'Produtos marcados como "não oferecido pela API" só podem ser feitos pelo console do operador.',
      ],
      outro: [],
    },
    unexplained_error: {
      subject: 'Estamos investigando o erro informado',
      intro: [
        'Recebemos o seu chamado e estamos investigando o erro. Já temos os dados da chamada registrados no nosso log de requisições, então não é preciso enviá-los de novo.',
        '{% if hasFindings %}A verificação automática já apontou o seguinte:{% endif %}',
      ],
      steps: [],
      outro: ['Voltamos a falar com você assim que tivermos o resultado da análise.'],
    },
    key_user_confusion: {
      subject: 'Chave de API e usuários ligados a ela',
      intro: ['Verificamos os usuários ligados à chave de API usada na chamada informada no chamado.', FOUND_PT],
      steps: [
        'Se a chave tem vários usuários ligados, envie "user" (o id usr_… ou o e-mail) em POST /v1/auth/token.',
        'Use um usuário ligado à chave; para ligar outro usuário, peça ao operador.',
      ],
      outro: [],
    },
    key_request: {
      subject: 'Seu pedido de chave de API',
      intro: [
        'Recebemos o seu pedido de chave de API e o encaminhamos ao nosso time comercial, que cuida da liberação de chaves.',
        'O time comercial vai entrar em contato para confirmar os dados do contrato e o ambiente da chave (homologação ou produção).',
      ],
      steps: [],
      outro: [],
    },
    bug: {
      subject: 'Estamos investigando o problema informado',
      intro: [
        'Obrigado por informar o problema. Já temos os dados da chamada registrados no nosso log de requisições e estamos investigando, sem precisar de mais nada da sua parte por enquanto.',
        '{% if hasFindings %}A verificação automática já apontou o seguinte:{% endif %}',
      ],
      steps: [],
      outro: ['Avisamos você assim que houver uma correção ou uma forma de contornar o problema.'],
    },
    onboarding: {
      subject: 'Sua implantação na Ponte',
      intro: ['Recebemos a sua mensagem sobre a implantação da integração e já estamos cuidando dela.', FOUND_PT],
      steps: [],
      outro: ['Respondemos por este mesmo chamado a cada passo.'],
    },
    complaint: {
      subject: 'Sua reclamação foi recebida',
      intro: ['Recebemos a sua reclamação e ela já está com a nossa equipe de atendimento.'],
      steps: [],
      outro: ['Respondemos por este mesmo canal assim que tivermos a solução.'],
    },
    sync_failure: {
      subject: 'Falha na sincronização da integração',
      intro: ['A sincronização da sua integração falhou e já estamos analisando a causa.', FOUND_PT],
      steps: [],
      outro: ['Se for preciso algo da sua parte (por exemplo, reenviar credenciais), avisamos por este chamado.'],
    },
  },
  en: {
    api_question: {
      subject: 'Your question about the Ponte API',
      intro: ['Thank you for your message. Below are the parts of the guides that answer the most common questions about the API.', FOUND_EN],
      steps: [
        'Every error answer carries a stable `code` and a `type` linking to the code\'s explanation: start there.',
        'To authenticate, exchange the API key for a 12-hour token at POST /v1/auth/token and send it as Authorization: Bearer.',
      ],
      outro: ['If the question remains, reply to this e-mail with the requestId of an example call (the x-request-id header) and we will look at it with you.'],
    },
    invalid_api_key: {
      subject: 'API key refused: what we checked',
      intro: ['We looked into the call given in the ticket and checked the API key it used.', FOUND_EN],
      steps: [
        'Check the start of the key configured in your system: pk_sandbox_… is sandbox (homologação) and pk_production_… is production. A key works only in its own environment.',
        'Configure the key of the environment you mean to call and get a new token at POST /v1/auth/token, also sending "environment" ("sandbox" or "production").',
        'If the key was revoked or you have no key of the right environment, ask the operator for a new one.',
      ],
      outro: ['For safety, never send the whole key by e-mail: its start (pk_production_AbCd…, say) is enough to tell it apart.'],
    },
    access_token: {
      subject: 'Access token: renewal',
      intro: ['We looked into the access token used in the call given in the ticket.', FOUND_EN],
      steps: [
        'A token lasts 12 hours: keep the expires_at you receive from POST /v1/auth/token.',
        'Get a new token before that time, or as soon as a call answers token_expired, by exchanging the key again at POST /v1/auth/token.',
        'Repeat the failed call with the new token.',
      ],
      outro: [],
    },
    off_hours_error: {
      subject: 'Error off hours: maintenance window and resending',
      intro: ["We compared the time of the call given in the ticket with the API's scheduled routines and maintenance windows.", FOUND_EN],
      steps: [
        'If the call fell inside a maintenance window, wait for the window to end and resend the same call.',
        'Before resending an operation that creates something (a charge, an order), check that the first attempt was not carried out, so as not to duplicate it.',
        'Avoid scheduling loads during the windows.',
      ],
      outro: ['If the error persists outside the window, reply to this e-mail and we will carry on with the analysis.'],
    },
    product_question: {
      subject: 'Products and versions of the API',
      intro: ["We looked up your call's product in the API's product catalog.", FOUND_EN],
      steps: [
        'Look up in the catalog which version (v1 or v2) has the product and call that version\'s path.',
        'Products marked "not offered through the API" are done only in the operator\'s console.',
      ],
      outro: [],
    },
    unexplained_error: {
      subject: 'We are looking into the error you reported',
      intro: [
        'We received your ticket and are looking into the error. The call is already in our request log, so there is no need to send its details again.',
        '{% if hasFindings %}The automatic checks have already found:{% endif %}',
      ],
      steps: [],
      outro: ['We will get back to you as soon as the analysis is done.'],
    },
    key_user_confusion: {
      subject: 'API key and its users',
      intro: ['We checked the users linked to the API key used in the call given in the ticket.', FOUND_EN],
      steps: [
        'When the key has several users, send "user" (the usr_… id or the e-mail) to POST /v1/auth/token.',
        'Use a user linked to the key; to link another user, ask the operator.',
      ],
      outro: [],
    },
    key_request: {
      subject: 'Your API key request',
      intro: [
        'We received your request for an API key and passed it to our commercial team, who handle key requests.',
        "The commercial team will contact you to confirm the contract's details and the key's environment (sandbox or production).",
      ],
      steps: [],
      outro: [],
    },
    bug: {
      subject: 'We are looking into the problem you reported',
      intro: [
        'Thank you for reporting the problem. The call is already in our request log and we are looking into it; we need nothing more from you for now.',
        '{% if hasFindings %}The automatic checks have already found:{% endif %}',
      ],
      steps: [],
      outro: ['We will let you know as soon as there is a fix or a way around the problem.'],
    },
    onboarding: {
      subject: 'Your onboarding with Ponte',
      intro: ["We received your message about the integration's onboarding and are already on it.", FOUND_EN],
      steps: [],
      outro: ['We answer on this same ticket at every step.'],
    },
    complaint: {
      subject: 'Your complaint was received',
      intro: ['We received your complaint and it is already with our service team.'],
      steps: [],
      outro: ['We will answer on this same channel as soon as we have the solution.'],
    },
    sync_failure: {
      subject: "The integration's sync failed",
      intro: ["Your integration's sync failed and we are already looking into the cause.", FOUND_EN],
      steps: [],
      outro: ['If anything is needed from you (sending the credentials again, say), we will say so on this ticket.'],
    },
  },
};
