import { SeededPicker } from '../../sandbox-kit/random.ts';

/** One business phone number and the system-user token that may send from it. */
export interface BusinessNumber {
  phoneNumberId: string;
  /** The WhatsApp Business Account the number belongs to (the webhook's `entry[].id`). */
  wabaId: string;
  displayPhoneNumber: string;
  accessToken: string;
}

/** An approved template in one language, with how many parameters each component takes. */
export interface Template {
  name: string;
  /** Meta's language code, e.g. `pt_BR`, `en_US`. */
  language: string;
  category: 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';
  parameters: { header: number; body: number };
  /** The body with `{{1}}`… placeholders, for people reading the recorded messages. */
  body?: string;
}

export interface DeliveryStatus {
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestamp: string;
}

/** One message the sandbox accepted. */
export interface RecordedMessage {
  id: string;
  phoneNumberId: string;
  to: string;
  waId: string;
  type: 'template' | 'text';
  template?: { name: string; language: string; parameters: { header: string[]; body: string[] } };
  text?: string;
  acceptedAt: string;
  /** The statuses sent to the webhook for it so far, in the order sent. */
  statuses: DeliveryStatus[];
}

/** A message a person wrote to a business number (through `POST /_control/replies`). */
export interface InboundMessage {
  id: string;
  phoneNumberId: string;
  from: string;
  text: string;
  receivedAt: string;
}

/** Buyer-facing bodies end with how to stop them: a "SAIR" reply opts the person out. */
const OPT_OUT = '\n\nPara não receber mais mensagens, responda SAIR.';

const utility = (name: string, parameters: number, body: string): Template => ({ name, language: 'pt_BR', category: 'UTILITY', parameters: { header: 0, body: parameters }, body });

/**
 * Templates every sandbox starts with: the buyer notifications of a boleto/PIX store, and the complaint alerts to a
 * company's team, in pt_BR (the notification catalogs' built-in WhatsApp messages use these names and bodies).
 */
const DEFAULT_TEMPLATES: Template[] = [
  { name: 'hello_world', language: 'en_US', category: 'UTILITY', parameters: { header: 0, body: 0 }, body: 'Hello World' },
  utility('boleto_criado', 4, `Olá {{1}}, seu boleto de {{2}} na {{3}} vence em {{4}}.${OPT_OUT}`),
  utility('boleto_vencendo', 2, `Olá {{1}}, seu boleto de {{2}} vence em breve.${OPT_OUT}`),
  utility('boleto_vence_hoje', 3, `Olá {{1}}, seu boleto de {{2}} vence hoje. Pague pelo link: {{3}}${OPT_OUT}`),
  utility('boleto_vencido', 3, `Olá {{1}}, seu boleto de {{2}} venceu em {{3}}.${OPT_OUT}`),
  utility('boleto_cancelado', 3, `Olá {{1}}, o boleto de {{2}} da {{3}} foi cancelado e não deve ser pago.${OPT_OUT}`),
  utility('pagamento_confirmado', 3, `Olá {{1}}, recebemos seu pagamento de {{2}} na {{3}}. Obrigado!${OPT_OUT}`),
  utility('pagamento_estornado', 3, `Olá {{1}}, o pagamento de {{2}} na {{3}} foi estornado.${OPT_OUT}`),
  utility('pix_criado', 3, `Olá {{1}}, seu PIX de {{2}}: copie e cole o código {{3}}.${OPT_OUT}`),
  utility('pix_expirando', 3, `Olá {{1}}, seu PIX de {{2}} expira hoje. Copie e cole o código para pagar: {{3}}${OPT_OUT}`),
  utility('pix_expirado', 3, `Olá {{1}}, o PIX de {{2}} na {{3}} expirou sem pagamento. Se ainda quiser concluir a compra, fale com a loja.${OPT_OUT}`),
  utility('reclamacao_nova', 3, 'Nova reclamação no Reclame Aqui para {{1}}: "{{2}}", de {{3}}. Responda pelo HugMe ou pela Ponte.'),
  utility('reclamacao_replica', 2, '{{1}} respondeu na reclamação "{{2}}" do Reclame Aqui. Veja a mensagem no HugMe ou na Ponte.'),
  utility('reclamacao_avaliada', 3, '{{1}} avaliou a reclamação "{{2}}" do Reclame Aqui com nota {{3}}.'),
];

/** The number and token `npm start` serves, so a sandbox integration works without a control call. */
const DEFAULT_NUMBER: BusinessNumber = {
  phoneNumberId: '109876543210001',
  wabaId: '209876543210001',
  displayPhoneNumber: '5511900000001',
  accessToken: 'EAAsandbox0000whatsapp0000token',
};

const WINDOW_MS = 24 * 3_600_000;

export class WhatsappCloudStore {
  readonly numbers = new Map<string, BusinessNumber>([[DEFAULT_NUMBER.phoneNumberId, DEFAULT_NUMBER]]);
  readonly templates = new Map<string, Template>();
  readonly messages: RecordedMessage[] = [];
  readonly inbound: InboundMessage[] = [];
  readonly #picker: SeededPicker;

  constructor(
    seed: number,
    private readonly now: () => Date,
  ) {
    this.#picker = new SeededPicker(seed);
    for (const template of DEFAULT_TEMPLATES) this.putTemplate(template);
  }

  createNumber(): BusinessNumber {
    const serial = String(this.numbers.size + 1).padStart(4, '0');
    const number: BusinessNumber = {
      phoneNumberId: `10987654321${serial}`,
      wabaId: `20987654321${serial}`,
      displayPhoneNumber: `551190000${serial}`,
      accessToken: `EAAsandbox${this.#picker.code(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`,
    };
    this.numbers.set(number.phoneNumberId, number);
    return number;
  }

  putTemplate(template: Template): void {
    this.templates.set(`${template.name}/${template.language}`, template);
  }

  template(name: string, language: string): Template | undefined {
    return this.templates.get(`${name}/${language}`);
  }

  /** Meta's message ids are `wamid.` and a base64 blob; these are unique and look alike. */
  messageId(): string {
    return `wamid.HBgM${this.#picker.code(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
  }

  record(message: Omit<RecordedMessage, 'id' | 'acceptedAt' | 'statuses'>): RecordedMessage {
    const recorded: RecordedMessage = { ...message, id: this.messageId(), acceptedAt: this.now().toISOString(), statuses: [] };
    this.messages.push(recorded);
    return recorded;
  }

  message(id: string): RecordedMessage | undefined {
    return this.messages.find((message) => message.id === id);
  }

  /** Free text reaches a person only within 24 hours of their last message to that number. */
  windowOpen(phoneNumberId: string, person: string): boolean {
    const since = this.now().getTime() - WINDOW_MS;
    return this.inbound.some((message) => message.phoneNumberId === phoneNumberId && message.from === person && Date.parse(message.receivedAt) > since);
  }
}
