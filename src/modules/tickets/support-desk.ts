import { and, asc, eq } from 'drizzle-orm';
import { assertRole, canSeeAccount, actorOf, type Actor } from '../../platform/actor.ts';
import type { Finding } from '../../platform/findings.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle, Transaction } from '../../platform/database/database.ts';
import { Problem, registeredProblems } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import { redactSecrets, redactText } from '../../platform/logging/redact.ts';
import { accountProblems, type AccountsService } from '../accounts/index.ts';
import type { LoggedRequest } from '../api-access/index.ts';
import type { AuditService } from '../audit/index.ts';
import { supportProblems, ticketProblems } from './errors.ts';
import type { Ticket, TicketDetail } from './presenter.ts';
import * as queries from './queries.ts';
import type { TicketRow } from './queries.ts';
import {
  ESCALATION_REQUIREMENTS,
  type EscalationRequirement,
  ticketEvidence,
  type EvidenceItem,
  type EvidenceSource,
  type TicketCategory,
  type TicketPriority,
  type TicketStage,
  type TicketTeam,
} from './schema.ts';
import type { NewMessage, TicketsService } from './service.ts';
import type { SupportSla } from './sla.ts';
import { suggestCategory } from './support-category.ts';
import { assertStageMove, statusOfStage } from './support-stages.ts';
import { recordTicketEvent } from './timeline.ts';

export type EvidenceValues = Partial<Record<EvidenceItem, unknown>>;

export interface SupportIntake {
  accountId: string;
  subject: string;
  description: string;
  /** Who the ticket answers to, when no user opens it (an e-mail's sender). */
  requester?: { email: string; name?: string | null | undefined } | undefined;
  /** The e-mail it came in, so a second delivery is known and its attachments are listed. */
  mail?: Pick<NewMessage, 'from' | 'to' | 'subject' | 'attachments' | 'mailMessageId'> | undefined;
  /** The `x-request-id` of the failed call: its evidence is copied from the request log. */
  requestId?: string | undefined;
  category?: TicketCategory | undefined;
}

/** A category's standard answer for the ticket's requester, filled with the findings (flows/support). */
export interface StandardAnswer {
  subject: string;
  body: string;
  links: { title: string; url: string }[];
  team: TicketTeam;
}

/** The latest diagnostics run, kept as the `diagnostics` evidence item. */
export interface DiagnosticsRun {
  ranAt: string;
  requestId: string;
  findings: Finding[];
}

export interface SupportChanges {
  stage?: TicketStage | undefined;
  category?: TicketCategory | undefined;
  team?: TicketTeam | undefined;
  priority?: TicketPriority | undefined;
  solution?: string | undefined;
  finalCategory?: TicketCategory | undefined;
  confirmedByRequester?: boolean | undefined;
  reason?: string | undefined;
}

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditService;
  accounts: AccountsService;
  tickets: TicketsService;
  /** Ponte's own request log, where a partner's failed call is found by its request id. */
  requests: { findByRequestId(requestId: string): Promise<LoggedRequest[]> };
  /** The procedure's checks on a logged call (flows/support/diagnostics.ts); without it no findings are made. */
  diagnose?: ((call: LoggedRequest, scope: { accountId: string }) => Promise<Finding[]>) | undefined;
  /** An escalation passed the gate, in its transaction (flows/support/escalation-webhook.ts). */
  onEscalated?: ((tx: Transaction, escalation: { ticketId: string; escalationId: string; summary: string }) => Promise<void>) | undefined;
  /** The category's standard answer filled with the findings (flows/support/standard-answers.ts). */
  standardAnswer?: ((input: { category: TicketCategory; locale: 'pt-BR' | 'en'; requesterName: string | null; findings: Finding[] }) => StandardAnswer) | undefined;
  sla?: SupportSla | undefined;
}

const STAFF = ['admin', 'agent'] as const;

const EVIDENCE_LABELS: Record<EvidenceItem, string> = {
  apiKey: 'Chave de API',
  user: 'Usuário',
  environment: 'Ambiente',
  endpoint: 'Endpoint',
  payload: 'Payload',
  occurredAt: 'Data e hora',
  errorMessage: 'Mensagem de erro',
  status: 'Status HTTP',
  problemCode: 'Código do problema',
  requestId: 'Request id',
  diagnostics: 'Diagnóstico',
};

