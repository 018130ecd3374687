import type { Complaint, ComplaintInteraction } from '../../connectors/sdk/records.ts';
import type { AuditService } from '../../modules/audit/index.ts';
import type { ComplaintLink, ComplaintsService, ComplaintStatus, ConversionSettings } from '../../modules/complaints/index.ts';
import type { Event, EventReaction } from '../../modules/events/index.ts';
import type { IntegrationRow, IntegrationStore } from '../../modules/integrations/index.ts';
import { recordTicketEvent, type TicketsService } from '../../modules/tickets/index.ts';
import { providerActor, systemActor, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import { priorityOfSyncGroup } from './priority.ts';

export interface ComplaintConversionDeps {
  clock: Clock;
  audit: AuditService;
  complaints: ComplaintsService;
  tickets: TicketsService;
  integrations: Pick<IntegrationStore, 'find'>;
}

const COMPLAINT_EVENTS = ['complaint.created', 'complaint.updated', 'complaint.answered', 'complaint.evaluated', 'complaint.closed'] as const;

/** Ponte's flow opens the ticket and records what the complaint did; the consumer's words come through the provider. */
const CONVERSION = systemActor('complaints.conversion');
const RECLAME_AQUI = providerActor('reclame-aqui');

/** RA statuses after which the complaint takes no more company actions: frozen, deactivated by the consumer, inactive. */
const CLOSED_RA_STATUSES: readonly number[] = [10, 12, 13];

const SUBJECT_MAX = 200;

const closedAtProvider = (complaint: Complaint) => complaint.closedAt !== null || CLOSED_RA_STATUSES.includes(complaint.raStatus?.id ?? -1);
const sameStatus = (a: ComplaintStatus | null, b: ComplaintStatus | null) => (a?.id ?? null) === (b?.id ?? null);

/**
 * Automatic conversion (DESIGN.md, the Reclame Aqui channel row): with it on for the integration, the first event of a
 * complaint (its creation, or an update of one synced before conversion was on) opens exactly one `complaint` ticket
 * with the integration's defaults; every event after that puts the consumer's new messages on the ticket, once each,
 * and its status changes (a closing at Reclame Aqui included) on the ticket's timeline. Live events only: complaints
 * a backfill finds in the retroactive window become tickets when they next change.
 */
export class ComplaintConversion {
  constructor(private readonly deps: ComplaintConversionDeps) {}

  reaction(): EventReaction {
    return { name: 'complaints.conversion', types: COMPLAINT_EVENTS, handle: (tx, events) => this.handle(tx, events) };
  }

  async handle(tx: Database, events: Event[]): Promise<void> {
    for (const event of events) {
      const complaint = event.data.complaint as Complaint | undefined;
      if (!event.integrationId || !complaint?.externalId) continue;
      await this.#apply(tx, event.integrationId, complaint);
    }
  }

  async #apply(tx: Database, integrationId: string, complaint: Complaint): Promise<void> {
    const { complaints } = this.deps;
    let link = await complaints.linkOfComplaint(tx, integrationId, complaint.externalId);
    if (link) {
      await this.#statusChanges(tx, link, complaint);
    } else {
      const settings = await complaints.settingsOf(tx, integrationId);
      if (!settings?.enabled) return;
      const integration = await this.deps.integrations.find(tx, integrationId);
      if (!integration || integration.state === 'cancelled') return;
      link = await this.#convert(tx, integration, settings, complaint);
    }
    await this.#consumerMessages(tx, link, complaint);
  }

  async #convert(tx: Database, integration: IntegrationRow, settings: ConversionSettings, complaint: Complaint): Promise<ComplaintLink> {
    const { tickets, complaints } = this.deps;
    const config = integration.config as { syncGroup?: string; companyEmail?: string };
    const syncGroup = config.syncGroup ?? null;
    const priority = priorityOfSyncGroup(syncGroup, settings.priorities);
    const title = complaint.title.trim() || `Reclamação ${complaint.externalId}`;
    const ticket = await tickets.open(tx, CONVERSION, {
      accountId: integration.accountId,
      integrationId: integration.id,
      kind: 'complaint',
      category: 'complaint',
      subject: `Reclame Aqui: ${title}`.slice(0, SUBJECT_MAX),
      // The consumer is who the complaint answers to; a consumer without an e-mail is reached through HugMe only.
      requester: { email: complaint.customer.email ?? config.companyEmail ?? 'reclame-aqui@invalid', name: complaint.customer.name },
      locale: 'pt-BR',
      priority,
    });
    const { customerType, region, creatorUserId, sector, occurrenceType, occurrence, solutions } = settings;
    const defaults = { customerType, region, creatorUserId, sector, occurrenceType, occurrence, solutions };
    const now = this.deps.clock.now();
    const link = {
      ticketId: ticket.id,
      integrationId: integration.id,
      accountId: integration.accountId,
      externalId: complaint.externalId,
      sourceExternalId: complaint.sourceExternalId,
      defaults,
      syncGroup,
      consumerName: complaint.customer.name,
      consumerEmail: complaint.customer.email,
      raStatus: complaint.raStatus,
      hugmeStatus: complaint.hugmeStatus,
      answered: complaint.answered,
      rating: complaint.rating === null ? null : String(complaint.rating),
      closedAt: complaint.closedAt ? new Date(complaint.closedAt) : null,
      createdAt: now,
      updatedAt: now,
    };
    await complaints.insertLink(tx, link);
    await this.#timeline(tx, CONVERSION, ticket.id, 'complaint_converted', {
      complaintId: complaint.externalId,
      reclameAquiId: complaint.sourceExternalId,
      ...defaults,
      syncGroup,
      priority,
      raStatus: complaint.raStatus,
      hugmeStatus: complaint.hugmeStatus,
    });
    await this.#assign(tx, ticket.id, creatorUserId);
    // The complaint's own text opens the conversation, as the consumer wrote it.
    const body = complaint.content.trim() || title;
    const { message } = await tickets.addMessage(tx, RECLAME_AQUI, ticket.id, { direction: 'inbound', visibility: 'public', from: complaint.customer.email, subject: title, body });
    // HugMe lists the complaint's text again as its first interaction (the "Manifestação"): that one is this message.
    const opening = complaint.interactions?.find((interaction) => interaction.fromConsumer && interaction.message.trim() === body);
    if (opening) {
      await complaints.claimInteraction(tx, { integrationId: integration.id, interactionId: opening.id, ticketId: ticket.id });
      await complaints.setInteractionMessage(tx, integration.id, opening.id, message.id);
    }
    if (closedAtProvider(complaint)) await this.#timeline(tx, RECLAME_AQUI, ticket.id, 'complaint_closed_at_provider', { closedAt: complaint.closedAt, raStatus: complaint.raStatus });
    return { ...link, sourceExternalId: link.sourceExternalId ?? null, syncGroup, rating: link.rating };
  }

  /** The creator the settings name may have lost the role since: the ticket then waits unassigned rather than the sync stall. */
  async #assign(tx: Database, ticketId: string, userId: string): Promise<void> {
    try {
      await this.deps.tickets.assign(tx, CONVERSION, ticketId, userId);
    } catch (error) {
      if (!(error instanceof Problem) || error.type.code !== 'ticket_assignee_invalid') throw error;
      await this.#timeline(tx, CONVERSION, ticketId, 'complaint_creator_unavailable', { creatorUserId: userId });
    }
  }

  async #statusChanges(tx: Database, link: ComplaintLink, complaint: Complaint): Promise<void> {
    const changes: Partial<ComplaintLink> = {};
    if (!sameStatus(link.raStatus, complaint.raStatus) || !sameStatus(link.hugmeStatus, complaint.hugmeStatus)) {
      await this.#timeline(tx, RECLAME_AQUI, link.ticketId, 'complaint_status_changed', {
        from: { raStatus: link.raStatus, hugmeStatus: link.hugmeStatus },
        to: { raStatus: complaint.raStatus, hugmeStatus: complaint.hugmeStatus },
      });
      Object.assign(changes, { raStatus: complaint.raStatus, hugmeStatus: complaint.hugmeStatus });
    }
    const rating = complaint.rating === null ? null : String(complaint.rating);
    if (rating !== link.rating) {
      if (rating !== null) await this.#timeline(tx, RECLAME_AQUI, link.ticketId, 'complaint_evaluated', { rating: complaint.rating });
      changes.rating = rating;
    }
    if (complaint.answered !== link.answered) changes.answered = complaint.answered;
    const wasClosed = link.closedAt !== null || CLOSED_RA_STATUSES.includes(link.raStatus?.id ?? -1);
    if (closedAtProvider(complaint) && !wasClosed) {
      await this.#timeline(tx, RECLAME_AQUI, link.ticketId, 'complaint_closed_at_provider', { closedAt: complaint.closedAt, raStatus: complaint.raStatus });
    }
    const closedAt = complaint.closedAt ? new Date(complaint.closedAt) : null;
    if ((closedAt?.getTime() ?? null) !== (link.closedAt?.getTime() ?? null)) changes.closedAt = closedAt;
    if (complaint.customer.email && complaint.customer.email !== link.consumerEmail) changes.consumerEmail = complaint.customer.email;
    if (Object.keys(changes).length > 0) await this.deps.complaints.updateLink(tx, link.ticketId, { ...changes, updatedAt: this.deps.clock.now() });
  }

  /** The consumer's interactions not yet on the ticket, oldest first; a closed ticket takes none, which its timeline says. */
  async #consumerMessages(tx: Database, link: ComplaintLink, complaint: Complaint): Promise<void> {
    const interactions = (complaint.interactions ?? []).filter((interaction) => interaction.fromConsumer);
    for (const interaction of interactions) {
      const claimed = await this.deps.complaints.claimInteraction(tx, { integrationId: link.integrationId, interactionId: interaction.id, ticketId: link.ticketId });
      if (!claimed) continue;
      try {
        const { message } = await this.deps.tickets.addMessage(tx, RECLAME_AQUI, link.ticketId, {
          direction: 'inbound',
          visibility: 'public',
          from: complaint.customer.email,
          subject: interaction.typeName,
          body: bodyOf(interaction, complaint),
        });
        await this.deps.complaints.setInteractionMessage(tx, link.integrationId, interaction.id, message.id);
      } catch (error) {
        if (!(error instanceof Problem) || error.type.code !== 'ticket_closed') throw error;
        await this.#timeline(tx, RECLAME_AQUI, link.ticketId, 'complaint_message_after_closing', { interactionId: interaction.id, type: interaction.type, body: bodyOf(interaction, complaint) });
      }
    }
  }

  #timeline(tx: Database, actor: Actor, ticketId: string, type: string, data: Record<string, unknown>): Promise<void> {
    return recordTicketEvent(tx, this.deps.audit, actor, { ticketId, at: this.deps.clock.now(), type, data });
  }
}

/** An interaction as the agent reads it; an evaluation says its grade even when the consumer wrote nothing. */
function bodyOf(interaction: ComplaintInteraction, complaint: Complaint): string {
  const text = interaction.message.trim();
  if (interaction.type !== 11) return text || `(${interaction.typeName ?? 'mensagem'} sem texto)`;
  const grade = complaint.rating === null ? 'Avaliação do consumidor' : `Avaliação do consumidor: nota ${complaint.rating}`;
  return text ? `${grade}\n\n${text}` : grade;
}
