import type { NotificationCatalogEntry, NotificationVariable, RecordRecipientPaths } from '../sdk/notification-catalog.ts';

/** What a PagHiper charge fills in a template. No tracking or product variables: PagHiper knows the charge, not the goods. */
export const PAGHIPER_VARIABLES: NotificationVariable[] = [
  { name: 'payer.name', description: { 'pt-BR': 'Nome do pagador', en: 'The payer’s name' }, example: 'Maria Aparecida Souza' },
  { name: 'payer.email', description: { 'pt-BR': 'E-mail do pagador', en: 'The payer’s e-mail' }, example: 'maria.souza@gmail.com' },
  { name: 'payer.phone', description: { 'pt-BR': 'Telefone do pagador (E.164)', en: 'The payer’s phone (E.164)' }, example: '+5511987654321' },
  { name: 'amount', description: { 'pt-BR': 'Valor da cobrança (R$ 1.234,56)', en: 'The charge’s amount (R$1,234.56)' }, example: 'R$ 1.234,56' },
  { name: 'paid_amount', description: { 'pt-BR': 'Valor pago, quando pago', en: 'The amount paid, once paid' }, example: 'R$ 1.234,56' },
  { name: 'due_date', description: { 'pt-BR': 'Vencimento (23/11/2026)', en: 'Due date (11/23/2026)' }, example: '23/11/2026' },
  { name: 'paid_at', description: { 'pt-BR': 'Data e hora do pagamento', en: 'When it was paid' }, example: '22/11/2026, 14:05' },
  { name: 'boleto_url', description: { 'pt-BR': 'Link do boleto', en: 'The boleto’s link' }, example: 'https://www.paghiper.com/checkout/boleto/AB12CD34EF56GH78' },
  { name: 'digitable_line', description: { 'pt-BR': 'Linha digitável do boleto', en: 'The boleto’s digitable line' }, example: '34191.79001 01043.510047 91020.150008 1 96610000123456' },
  { name: 'pix_code', description: { 'pt-BR': 'Código PIX copia e cola', en: 'The PIX copy-and-paste code' }, example: '00020101021226870014br.gov.bcb.pix2565pix.paghiper.com/qr/v2/AB12CD34EF56GH785204000053039865802BR5925LOJA6009SAO PAULO62070503***6304ABCD' },
  { name: 'pix_url', description: { 'pt-BR': 'Link do QR Code PIX', en: 'The PIX QR code’s link' }, example: 'https://pix.paghiper.com/checkout/AB12CD34EF56GH78' },
  { name: 'order_id', description: { 'pt-BR': 'Número do pedido na loja', en: 'The store’s order number' }, example: 'PED-48213' },
  { name: 'transaction_id', description: { 'pt-BR': 'Id da transação no PagHiper', en: 'The PagHiper transaction id' }, example: 'AB12CD34EF56GH78' },
  { name: 'payment_method', description: { 'pt-BR': 'Forma de pagamento (boleto ou PIX)', en: 'Payment method (boleto or PIX)' }, example: 'boleto' },
  { name: 'status', description: { 'pt-BR': 'Situação da cobrança', en: 'The charge’s status' }, example: 'Aguardando pagamento' },
  { name: 'store.name', description: { 'pt-BR': 'Nome da loja (a conta)', en: 'The store’s name (the account)' }, example: 'Loja Bella Casa' },
];

export const PAGHIPER_RECIPIENT: RecordRecipientPaths = { name: 'payment.payer.name', email: 'payment.payer.email', phone: 'payment.payer.phone' };

const BOLETO = { 'payment.method': 'boleto' };
const PIX = { 'payment.method': 'pix' };
/** Buyer-facing WhatsApp bodies end with how to stop them (answered by the opt-out handling). */
const OPT_OUT = '\n\nPara não receber mais mensagens, responda SAIR.';

