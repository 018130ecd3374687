import { SeededPicker } from '../../sandbox-kit/random.ts';
import { DETAIL_TYPES, HISTORY_TYPES, MODERATION_REASON_IDS, MODERATION_STATUS } from './catalog.ts';
import { newComplaint } from './complaint-factory.ts';
import { AGENTS, COMPANY_ANSWERS, COMPANY_NAME_PARTS, CONSIDERATIONS, CONSUMER_REPLIES, PRIVATE_MESSAGES } from './names.ts';
import type { HugmeStore, SandboxClient, SandboxCompany } from './store.ts';
import {
  addHistory,
  addInteraction,
  answerPublicly,
  consumerReplica,
  evaluate,
  hugmeDate,
  requestEvaluation,
  requestModeration,
  setStatus,
  type Responsible,
} from './ticket-changes.ts';
import type { HugmeTicket } from './ticket-schema.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface NewClientOptions {
  /** The sandbox seed; each client's data comes from it and the client's position. */
  seed: number;
  now: Date;
  complaintsPerDay: number;
  historyDays: number;
  companyName?: string;
  clientId?: string;
  clientSecret?: string;
}

/** Derives one client's seed from the sandbox seed, so clients differ but the same seed replays the same data. */
export function clientSeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}

/** A new client, its organization and its complaint history up to `now`. */
export function createClient(store: HugmeStore, options: NewClientOptions): SandboxClient {
  const seed = clientSeed(options.seed, store.clients.size);
  const picker = new SeededPicker(seed);
  const name = options.companyName ?? `${picker.pick(COMPANY_NAME_PARTS.first)} ${picker.pick(COMPANY_NAME_PARTS.second)}`;
  const company: SandboxCompany = { id: store.ids.take('company'), name, shortname: slug(name) };
  const client: SandboxClient = {
    clientId: options.clientId ?? `hugme-sbx-${picker.code(12, HEX)}`,
    clientSecret: options.clientSecret ?? picker.code(32, ALNUM),
    companies: [company],
    seed,
    createdAt: options.now,
    apiUser: { id: store.ids.take('user'), name: 'Integração API', email: `api@${company.shortname}.example.com` },
  };
  store.clients.set(client.clientId, client);

  const now = options.now.getTime();
  const total = Math.round(options.complaintsPerDay * options.historyDays);
  const start = now - options.historyDays * DAY;
  const span = options.historyDays * DAY;
  for (let i = 0; i < total; i++) {
    const createdAt = Math.floor(start + ((i + picker.next()) / total) * span);
    const insertedAt = Math.min(now, createdAt + picker.integer(30, 300) * 1000);
    const ticket = newComplaint(store, picker, { company, clientId: client.clientId, createdAt, insertedAt });
    playLifecycle(store, picker, client, ticket, insertedAt, now);
    store.addTicket(client.clientId, ticket);
  }
  return client;
}

/**
 * Moves a fresh complaint through a plausible life (answer, private messages, réplicas, evaluation, moderation),
 * stopping at the first step that would fall after `now`: old complaints end closed, recent ones are still open.
 */
function playLifecycle(store: HugmeStore, picker: SeededPicker, client: SandboxClient, ticket: HugmeTicket, start: number, now: number): void {
  const { ids } = store;
  const agent: Responsible = { id: client.apiUser.id + 1_000 + picker.integer(0, AGENTS.length - 1), name: picker.pick(AGENTS) };
  let at = start;
  const next = (minHours: number, maxHours: number): boolean => {
    at += picker.integer(minHours * 60, maxHours * 60) * 60_000;
    return at <= now;
  };
  const firstName = ticket.customer.name.split(' ')[0] ?? '';

  const fate = picker.next();
  if (fate < 0.02) {
    if (next(1, 72)) deactivate(store, ticket, at);
  } else if (fate < 0.04) {
    if (next(24, 240)) freeze(store, ticket, at);
  } else if (picker.chance(0.9) && next(1, 120)) {
    answerPublicly(ids, ticket, picker.pick(COMPANY_ANSWERS).replace('{name}', firstName), at, agent);
    playAfterAnswer(store, picker, ticket, agent, next, () => at);
  }
  if (ticket.ra_status.id === 5 && ticket.hugme_status.id === 21 && now - Date.parse(ticket.creation_date) > DAY) {
    setStatus(ticket, { hugme: 1 });
  }
}

