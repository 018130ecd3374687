import type { AccountsService } from '../../modules/accounts/index.ts';
import type { Event, EventReaction } from '../../modules/events/index.ts';
import { manifestFor, type IntegrationsService } from '../../modules/integrations/index.ts';
import type { TicketsService } from '../../modules/tickets/index.ts';
import { systemActor } from '../../platform/actor.ts';
import type { Database } from '../../platform/database/database.ts';

const ACTOR = systemActor('support.sync-failures');

/** The causes a sync failure ticket is opened for: one open ticket per integration and cause. */
const CAUSES: Record<string, { cause: string; subject: (name: string) => string; note: (detail: string) => string }> = {
  'integration.sync_failed': {
    cause: 'sync_failed',
    subject: (name) => `Falha de sincronização: ${name}`,
    note: (detail) => `A sincronização falhou depois de todas as tentativas: ${detail}`,
  },
  'integration.reconnect_required': {
    cause: 'reconnect_required',
    subject: (name) => `Reconexão necessária: ${name}`,
    note: (detail) => `O provedor recusou as credenciais da integração: ${detail}`,
  },
};

interface Deps {
  accounts: AccountsService;
  integrations: Pick<IntegrationsService, 'findRow'>;
  tickets: TicketsService;
  /** Who the ticket answers to when the account has no contact e-mail: Ponte's own support address. */
  fallbackRequester: string;
}

/**
 * Sync failures as support tickets (kind and category `sync_failure`, stage received, team support): the first
 * failure of an integration and cause opens one; a repeat while it is not closed adds an internal note to it; once it
 * is closed, the next failure opens a new one. An event reaction, so each event is handled once, in the transaction
 * that moves the reaction's cursor (one process at a time, so two failures never open two tickets).
 */
export function syncFailureTickets(deps: Deps): EventReaction {
  return {
    name: 'support.sync-failure-tickets',
    types: Object.keys(CAUSES),
    handle: async (tx, events) => {
      for (const event of events) await ticketFor(deps, tx, event);
    },
  };
}

async function ticketFor(deps: Deps, tx: Database, event: Event): Promise<void> {
  const what = CAUSES[event.type];
  if (!what || !event.integrationId) return;
  const detail = String(event.data.error ?? event.data.reason ?? 'sem detalhe do provedor');
  const note = `${what.note(detail)}\n\nEvento ${event.id} em ${event.occurredAt}.`;
  const open = await deps.tickets.findNotClosedFor(tx, event.integrationId, 'sync_failure', what.cause);
  if (open) {
    await deps.tickets.addMessage(tx, ACTOR, open.id, { direction: 'inbound', visibility: 'internal', body: `Nova ocorrência. ${note}` });
    return;
  }
  const [account, integration] = await Promise.all([deps.accounts.findAccount(tx, event.accountId), deps.integrations.findRow(tx, event.integrationId)]);
  if (!account || !integration) return;
  const name = `${manifestFor(integration.connector).name} (${integration.id})`;
  await deps.tickets.open(tx, ACTOR, {
    accountId: account.id,
    integrationId: integration.id,
    kind: 'sync_failure',
    category: 'sync_failure',
    cause: what.cause,
    subject: what.subject(name),
    requester: { email: account.contactEmail ?? deps.fallbackRequester, name: account.contactName },
    locale: account.locale,
    message: { body: note, visibility: 'internal' },
  });
}