const greeting = { 'pt-BR': 'Olá, {{ payer.name | default: "cliente" }}!', en: 'Hello, {{ payer.name | default: "customer" }}!' };
const lines = (...parts: string[]) => parts.join('\n');
const boletoLinks = {
  'pt-BR': lines('{% if boleto_url != "" %}Boleto: {{ boleto_url }}{% endif %}', '{% if digitable_line != "" %}Linha digitável: {{ digitable_line }}{% endif %}'),
  en: lines('{% if boleto_url != "" %}Boleto: {{ boleto_url }}{% endif %}', '{% if digitable_line != "" %}Digitable line: {{ digitable_line }}{% endif %}'),
};
const pixLinks = {
  'pt-BR': lines('{% if pix_code != "" %}PIX copia e cola: {{ pix_code }}{% endif %}', '{% if pix_url != "" %}QR Code: {{ pix_url }}{% endif %}'),
  en: lines('{% if pix_code != "" %}PIX copy and paste: {{ pix_code }}{% endif %}', '{% if pix_url != "" %}QR code: {{ pix_url }}{% endif %}'),
};
const ignoreIfPaid = { 'pt-BR': 'Se você já pagou, desconsidere esta mensagem.', en: 'If you have already paid, please disregard this message.' };
const paid = '{{ paid_amount | default: amount }}';

const whatsapp = (name: string, body: string, parameters: string[]) => ({ name, language: 'pt_BR', parameters, body });
const NAME = '{{ payer.name | default: "cliente" }}';

