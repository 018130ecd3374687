import type { SeededPicker } from '../../sandbox-kit/random.ts';
import { DETAIL_TYPES, HISTORY_TYPES, SOURCE, hugmeStatus, raStatus } from './catalog.ts';
import { CATEGORIES, CONTENT_TEMPLATES, EMAIL_DOMAINS, FEELINGS, FIRST_NAMES, LAST_NAMES, PLACES, SUBJECTS, TITLE_TEMPLATES } from './names.ts';
import type { HugmeStore, SandboxCompany } from './store.ts';
import { addHistory, addInteraction, hugmeDate } from './ticket-changes.ts';
import type { HugmeCustomer, HugmeTicket } from './ticket-schema.ts';

/** A 1×1 transparent PNG, served for generated attachments. */
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export interface ComplaintInput {
  company: SandboxCompany;
  clientId: string;
  createdAt: number;
  insertedAt: number;
  title?: string;
  content?: string;
  customer?: Partial<Pick<HugmeCustomer, 'name' | 'email' | 'cpf' | 'phone_numbers'>>;
  /** Chance that the consumer attached a file to the complaint. */
  attachmentChance?: number;
}

/** A new complaint as HugMe shows it right after it arrives from Reclame Aqui: Não respondido, Novo, one manifestation. */
export function newComplaint(store: HugmeStore, picker: SeededPicker, input: ComplaintInput): HugmeTicket {
  const { ids } = store;
  const customer = newCustomer(store, picker, input.customer);
  const subject = picker.pick(SUBJECTS);
  const created = hugmeDate(input.createdAt);
  const content = input.content ?? fill(picker.pick(CONTENT_TEMPLATES), picker, input.createdAt);
  const ticket: HugmeTicket = {
    id: ids.take('ticket'),
    source_external_id: String(ids.take('externalId')),
    complaint_title: input.title ?? picker.pick(TITLE_TEMPLATES),
    complaint_content: content,
    complaint_response_content: null,
    complaint_response_date: null,
    creation_date: created,
    insertion_date: hugmeDate(input.insertedAt),
    last_modification_date: created,
    closed_date: null,
    hugme_status: hugmeStatus(21),
    ra_status: raStatus(5),
    source: { ...SOURCE },
    information_source: { id: 1, name: 'RA Reclamação' },
    company: { id: input.company.id, name: input.company.name },
    customer,
    user: { id: -1, name: null },
    favorable_assessment: { id: 0, description: 'Não Solicitado' },
    ra: {
      replicas_count: 0,
      source_id: 1,
      source_name: picker.chance(0.7) ? 'Site' : 'App',
      deactivation_date: null,
      deactivation_reason: null,
      internal_process: false,
      blackfriday: false,
    },
    moderation: { user: { id: -1, name: null }, status: null, reason: null, request_date: null, response_date: null },
    request_moderation: false,
    request_evaluation: false,
    frozen: false,
    active: true,
    filed: false,
    resolved_issue: null,
    back_doing_business: null,
    ra_reason: subject.name,
    ra_feeling: picker.chance(0.5) ? picker.pick(FEELINGS) : null,
    rating: '-1',
    rating_date: null,
    consumer_consideration: null,
    consumer_consideration_date: null,
    company_consideration: null,
    company_consideration_date: null,
    public_treatment_time: null,
    private_treatment_time: null,
    last_replica_date: null,
    comments_count: 0,
    redistributions_count: 0,
    ticket_moderations_count: 0,
    ticket_messages_count: 0,
    interactions_count: 0,
    interactions_not_readed_count: 0,
    customer_interactions_count: 0,
    company_interactions_count: 0,
    tags: [],
    attached: [],
    categories: picker.chance(0.6)
      ? [{ ...picker.pick(CATEGORIES), creation_date: hugmeDate(input.insertedAt) }]
      : [],
    historical: [],
    interactions: [],
  };
  const withFile = picker.chance(input.attachmentChance ?? 0.1);
  const fileName = `complain_${picker.code(24, '0123456789abcdef')}.png`;
  const details: { type: { id: number; name: string }; value: string }[] = [
    { type: DETAIL_TYPES.subject, value: subject.name },
    { type: DETAIL_TYPES.subjectId, value: String(subject.id) },
    { type: DETAIL_TYPES.ip, value: `187.${picker.integer(0, 255)}.${picker.integer(0, 255)}.${picker.integer(1, 254)}` },
    { type: DETAIL_TYPES.contact, value: customer.phone_numbers[0] ?? '' },
    ...(withFile ? [{ type: DETAIL_TYPES.attachment, value: `https://uploads.hugme-sandbox.invalid/${fileName}` }] : []),
    { type: DETAIL_TYPES.raSiteId, value: picker.code(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') },
  ];
  const manifestation = addInteraction(ids, ticket, { type: 1, message: content, at: input.createdAt, details });
  for (const detail of manifestation.details) {
    if (detail.ticket_detail_type_id !== DETAIL_TYPES.attachment.id) continue;
    store.files.set(detail.ticket_detail_id, { clientId: input.clientId, filename: fileName, mimetype: 'image/png', content: PLACEHOLDER_PNG });
  }
  addHistory(ids, ticket, HISTORY_TYPES.created, input.insertedAt);
  return ticket;
}

function newCustomer(store: HugmeStore, picker: SeededPicker, given: ComplaintInput['customer'] = {}): HugmeCustomer {
  const first = picker.pick(FIRST_NAMES);
  const last = picker.pick(LAST_NAMES);
  const place = picker.pick(PLACES);
  const name = given.name ?? `${first} ${last}`;
  const handle = `${first}.${last}${picker.integer(1, 99)}`.normalize('NFD').replace(/[^A-Za-z0-9.]/g, '').toLowerCase();
  const birth = Date.UTC(picker.integer(1955, 2004), picker.integer(0, 11), picker.integer(1, 28));
  return {
    id: store.ids.take('customer'),
    duplicate_id: -1,
    name,
    birthday: [hugmeDate(birth)],
    cpf: given.cpf ?? [cpf(picker)],
    rg: [],
    cnpj: [],
    gender: [],
    email: given.email ?? [`${handle}@${picker.pick(EMAIL_DOMAINS)}`],
    phone_numbers: given.phone_numbers ?? [`${place.ddd}9${picker.code(8, '0123456789')}`],
    photo: [],
    city: [{ ...place.city }],
    state: [{ ...place.state }],
    type: 'Private Person',
    tags: [],
    pending_tickets_count: 0,
  };
}

/** A made-up CPF with valid check digits. */
function cpf(picker: SeededPicker): string {
  const digits = Array.from({ length: 9 }, () => picker.integer(0, 9));
  for (const length of [9, 10]) {
    const sum = digits.slice(0, length).reduce((total, digit, i) => total + digit * (length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    digits.push(rest === 10 ? 0 : rest);
  }
  return digits.join('');
}

function fill(template: string, picker: SeededPicker, at: number): string {
  const day = new Date(at - picker.integer(1, 20) * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
  return template.replace('{protocol}', picker.code(10, '0123456789')).replace('{day}', day);
}