/** A key as agents may keep it: the start that tells keys apart (`pk_production_ab12…`), never enough to use it. */
function maskApiKey(text: string): string {
  const ponteKey = /^(pk_(?:sandbox|production)_[A-Za-z0-9_-]{0,4})/.exec(text);
  if (ponteKey) return `${ponteKey[1]}…`;
  return text.length <= 12 ? text : `${text.slice(0, 8)}…`;
}

/** What a logged request proves, item by item; what it does not know is left out. */
function evidenceOfRequest(request: LoggedRequest, user: { id: string; email: string } | null): EvidenceValues {
  const title = request.problemCode ? registeredProblems().find((problem) => problem.code === request.problemCode)?.title : undefined;
  const values: EvidenceValues = {
    requestId: request.requestId,
    endpoint: `${request.method} ${request.route}`,
    occurredAt: request.at,
    status: request.status,
  };
  if (request.apiKey) values.apiKey = request.apiKey.displayPrefix;
  if (user) values.user = `${user.email} (${user.id})`;
  if (request.environment) values.environment = request.environment;
  if (request.payload !== null && request.payload !== undefined) values.payload = request.payload;
  if (request.problemCode) values.problemCode = request.problemCode;
  // The message as answered (redacted in the log), else the problem's title: what the partner saw.
  const message = request.errorMessage ?? title ?? `HTTP ${request.status}`;
  if (request.status >= 400) values.errorMessage = request.problemCode ? `${request.problemCode}: ${message}` : message;
  return values;
}

/** The user a request was made as: the one logged, or else the key's only linked user (a refusal before the user was known). */
const userIdOf = (request: LoggedRequest): string | null => request.userId ?? (request.apiKey?.userIds.length === 1 ? request.apiKey.userIds[0]! : null);

const cell = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
};

/**
 * The support desk over tickets (partner API procedure, DESIGN.md "Support desk"): intake with the evidence of a
 * failed call copied from the request log and a suggested category, the stage table, and the escalation gate that
 * refuses to hand a ticket to engineering while any mandatory evidence is missing.
 */
export class SupportDesk {
  constructor(private readonly deps: Deps) {}

  /**
   * Opens a support ticket in a transaction of its own: the request log is read before it (reading flushes the log,
   * which must not wait behind the transaction's session).
   */
  async intake(actor: Actor, input: SupportIntake): Promise<Ticket> {
    if (!canSeeAccount(actor, input.accountId)) throw new Problem(accountProblems.account_not_found, undefined, { field: 'body.accountId' });
    const request = input.requestId ? await this.#requestOf(this.deps.database.db, input.accountId, input.requestId) : null;
    const findings = request ? await this.deps.diagnose?.(request, { accountId: input.accountId }) : undefined;
    return this.deps.database.transaction(async ({ db }) => {
      const ticket = await this.#open(db, actor, input, request);
      if (request && findings) await this.#putDiagnostics(db, actor, ticket.id, request.requestId, findings);
      return ticket;
    });
  }

  /**
   * Runs the diagnostics again (staff), on the call the ticket cites or on another one of the account's now cited,
   * whose evidence is then copied too: the procedure's checks on demand, after a fix or a new report.
   */
  async rediagnose(actor: Actor, ticketId: string, requestId?: string): Promise<void> {
    const db = this.deps.database.db;
    const row = await this.#supportTicket(db, actor, ticketId);
    assertRole(actor, ...STAFF);
    this.#assertOpen(row);
    const cited = requestId ?? (await this.#evidenceOf(db, row.id)).find((item) => item.item === 'requestId')?.value;
    if (typeof cited !== 'string') {
      throw new Problem(supportProblems.support_request_not_cited, 'Cite the request id (x-request-id) of the failed call: diagnostics run on a logged call', { field: 'body.requestId' });
    }
    const request = await this.#requestOf(db, row.accountId, cited);
    const findings = (await this.deps.diagnose?.(request, { accountId: row.accountId })) ?? [];
    await this.deps.database.transaction(async ({ db: tx }) => {
      if (requestId) {
        // The evidence is of one call: what the previous one left and this one does not have must not stay.
        await tx.delete(ticketEvidence).where(and(eq(ticketEvidence.ticketId, row.id), eq(ticketEvidence.source, 'request_log')));
        const userId = userIdOf(request);
        const user = userId ? await this.deps.accounts.findUser(tx, userId) : null;
        await this.#putEvidence(tx, actor, row.id, evidenceOfRequest(request, user), 'request_log');
      }
      await this.#putDiagnostics(tx, actor, row.id, request.requestId, findings);
    });
  }

  async #putDiagnostics(db: Database, actor: Actor, ticketId: string, requestId: string, findings: Finding[]): Promise<void> {
    const run: DiagnosticsRun = { ranAt: this.deps.clock.now().toISOString(), requestId, findings };
    await this.#putEvidence(db, actor, ticketId, { diagnostics: run }, 'diagnostics');
    const failed = findings.filter((item) => item.outcome === 'fail').map((item) => item.check);
    await this.#record(db, actor, ticketId, this.deps.clock.now(), 'diagnostics_ran', { requestId, failed });
  }