export const PAGHIPER_NOTIFICATIONS: NotificationCatalogEntry[] = [
  {
    key: 'boleto.created',
    name: { 'pt-BR': 'Boleto gerado', en: 'Boleto issued' },
    priority: 1,
    recognisedBy: { 'pt-BR': 'Evento payment.created de uma cobrança com method = boleto.', en: 'A payment.created event of a charge whose method is boleto.' },
    trigger: { kind: 'event', eventType: 'payment.created', where: BOLETO },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': {
          subject: 'Seu boleto de {{ amount }} na {{ store.name }}',
          body: lines(greeting['pt-BR'], '', 'Seu boleto de {{ amount }} do pedido {{ order_id }} na {{ store.name }} foi gerado e vence em {{ due_date }}.', '', boletoLinks['pt-BR'], '', 'Obrigado pela compra!'),
        },
        en: {
          subject: 'Your boleto of {{ amount }} at {{ store.name }}',
          body: lines(greeting.en, '', 'Your boleto of {{ amount }} for order {{ order_id }} at {{ store.name }} was issued and is due on {{ due_date }}.', '', boletoLinks.en, '', 'Thank you for your purchase!'),
        },
      },
      whatsapp: whatsapp('boleto_criado', `Olá {{1}}, seu boleto de {{2}} na {{3}} vence em {{4}}.${OPT_OUT}`, [NAME, '{{ amount }}', '{{ store.name }}', '{{ due_date }}']),
    },
  },
  {
    key: 'boleto.due_soon',
    name: { 'pt-BR': 'Boleto vence em 2 dias', en: 'Boleto due in 2 days' },
    priority: 2,
    recognisedBy: {
      'pt-BR': 'Dois dias antes do vencimento (dueDate), às 09:00, enquanto o status do PagHiper for pending.',
      en: 'Two days before the due date (dueDate), at 09:00, while PagHiper’s status is pending.',
    },
    trigger: { kind: 'due_date', model: 'payment', daysFromDueDate: -2, at: '09:00', while: ['pending'], where: BOLETO },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Seu boleto vence em {{ due_date }}', body: lines(greeting['pt-BR'], '', 'Lembrete: seu boleto de {{ amount }} na {{ store.name }} vence em {{ due_date }}.', '', boletoLinks['pt-BR'], '', ignoreIfPaid['pt-BR']) },
        en: { subject: 'Your boleto is due on {{ due_date }}', body: lines(greeting.en, '', 'A reminder: your boleto of {{ amount }} at {{ store.name }} is due on {{ due_date }}.', '', boletoLinks.en, '', ignoreIfPaid.en) },
      },
      whatsapp: whatsapp('boleto_vencendo', `Olá {{1}}, seu boleto de {{2}} vence em breve.${OPT_OUT}`, [NAME, '{{ amount }}']),
    },
  },
  {
    key: 'boleto.due_today',
    name: { 'pt-BR': 'Boleto vence hoje', en: 'Boleto due today' },
    priority: 2,
    recognisedBy: { 'pt-BR': 'No dia do vencimento (dueDate), às 09:00, enquanto o status do PagHiper for pending.', en: 'On the due date (dueDate), at 09:00, while PagHiper’s status is pending.' },
    trigger: { kind: 'due_date', model: 'payment', daysFromDueDate: 0, at: '09:00', while: ['pending'], where: BOLETO },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Seu boleto vence hoje', body: lines(greeting['pt-BR'], '', 'Seu boleto de {{ amount }} na {{ store.name }} vence hoje, {{ due_date }}.', '', boletoLinks['pt-BR'], '', ignoreIfPaid['pt-BR']) },
        en: { subject: 'Your boleto is due today', body: lines(greeting.en, '', 'Your boleto of {{ amount }} at {{ store.name }} is due today, {{ due_date }}.', '', boletoLinks.en, '', ignoreIfPaid.en) },
      },
      whatsapp: whatsapp('boleto_vence_hoje', `Olá {{1}}, seu boleto de {{2}} vence hoje. Pague pelo link: {{3}}${OPT_OUT}`, [NAME, '{{ amount }}', '{{ boleto_url }}']),
    },
  },
  {
    key: 'boleto.overdue',
    name: { 'pt-BR': 'Boleto vencido', en: 'Boleto overdue' },
    priority: 2,
    recognisedBy: {
      'pt-BR': 'Evento payment.overdue (o vencimento passou com o status pending) de um boleto.',
      en: 'A payment.overdue event (the due date passed while the status was pending) of a boleto.',
    },
    trigger: { kind: 'event', eventType: 'payment.overdue', where: BOLETO },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': {
          subject: 'Seu boleto de {{ amount }} venceu',
          body: lines(greeting['pt-BR'], '', 'Seu boleto de {{ amount }} do pedido {{ order_id }} na {{ store.name }} venceu em {{ due_date }} e ainda não consta como pago.', '', 'Fale com a loja para receber um novo boleto.', '', ignoreIfPaid['pt-BR']),
        },
        en: {
          subject: 'Your boleto of {{ amount }} is overdue',
          body: lines(greeting.en, '', 'Your boleto of {{ amount }} for order {{ order_id }} at {{ store.name }} was due on {{ due_date }} and has not been paid.', '', 'Contact the store for a new boleto.', '', ignoreIfPaid.en),
        },
      },
      whatsapp: whatsapp('boleto_vencido', `Olá {{1}}, seu boleto de {{2}} venceu em {{3}}.${OPT_OUT}`, [NAME, '{{ amount }}', '{{ due_date }}']),
    },
  },
  {
    key: 'boleto.paid',
    name: { 'pt-BR': 'Boleto pago', en: 'Boleto paid' },
    priority: 3,
    recognisedBy: { 'pt-BR': 'Evento payment.paid (status paid) de um boleto.', en: 'A payment.paid event (status paid) of a boleto.' },
    trigger: { kind: 'event', eventType: 'payment.paid', where: BOLETO },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Pagamento confirmado: pedido {{ order_id }}', body: lines(greeting['pt-BR'], '', `Recebemos o pagamento de ${paid} do pedido {{ order_id }} na {{ store.name }}.`, '', 'Obrigado!') },
        en: { subject: 'Payment confirmed: order {{ order_id }}', body: lines(greeting.en, '', `We received the payment of ${paid} for order {{ order_id }} at {{ store.name }}.`, '', 'Thank you!') },
      },
      whatsapp: whatsapp('pagamento_confirmado', `Olá {{1}}, recebemos seu pagamento de {{2}} na {{3}}. Obrigado!${OPT_OUT}`, [NAME, paid, '{{ store.name }}']),
    },
  },
  {
    key: 'boleto.canceled',
    name: { 'pt-BR': 'Boleto cancelado', en: 'Boleto canceled' },
    priority: 3,
    recognisedBy: { 'pt-BR': 'Evento payment.canceled (status canceled) de um boleto.', en: 'A payment.canceled event (status canceled) of a boleto.' },
    trigger: { kind: 'event', eventType: 'payment.canceled', where: BOLETO },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Boleto cancelado: pedido {{ order_id }}', body: lines(greeting['pt-BR'], '', 'O boleto de {{ amount }} do pedido {{ order_id }} na {{ store.name }} foi cancelado e não deve ser pago.', '', 'Em caso de dúvida, fale com a loja.') },
        en: { subject: 'Boleto canceled: order {{ order_id }}', body: lines(greeting.en, '', 'The boleto of {{ amount }} for order {{ order_id }} at {{ store.name }} was canceled and must not be paid.', '', 'If in doubt, contact the store.') },
      },
      whatsapp: whatsapp('boleto_cancelado', `Olá {{1}}, o boleto de {{2}} da {{3}} foi cancelado e não deve ser pago.${OPT_OUT}`, [NAME, '{{ amount }}', '{{ store.name }}']),
    },
  },
  {
    key: 'boleto.refunded',
    name: { 'pt-BR': 'Pagamento estornado', en: 'Payment refunded' },
    priority: 5,
    recognisedBy: { 'pt-BR': 'Evento payment.refunded (status refunded) de um boleto.', en: 'A payment.refunded event (status refunded) of a boleto.' },
    trigger: { kind: 'event', eventType: 'payment.refunded', where: BOLETO },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Pagamento estornado: pedido {{ order_id }}', body: lines(greeting['pt-BR'], '', `O pagamento de ${paid} do pedido {{ order_id }} na {{ store.name }} foi estornado.`, '', 'Em caso de dúvida, fale com a loja.') },
        en: { subject: 'Payment refunded: order {{ order_id }}', body: lines(greeting.en, '', `The payment of ${paid} for order {{ order_id }} at {{ store.name }} was refunded.`, '', 'If in doubt, contact the store.') },
      },
      whatsapp: whatsapp('pagamento_estornado', `Olá {{1}}, o pagamento de {{2}} na {{3}} foi estornado.${OPT_OUT}`, [NAME, paid, '{{ store.name }}']),
    },
  },
  {
    key: 'pix.created',
    name: { 'pt-BR': 'PIX gerado', en: 'PIX issued' },
    priority: 1,
    recognisedBy: { 'pt-BR': 'Evento payment.created de uma cobrança com method = pix.', en: 'A payment.created event of a charge whose method is pix.' },
    trigger: { kind: 'event', eventType: 'payment.created', where: PIX },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Seu PIX de {{ amount }} na {{ store.name }}', body: lines(greeting['pt-BR'], '', 'Seu PIX de {{ amount }} do pedido {{ order_id }} na {{ store.name }} está pronto para pagamento.', '', pixLinks['pt-BR'], '', 'Obrigado pela compra!') },
        en: { subject: 'Your PIX of {{ amount }} at {{ store.name }}', body: lines(greeting.en, '', 'Your PIX of {{ amount }} for order {{ order_id }} at {{ store.name }} is ready to be paid.', '', pixLinks.en, '', 'Thank you for your purchase!') },
      },
      whatsapp: whatsapp('pix_criado', `Olá {{1}}, seu PIX de {{2}}: copie e cole o código {{3}}.${OPT_OUT}`, [NAME, '{{ amount }}', '{{ pix_code }}']),
    },
  },
  {
    key: 'pix.expiring',
    name: { 'pt-BR': 'PIX expirando', en: 'PIX expiring' },
    priority: 2,
    recognisedBy: {
      'pt-BR': 'No dia do vencimento (dueDate), às 09:00, enquanto o status for pending. O PagHiper informa só a data de vencimento do PIX, não a hora em que ele expira.',
      en: 'On the due date (dueDate), at 09:00, while the status is pending. PagHiper gives a PIX’s due date only, not the time it expires.',
    },
    trigger: { kind: 'due_date', model: 'payment', daysFromDueDate: 0, at: '09:00', while: ['pending'], where: PIX },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Seu PIX expira hoje', body: lines(greeting['pt-BR'], '', 'Seu PIX de {{ amount }} na {{ store.name }} expira hoje. Pague para garantir seu pedido {{ order_id }}.', '', pixLinks['pt-BR'], '', ignoreIfPaid['pt-BR']) },
        en: { subject: 'Your PIX expires today', body: lines(greeting.en, '', 'Your PIX of {{ amount }} at {{ store.name }} expires today. Pay it to secure your order {{ order_id }}.', '', pixLinks.en, '', ignoreIfPaid.en) },
      },
      whatsapp: whatsapp('pix_expirando', `Olá {{1}}, seu PIX de {{2}} expira hoje. Copie e cole o código para pagar: {{3}}${OPT_OUT}`, [NAME, '{{ amount }}', '{{ pix_code }}']),
    },
  },
  {
    key: 'pix.expired',
    name: { 'pt-BR': 'PIX expirado', en: 'PIX expired' },
    priority: 2,
    recognisedBy: { 'pt-BR': 'Evento payment.overdue (venceu com o status pending) de um PIX.', en: 'A payment.overdue event (due date passed while pending) of a PIX.' },
    trigger: { kind: 'event', eventType: 'payment.overdue', where: PIX },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'Seu PIX expirou', body: lines(greeting['pt-BR'], '', 'O PIX de {{ amount }} do pedido {{ order_id }} na {{ store.name }} expirou sem pagamento.', '', 'Se ainda quiser concluir a compra, fale com a loja.') },
        en: { subject: 'Your PIX expired', body: lines(greeting.en, '', 'The PIX of {{ amount }} for order {{ order_id }} at {{ store.name }} expired unpaid.', '', 'If you still want to complete the purchase, contact the store.') },
      },
      whatsapp: whatsapp('pix_expirado', `Olá {{1}}, o PIX de {{2}} na {{3}} expirou sem pagamento. Se ainda quiser concluir a compra, fale com a loja.${OPT_OUT}`, [NAME, '{{ amount }}', '{{ store.name }}']),
    },
  },
  {
    key: 'pix.paid',
    name: { 'pt-BR': 'PIX pago', en: 'PIX paid' },
    priority: 3,
    recognisedBy: { 'pt-BR': 'Evento payment.paid (status paid) de um PIX.', en: 'A payment.paid event (status paid) of a PIX.' },
    trigger: { kind: 'event', eventType: 'payment.paid', where: PIX },
    audience: 'record',
    defaultTemplates: {
      email: {
        'pt-BR': { subject: 'PIX recebido: pedido {{ order_id }}', body: lines(greeting['pt-BR'], '', `Recebemos seu PIX de ${paid} do pedido {{ order_id }} na {{ store.name }}.`, '', 'Obrigado!') },
        en: { subject: 'PIX received: order {{ order_id }}', body: lines(greeting.en, '', `We received your PIX of ${paid} for order {{ order_id }} at {{ store.name }}.`, '', 'Thank you!') },
      },
      whatsapp: whatsapp('pagamento_confirmado', `Olá {{1}}, recebemos seu pagamento de {{2}} na {{3}}. Obrigado!${OPT_OUT}`, [NAME, paid, '{{ store.name }}']),
    },
  },
];
