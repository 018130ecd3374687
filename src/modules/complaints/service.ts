import { and, asc, eq } from 'drizzle-orm';
import { connectorManifest } from '../../connectors/catalog.ts';
import { actorOf, assertRole, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { IntegrationRow, IntegrationsService } from '../integrations/index.ts';
import { complaintProblems } from './errors.ts';
import {
  complaintAnswers,
  complaintConversionSettings,
  complaintInteractions,
  complaintTickets,
  type AnswerOutcome,
  type AnswerType,
  type ComplaintPriority,
  type ConversionDefaults,
} from './schema.ts';

export interface ConversionSettings extends ConversionDefaults {
  integrationId: string;
  enabled: boolean;
  priorities: Record<string, ComplaintPriority>;
  /** Null until someone sets them (conversion is then off). */
  updatedAt: string | null;
  updatedBy: string | null;
}

export type ConversionInput = Omit<ConversionSettings, 'integrationId' | 'updatedAt' | 'updatedBy'>;

export type ComplaintLink = typeof complaintTickets.$inferSelect;
export type NewComplaintLink = typeof complaintTickets.$inferInsert;
export type ComplaintAnswerRow = typeof complaintAnswers.$inferSelect;

export interface NewAnswer {
  ticketId: string;
  integrationId: string;
  type: AnswerType;
  outcome: AnswerOutcome;
  messageId?: string | null;
  interactionId?: string | null;
  providerMessage?: string | null;
  problemCode?: string | null;
  error?: string | null;
}

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditService;
  accounts: AccountsService;
  integrations: IntegrationsService;
}

const STAFF = ['admin', 'agent'] as const;

/**
 * Complaints from a complaint channel (Reclame Aqui through HugMe) as tickets: each integration's conversion settings,
 * the link from a complaint to its ticket with the complaint's last known state, the interactions already put on the
 * ticket, and the answers agents sent. The conversion itself and the answers are flows (src/flows/complaints).
 */
export class ComplaintsService {
  constructor(private readonly deps: Deps) {}

  /** The integration's settings (conversion off, no defaults, until set); staff only. */
  async settings(actor: Actor, integrationId: string): Promise<ConversionSettings> {
    const integration = await this.#complaintIntegration(actor, integrationId);
    const row = await this.settingsOf(this.deps.database.db, integration.id);
    return row ?? { integrationId: integration.id, enabled: false, customerType: '', region: '', creatorUserId: '', sector: '', occurrenceType: '', occurrence: '', solutions: [], priorities: {}, updatedAt: null, updatedBy: null };
  }

  /** Replaces the integration's settings; the creator must be an admin or agent user. Audited. */
  async setSettings(actor: Actor, integrationId: string, input: ConversionInput): Promise<ConversionSettings> {
    const integration = await this.#complaintIntegration(actor, integrationId);
    const { enabled, priorities, ...defaults } = input;
    const creator = defaults.creatorUserId.startsWith('usr_') ? await this.deps.accounts.findUser(this.deps.database.db, defaults.creatorUserId) : null;
    if (!creator || (creator.role !== 'admin' && creator.role !== 'agent')) {
      throw new Problem(complaintProblems.complaint_creator_invalid, `${defaults.creatorUserId} is not an admin or agent user`, { field: 'body.creatorUserId' });
    }
    const now = this.deps.clock.now();
    const values = { enabled, defaults, priorities, updatedAt: now, updatedBy: actorOf(actor) };
    await this.deps.database.transaction(async ({ db }) => {
      await db
        .insert(complaintConversionSettings)
        .values({ integrationId: integration.id, accountId: integration.accountId, ...values })
        .onConflictDoUpdate({ target: complaintConversionSettings.integrationId, set: values });
      await this.deps.audit.record(db, {
        actor: actorOf(actor),
        action: 'integration.complaint_conversion_set',
        targetType: 'integration',
        targetId: integration.id,
        details: { enabled, ...defaults, priorities },
      });
    });
    return (await this.settingsOf(this.deps.database.db, integration.id))!;
  }

  async settingsOf(db: Database, integrationId: string): Promise<ConversionSettings | null> {
    const [row] = await db.select().from(complaintConversionSettings).where(eq(complaintConversionSettings.integrationId, integrationId));
    if (!row) return null;
    return { integrationId: row.integrationId, enabled: row.enabled, ...row.defaults, priorities: row.priorities, updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedBy };
  }

  async linkOfTicket(db: Database, ticketId: string): Promise<ComplaintLink | null> {
    const [row] = await db.select().from(complaintTickets).where(eq(complaintTickets.ticketId, ticketId));
    return row ?? null;
  }

  async linkOfComplaint(db: Database, integrationId: string, externalId: string): Promise<ComplaintLink | null> {
    const [row] = await db
      .select()
      .from(complaintTickets)
      .where(and(eq(complaintTickets.integrationId, integrationId), eq(complaintTickets.externalId, externalId)));
    return row ?? null;
  }

  async insertLink(db: Database, link: NewComplaintLink): Promise<void> {
    await db.insert(complaintTickets).values(link);
  }

  async updateLink(db: Database, ticketId: string, changes: Partial<Omit<NewComplaintLink, 'ticketId'>>): Promise<void> {
    await db.update(complaintTickets).set(changes).where(eq(complaintTickets.ticketId, ticketId));
  }

  /** Claims an interaction for its ticket: false when it was put there already. */
  async claimInteraction(db: Database, entry: { integrationId: string; interactionId: string; ticketId: string }): Promise<boolean> {
    const inserted = await db
      .insert(complaintInteractions)
      .values({ ...entry, messageId: null, at: this.deps.clock.now() })
      .onConflictDoNothing()
      .returning({ interactionId: complaintInteractions.interactionId });
    return inserted.length > 0;
  }

  async setInteractionMessage(db: Database, integrationId: string, interactionId: string, messageId: string): Promise<void> {
    await db
      .update(complaintInteractions)
      .set({ messageId })
      .where(and(eq(complaintInteractions.integrationId, integrationId), eq(complaintInteractions.interactionId, interactionId)));
  }

  async recordAnswer(db: Database, actor: Actor, answer: NewAnswer): Promise<ComplaintAnswerRow> {
    const [row] = await db
      .insert(complaintAnswers)
      .values({
        id: newId('complaintAnswer'),
        messageId: null,
        interactionId: null,
        providerMessage: null,
        problemCode: null,
        error: null,
        ...answer,
        actor: actorOf(actor),
        at: this.deps.clock.now(),
      })
      .returning();
    return row!;
  }

  answersOf(db: Database, ticketId: string): Promise<ComplaintAnswerRow[]> {
    return db.select().from(complaintAnswers).where(eq(complaintAnswers.ticketId, ticketId)).orderBy(asc(complaintAnswers.at), asc(complaintAnswers.id));
  }

  /** A visible integration of a complaint channel, for staff. */
  async #complaintIntegration(actor: Actor, integrationId: string): Promise<IntegrationRow> {
    const integration = await this.deps.integrations.get(actor, integrationId);
    assertRole(actor, ...STAFF);
    if (connectorManifest(integration.connector).category !== 'complaint_channel') {
      throw new Problem(complaintProblems.complaint_conversion_unsupported, `${integration.connector} is not a complaint channel`, { field: 'params.integrationId' });
    }
    return integration;
  }
}