  async #open(db: Database, actor: Actor, input: SupportIntake, request: LoggedRequest | null): Promise<Ticket> {
    // A partner may paste a key or a token anywhere: the subject and the mail's subject are kept redacted too.
    const description = redactText(input.description);
    const subject = redactText(input.subject);
    const category = input.category ?? suggestCategory({ problemCode: request?.problemCode, status: request?.status, text: `${subject}\n${description}` });
    const mail = input.mail ? { ...input.mail, ...(input.mail.subject ? { subject: redactText(input.mail.subject) } : {}) } : undefined;
    const ticket = await this.deps.tickets.open(db, actor, {
      accountId: input.accountId,
      kind: 'support',
      subject,
      category,
      requester: input.requester,
      message: { ...mail, body: description },
    });
    // Asking for a key is a commercial matter: it goes to that team with no technical steps.
    if (category === 'key_request') {
      const now = this.deps.clock.now();
      await queries.updateTicket(db, ticket.id, { team: 'commercial', updatedAt: now });
      await this.#record(db, actor, ticket.id, now, 'team_changed', { from: 'support', to: 'commercial', reason: 'key_request' });
    }
    if (request) {
      const userId = userIdOf(request);
      const user = userId ? await this.deps.accounts.findUser(db, userId) : null;
      await this.#putEvidence(db, actor, ticket.id, evidenceOfRequest(request, user), 'request_log');
    }
    return ticket;
  }

  /** Evidence an agent found (a call the partner described, a key they named): masked and redacted as the log keeps it. */
  async addEvidence(db: Database, actor: Actor, ticketId: string, values: EvidenceValues): Promise<void> {
    const row = await this.#supportTicket(db, actor, ticketId);
    assertRole(actor, ...STAFF);
    this.#assertOpen(row);
    const safe: EvidenceValues = {};
    for (const [item, value] of Object.entries(values) as [EvidenceItem, unknown][]) {
      if (value === undefined) continue;
      safe[item] = item === 'apiKey' && typeof value === 'string' ? maskApiKey(value) : redactSecrets(value);
    }
    await this.#putEvidence(db, actor, row.id, safe, 'agent');
  }

  /** In the caller's transaction (an escalation queues the issue tracker's webhook in it). */
  async change(tx: Transaction, actor: Actor, ticketId: string, changes: SupportChanges): Promise<void> {
    const { db } = tx;
    let row = await this.#supportTicket(db, actor, ticketId);
    assertRole(actor, ...STAFF);
    this.#assertOpen(row);
    const now = this.deps.clock.now();
    const reason = changes.reason ?? null;
    for (const field of ['category', 'team', 'priority'] as const) {
      const to = changes[field];
      const from = row[field];
      if (to === undefined || to === from) continue;
      row = await queries.updateTicket(db, row.id, { [field]: to, updatedAt: now });
      await this.#record(db, actor, row.id, now, `${field}_changed`, { from, to, reason });
      if (field === 'category') await this.deps.sla?.recompute(db, row);
    }
    const closing = { solution: changes.solution, finalCategory: changes.finalCategory, confirmedByRequester: changes.confirmedByRequester };
    const closingChanges = Object.fromEntries(Object.entries(closing).filter(([, value]) => value !== undefined));
    if (Object.keys(closingChanges).length > 0) {
      row = await queries.updateTicket(db, row.id, { ...closingChanges, updatedAt: now });
      await this.#record(db, actor, row.id, now, 'closing_details_changed', closingChanges);
    }
    if (changes.stage === undefined || changes.stage === row.stage) return;
    if (changes.stage === 'escalated') return this.#escalate(tx, actor, row, reason);
    assertStageMove(row.stage!, changes.stage);
    if (changes.stage === 'closed') {
      if (!row.solution) throw new Problem(supportProblems.support_closing_incomplete, 'solution: say what solved it', { field: 'body.solution' });
      if (!row.finalCategory) throw new Problem(supportProblems.support_closing_incomplete, 'finalCategory: say what the ticket turned out to be', { field: 'body.finalCategory' });
      await this.deps.tickets.assertMayClose(db, row);
    }
    await this.#moveStage(db, actor, row, changes.stage, reason, now);
  }

  /** The gate: to engineering only with every mandatory piece of evidence, and with them summed up as an internal note. */
  async escalate(tx: Transaction, actor: Actor, ticketId: string, reason?: string | null): Promise<void> {
    const { db } = tx;
    const row = await this.#supportTicket(db, actor, ticketId);
    assertRole(actor, ...STAFF);
    this.#assertOpen(row);
    await this.#escalate(tx, actor, row, reason ?? null);
  }

  /** A support ticket with its messages, timeline and evidence (with the mandatory items still missing). */
  async get(actor: Actor, ticketId: string) {
    await this.#supportTicket(this.deps.database.db, actor, ticketId);
    const detail: TicketDetail = await this.deps.tickets.get(actor, ticketId);
    const evidence = await this.#evidenceOf(this.deps.database.db, ticketId);
    const items = evidence.map((row) => ({ item: row.item, value: row.value, source: row.source, recordedBy: row.recordedBy, recordedAt: row.recordedAt.toISOString() }));
    const run = (evidence.find((row) => row.item === 'diagnostics')?.value as DiagnosticsRun | undefined) ?? null;
    const row = (await queries.findTicket(this.deps.database.db, ticketId))!;
    const category = row.category ?? 'api_question';
    // A draft for staff to send or adapt: the customer reads it once an agent sends it.
    const drafts = actor.role === 'admin' || actor.role === 'agent';
    const standardAnswer = drafts ? (this.deps.standardAnswer?.({ category, locale: row.locale, requesterName: row.requesterName, findings: run?.findings ?? [] }) ?? null) : null;
    const sla = (await this.deps.sla?.view(this.deps.database.db, detail)) ?? null;
    return { ...detail, evidence: { items, missing: this.#missing(evidence) }, diagnostics: run, standardAnswer, sla };
  }

  async #escalate(tx: Transaction, actor: Actor, row: TicketRow, reason: string | null): Promise<void> {
    const { db } = tx;
    const evidence = await this.#evidenceOf(db, row.id);
    const missing = this.#missing(evidence);
    if (missing.length > 0) {
      throw new Problem(supportProblems.support_evidence_missing, `Missing evidence: ${missing.join(', ')}. Add it (POST …/evidence) before escalating.`, { missing });
    }
    assertStageMove(row.stage!, 'escalated');
    const now = this.deps.clock.now();
    const moved = await this.#moveStage(db, actor, row, 'escalated', reason, now);
    if (moved.team !== 'engineering') {
      await queries.updateTicket(db, row.id, { team: 'engineering', updatedAt: now });
      await this.#record(db, actor, row.id, now, 'team_changed', { from: moved.team, to: 'engineering', reason: 'escalated' });
    }
    const SOURCES = { request_log: 'log de requisições', agent: 'agente', diagnostics: 'diagnóstico' } as const;
    const lines = evidence
      .filter((item) => item.item !== 'diagnostics')
      .map((item) => `| ${EVIDENCE_LABELS[item.item]} | \`${cell(item.value)}\` | ${SOURCES[item.source]} |`);
    const run = evidence.find((item) => item.item === 'diagnostics')?.value as DiagnosticsRun;
    const OUTCOMES = { pass: 'ok', fail: 'FALHA', unknown: 'sem dados' } as const;
    const findings = run.findings.map((item) => `| ${item.check} | ${OUTCOMES[item.outcome]} | ${cell(item.summary['pt-BR'])} |`);
    const summary = [
      `**Escalado para engenharia** — ${row.subject}`,
      ...(reason ? ['', reason] : []),
      '',
      '| Evidência | Valor | Origem |',
      '|---|---|---|',
      ...lines,
      '',
      `Diagnóstico de ${run.ranAt} (requisição ${run.requestId}):`,
      '',
      '| Verificação | Resultado | O que foi visto |',
      '|---|---|---|',
      ...findings,
    ].join('\n');
    await this.deps.tickets.addMessage(db, actor, row.id, { direction: 'outbound', visibility: 'internal', body: summary });
    // Told to the operator's issue tracker where one is configured, by a job queued in this transaction.
    await this.deps.onEscalated?.(tx, { ticketId: row.id, escalationId: `${row.id}.${now.getTime()}`, summary });
  }

  async #moveStage(db: Database, actor: Actor, row: TicketRow, stage: TicketStage, reason: string | null, now: Date): Promise<TicketRow> {
    const status = statusOfStage(stage);
    const updated = await queries.updateTicket(db, row.id, { stage, status, updatedAt: now });
    await this.deps.sla?.stageChanged(db, row.id, stage, now);
    await this.deps.sla?.statusChanged(db, row.id, row.status, status, now);
    const closing = stage === 'closed' ? { solution: row.solution, finalCategory: row.finalCategory, confirmedByRequester: row.confirmedByRequester } : {};
    await this.#record(db, actor, row.id, now, 'stage_changed', { from: row.stage, to: stage, reason, ...closing });
    if (status !== row.status) await this.#record(db, actor, row.id, now, 'status_changed', { from: row.status, to: status, reason, cause: 'stage' });
    return updated;
  }

  /** The newest request with that id made for the account; another account's (or an operator key's) is not found. */
  async #requestOf(db: Database, accountId: string, requestId: string): Promise<LoggedRequest> {
    for (const request of await this.deps.requests.findByRequestId(requestId)) {
      const userIds = request.userId ? [request.userId] : (request.apiKey?.userIds ?? []);
      for (const userId of userIds) {
        if ((await this.deps.accounts.findUser(db, userId))?.accountId === accountId) return request;
      }
    }
    throw new Problem(supportProblems.support_request_not_found, `No request ${requestId} was logged for this account`, { field: 'body.requestId' });
  }

  async #putEvidence(db: Database, actor: Actor, ticketId: string, values: EvidenceValues, source: EvidenceSource): Promise<void> {
    const items = Object.keys(values) as EvidenceItem[];
    if (items.length === 0) return;
    const now = this.deps.clock.now();
    for (const item of items) {
      const entry = { value: values[item], source, recordedBy: actorOf(actor), recordedAt: now };
      await db
        .insert(ticketEvidence)
        .values({ id: newId('ticketEvidence'), ticketId, item, ...entry })
        .onConflictDoUpdate({ target: [ticketEvidence.ticketId, ticketEvidence.item], set: entry });
    }
    await this.#record(db, actor, ticketId, now, 'evidence_added', { items, source });
  }

  #evidenceOf(db: Database, ticketId: string) {
    return db.select().from(ticketEvidence).where(eq(ticketEvidence.ticketId, ticketId)).orderBy(asc(ticketEvidence.item));
  }

  #missing(evidence: { item: EvidenceItem }[]): EscalationRequirement[] {
    return ESCALATION_REQUIREMENTS.filter((item) => !evidence.some((row) => row.item === item));
  }

  #assertOpen(row: TicketRow): void {
    if (row.stage === 'closed') throw new Problem(ticketProblems.ticket_closed, 'A closed ticket stays closed: open a new one');
  }

  async #supportTicket(db: Database, actor: Actor, id: string): Promise<TicketRow> {
    const row = await queries.findTicket(db, id);
    if (!row || row.stage === null || !canSeeAccount(actor, row.accountId)) throw new Problem(ticketProblems.ticket_not_found, 'No support ticket with that id');
    return row;
  }

  #record(db: Database, actor: Actor, ticketId: string, at: Date, type: string, data: Record<string, unknown>): Promise<void> {
    return recordTicketEvent(db, this.deps.audit, actor, { ticketId, at, type, data });
  }
}