function playAfterAnswer(
  store: HugmeStore,
  picker: SeededPicker,
  ticket: HugmeTicket,
  agent: Responsible,
  next: (minHours: number, maxHours: number) => boolean,
  at: () => number,
): void {
  const { ids } = store;
  if (picker.chance(0.2)) {
    if (!next(1, 48)) return;
    const email = ticket.customer.email[0] ?? 'consumidor@example.com';
    addInteraction(ids, ticket, {
      type: 3,
      message: picker.pick(PRIVATE_MESSAGES),
      at: at(),
      responsible: agent,
      details: [{ type: DETAIL_TYPES.email, value: email }],
    });
    if (!next(1, 48)) return;
    addInteraction(ids, ticket, { type: 6, message: picker.pick(CONSUMER_REPLIES), at: at() });
  }
  if (picker.chance(0.3)) {
    if (!next(6, 72)) return;
    consumerReplica(ids, ticket, picker.pick(CONSUMER_REPLIES), at());
    if (!picker.chance(0.8) || !next(2, 48)) return;
    answerPublicly(ids, ticket, 'Retornamos o contato e seguimos acompanhando o seu caso.', at(), agent);
  }
  if (picker.chance(0.03)) {
    if (!next(1, 48)) return;
    const reasons = MODERATION_REASON_IDS.filter((reason) => reason !== 1);
    requestModeration(ids, ticket, picker.pick(reasons), at(), agent);
    if (!next(72, 168)) return;
    ticket.moderation.status = picker.chance(0.4) ? MODERATION_STATUS.approved : MODERATION_STATUS.refused;
    ticket.moderation.response_date = hugmeDate(at());
    addHistory(ids, ticket, HISTORY_TYPES.moderation, at());
    return;
  }
  const asked = picker.chance(0.5);
  if (asked) {
    if (!next(1, 24)) return;
    requestEvaluation(ids, ticket, at(), agent);
  }
  if (!picker.chance(asked ? 0.8 : 0.5) || !next(24, 240)) return;
  const rating = picker.chance(0.6) ? picker.integer(7, 10) : picker.integer(0, 6);
  const resolved = rating >= 6 ? picker.chance(0.9) : picker.chance(0.15);
  evaluate(ids, ticket, {
    rating,
    resolved,
    wouldReturn: resolved ? picker.chance(0.8) : picker.chance(0.1),
    consideration: picker.chance(0.7) ? picker.pick(CONSIDERATIONS) : null,
    at: at(),
  });
  if (picker.chance(0.3) && next(1, 48)) {
    ticket.company_consideration = 'Agradecemos a avaliação e seguimos à disposição.';
    ticket.company_consideration_date = hugmeDate(at());
    addHistory(ids, ticket, HISTORY_TYPES.interaction, at(), agent);
  }
}

function deactivate(store: HugmeStore, ticket: HugmeTicket, at: number): void {
  ticket.active = false;
  ticket.ra.deactivation_date = hugmeDate(at);
  ticket.ra.deactivation_reason = 'Desativada pelo consumidor';
  setStatus(ticket, { ra: 12, hugme: 15 });
  addHistory(store.ids, ticket, HISTORY_TYPES.status, at);
}

function freeze(store: HugmeStore, ticket: HugmeTicket, at: number): void {
  ticket.frozen = true;
  setStatus(ticket, { ra: 10, hugme: 1 });
  addHistory(store.ids, ticket, HISTORY_TYPES.status, at);
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
