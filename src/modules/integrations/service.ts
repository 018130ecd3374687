import type { ConnectorRuntime, ConnectorTarget } from '../sync/index.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { ProviderTokens } from '../../connectors/sdk/client.ts';
import type { Database, DatabaseHandle, Transaction } from '../../platform/database/database.ts';
import { actorOf, assertRole, canSeeAccount, type Actor } from '../../platform/actor.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { CredentialVault, SecretFields } from '../credentials/index.ts';
import type { EventsService } from '../events/index.ts';
import type { RunningSync, SyncService } from '../sync/index.ts';
import { integrationProblems } from './errors.ts';
import { assertTransition, transitionEventType, type FlowKind } from './lifecycle.ts';
import type { IntegrationState } from './schema.ts';
import type { IntegrationFilter, IntegrationRow, IntegrationStore, Transition } from './store.ts';
import { manifestFor, parseFields } from './validation.ts';

/** What a flow gives to create an integration row. */
export type NewIntegrationRow = Pick<IntegrationRow, 'accountId' | 'connector' | 'environment' | 'state' | 'config'>;

/** Why a lifecycle move happened, and what caused it: on the timeline and in the event. */
export interface TransitionDetails {
  reason?: string | null;
  ticketId?: string | null;
  messageId?: string | null;
  data?: Record<string, unknown>;
}

export type Verification = { ok: true; tokens: ProviderTokens | null } | { ok: false; reason: string; providerMessage: string | null };

interface Deps {
  database: DatabaseHandle;
  store: IntegrationStore;
  accounts: AccountsService;
  vault: CredentialVault;
  runtime: ConnectorRuntime;
  sync: SyncService;
  events: EventsService;
  audit: AuditService;
}

const syncSettingsOf = (config: Record<string, unknown>, fallbackInterval: number) => ({
  interval: typeof config.syncIntervalMinutes === 'number' ? config.syncIntervalMinutes : fallbackInterval,
  months: typeof config.retroactiveMonths === 'number' ? config.retroactiveMonths : 0,
});

/**
 * Integrations and their lifecycle: every state change goes through `move`, checked against the flow's table. Flows
 * (src/flows/) create integrations and drive onboarding with these building blocks.
 */
export class IntegrationsService {
  constructor(private readonly deps: Deps) {}

  /** An integration the actor may see; another account's answers not-found. The operator's CLI sees all. */
  async get(actor: Actor, id: string): Promise<IntegrationRow> {
    const row = await this.deps.store.find(this.deps.database.db, id);
    if (!row || row.state === 'cancelled' || !canSeeAccount(actor, row.accountId)) {
      throw new Problem(integrationProblems.integration_not_found);
    }
    return row;
  }

  list(actor: Actor, filter: IntegrationFilter): Promise<IntegrationRow[]> {
    return this.deps.store.list(actor.role === 'customer' ? { ...filter, accountId: actor.accountId ?? '' } : filter);
  }

  async updateConfig(actor: Actor, id: string, changes: Record<string, unknown>): Promise<IntegrationRow> {
    const row = await this.get(actor, id);
    const manifest = manifestFor(row.connector);
    const config = parseFields(manifest.config, { ...(row.config as Record<string, unknown>), ...changes }, 'body.config') as Record<string, unknown>;
    return this.deps.database.transaction(async (tx) => {
      const updated = await this.deps.store.update(tx.db, id, { config });
      await this.deps.sync.reschedule(tx.db, id, syncSettingsOf(config, manifest.defaultSyncIntervalMinutes).interval);
      await this.deps.audit.record(tx.db, { actor: actorOf(actor), action: 'integration.config_changed', targetType: 'integration', targetId: id, details: { changes } });
      return updated;
    });
  }

  async pause(actor: Actor, id: string): Promise<IntegrationRow> {
    const row = await this.get(actor, id);
    return this.deps.database.transaction(async (tx) => {
      const moved = await this.move(tx.db, actor, row, 'paused');
      await this.deps.sync.pause(tx.db, id);
      return moved;
    });
  }

  async resume(actor: Actor, id: string): Promise<IntegrationRow> {
    const row = await this.get(actor, id);
    if (row.state !== 'paused') throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; only a paused integration resumes`, { state: row.state, allowedStates: ['paused'] });
    return this.deps.database.transaction(async (tx) => {
      const moved = await this.move(tx.db, actor, row, 'active');
      await this.deps.sync.resume(tx.db, id);
      return moved;
    });
  }

  /** Cancels the integration: its syncs stop and its credentials are destroyed (its records and events stay). */
  async remove(actor: Actor, id: string): Promise<void> {
    const row = await this.get(actor, id);
    await this.deps.database.transaction(async (tx) => {
      await this.move(tx.db, actor, row, 'cancelled');
      await this.deps.sync.pause(tx.db, id);
      if (row.credentialId) {
        await this.deps.vault.destroy(tx.db, row.credentialId);
        await this.deps.store.update(tx.db, id, { credentialId: null });
      }
    });
  }

  /** Queues a poll; returns the sync holding the integration now, if one does (the poll waits for it). */
  async syncNow(actor: Actor, id: string): Promise<RunningSync | null> {
    const row = await this.get(actor, id);
    if (row.state !== 'active') throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; only active integrations sync`);
    return this.deps.sync.syncNow(id);
  }

  /**
   * Fetches the integration's retroactive window again, over `months` (within the connector's bounds) or its
   * configured months: a backfill job queued for the workers. Refused while a backfill is under way.
   */
  async startBackfill(actor: Actor, id: string, months?: number): Promise<{ jobId: string; months: number }> {
    const row = await this.get(actor, id);
    assertRole(actor, 'admin', 'agent');
    if (row.state !== 'active') throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; only active integrations backfill`);
    const manifest = manifestFor(row.connector);
    const bounds = manifest.config.shape.retroactiveMonths;
    const window = months === undefined ? syncSettingsOf(row.config as Record<string, unknown>, manifest.defaultSyncIntervalMinutes).months : bounds ? (parseFields(bounds, months, 'months') as number) : months;
    return this.deps.database.transaction(async (tx) => {
      const jobId = await this.deps.sync.startBackfill(tx, id, window);
      if (!jobId) throw new Problem(integrationProblems.integration_state_conflict, 'A backfill of this integration is already under way');
      await this.deps.audit.record(tx.db, { actor: actorOf(actor), action: 'integration.backfill_started', targetType: 'integration', targetId: id, details: { months: window } });
      return { jobId, months: window };
    });
  }

  /** The integration's flow kind, from its connector's manifest. */
  flowKindOf(row: Pick<IntegrationRow, 'connector'>): FlowKind {
    return manifestFor(row.connector).onboardingFlow;
  }

  /**
   * Creates an integration in its first state (checked against its flow's table), on its timeline as created by the
   * actor. The caller's transaction; credentials, when already sealed, by id.
   */
  async insert(db: Database, actor: Actor, input: NewIntegrationRow, details: TransitionDetails = {}): Promise<IntegrationRow> {
    const manifest = manifestFor(input.connector);
    assertTransition(manifest.onboardingFlow, 'new', input.state);
    const row = await this.deps.store.insert(db, { id: newId('integration'), stateReason: details.reason ?? null, credentialId: null, ...input });
    await this.deps.audit.record(db, { actor: actorOf(actor), action: 'integration.created', targetType: 'integration', targetId: row.id, details: { connector: manifest.key, environment: input.environment, state: input.state } });
    await this.#record(db, actor, row, null, input.state, details);
    return row;
  }

  /**
   * Moves an integration to `to` within the caller's transaction: refused (409, naming the current and allowed states)
   * unless its flow's table has the move; then durable, audited, on the timeline and announced by an event.
   * The row is read again under a lock, so two moves of one integration never both start from the same state.
   */
  async move(db: Database, actor: Actor, row: Pick<IntegrationRow, 'id'>, to: IntegrationState, details: TransitionDetails = {}): Promise<IntegrationRow> {
    const current = await this.deps.store.findForUpdate(db, row.id);
    if (!current) throw new Problem(integrationProblems.integration_not_found);
    assertTransition(this.flowKindOf(current), current.state, to);
    const updated = await this.deps.store.update(db, current.id, { state: to, stateReason: details.reason ?? null });
    await this.#record(db, actor, updated, current.state, to, details);
    const type = transitionEventType(current.state, to);
    await this.deps.audit.record(db, { actor: actorOf(actor), action: type, targetType: 'integration', targetId: current.id, details: { from: current.state, to, reason: details.reason ?? null } });
    return updated;
  }

  /** Moves an integration to `active` and starts its syncs: a backfill of the retroactive window, then polling. */
  async activate(tx: Transaction, actor: Actor, row: Pick<IntegrationRow, 'id'>, details: TransitionDetails = {}): Promise<IntegrationRow> {
    const moved = await this.move(tx.db, actor, row, 'active', details);
    const { interval, months } = syncSettingsOf(moved.config as Record<string, unknown>, manifestFor(moved.connector).defaultSyncIntervalMinutes);
    await this.deps.sync.activate(tx, moved.id, interval, months);
    return moved;
  }

  /** The row as it is now, whoever may see it: for flows and jobs that already know the integration is theirs to act on. */
  findRow(db: Database, id: string): Promise<IntegrationRow | null> {
    return this.deps.store.find(db, id);
  }

  /** The id of the move that put the integration in its current state: timers set for a step compare it. */
  async currentStep(db: Database, id: string): Promise<string> {
    return (await this.deps.store.latestTransitionId(db, id)) ?? '';
  }

  /**
   * For a timer of the step `transitionId` (`timer` names which one), in the transaction of what it does: true the
   * first time, false when it has fired already (a job run again after its worker died, after it committed).
   */
  firstFiring(db: Database, integrationId: string, transitionId: string, timer: string): Promise<boolean> {
    return this.deps.store.markTimerFired(db, integrationId, transitionId, timer);
  }

  /** Records that happened to an integration without changing its state (an SLA warning): an event, for rules and reports. */
  async announce(db: Database, row: IntegrationRow, type: string, data: Record<string, unknown>): Promise<void> {
    await this.deps.events.append(db, [{ accountId: row.accountId, integrationId: row.id, environment: row.environment, type, data: { connector: row.connector, ...data } }]);
  }

  /** The customer's answer about the first data: audited and announced (`integration.data_confirmed` or `integration.data_divergence`). */
  async recordValidation(db: Database, actor: Actor, row: IntegrationRow, answer: { confirmed: boolean; divergence?: string | undefined }): Promise<void> {
    const type = answer.confirmed ? 'integration.data_confirmed' : 'integration.data_divergence';
    await this.deps.audit.record(db, { actor: actorOf(actor), action: type, targetType: 'integration', targetId: row.id, details: { divergence: answer.divergence ?? null } });
    await this.announce(db, row, type, { divergence: answer.divergence ?? null });
  }

  recordCount(id: string): Promise<number> {
    return this.deps.sync.recordCount(id);
  }

  /** The integration's timeline, oldest first. */
  async timeline(actor: Actor, id: string): Promise<Transition[]> {
    await this.get(actor, id);
    return this.deps.store.transitions(this.deps.database.db, id);
  }

  /** Seals credentials for the integration (replacing any it had) and points it at them; tokens ride along. */
  async storeCredentials(db: Database, row: Pick<IntegrationRow, 'id' | 'accountId' | 'connector' | 'credentialId'>, credentials: SecretFields, options: { verified: boolean; tokens?: ProviderTokens | null }): Promise<string> {
    if (row.credentialId) await this.deps.vault.destroy(db, row.credentialId);
    const credential = await this.deps.vault.store(db, { accountId: row.accountId, kind: `connector:${row.connector}`, secret: credentials });
    await this.deps.store.update(db, row.id, { credentialId: credential.id });
    if (options.verified) await this.deps.vault.markVerified(credential.id, db);
    if (options.tokens) await this.deps.runtime.storeTokensIn(db, credential.id, credentials, options.tokens);
    return credential.id;
  }

  /** The credentials already sealed for the integration worked: marked verified, with the tokens the check obtained. */
  async confirmCredentials(db: Database, credentialId: string, credentials: SecretFields, tokens: ProviderTokens | null): Promise<void> {
    if (tokens) await this.deps.runtime.storeTokensIn(db, credentialId, credentials, tokens);
    await this.deps.vault.markVerified(credentialId, db);
  }

  /** The row, locked until the caller's transaction ends: a flow deciding on what it read earlier checks it again here. */
  lockRow(db: Database, id: string): Promise<IntegrationRow | null> {
    return this.deps.store.findForUpdate(db, id);
  }

  /** The integration's sealed credentials, in clear, for a flow to hand to the provider (never to a person). */
  revealCredentials(row: Pick<IntegrationRow, 'credentialId'>): Promise<SecretFields | null> {
    return row.credentialId ? this.deps.vault.reveal(row.credentialId) : Promise.resolve(null);
  }

  /**
   * Asks the provider whether credentials work. A refusal is an answer (`ok: false`, with the provider's words), not an
   * error; an unreachable provider throws the provider_unavailable problem.
   */
  async verify(target: ConnectorTarget, credentials: SecretFields): Promise<Verification> {
    const context = this.deps.runtime.contextFor(target, credentials);
    try {
      const result = await this.deps.runtime.client(target.connector).verifyCredentials(context);
      if (!result.ok) return { ok: false, reason: result.reason, providerMessage: result.providerMessage ?? null };
    } catch (error) {
      if (error instanceof ProviderError) {
        // The provider answered no (refused the credentials, or the request made with them): an answer to give the
        // customer. Only an outage or an unreadable answer is worth trying again.
        if (error.kind === 'auth' || error.kind === 'rejected') return { ok: false, reason: error.message, providerMessage: error.details.providerMessage ?? null };
        throw new Problem(integrationProblems.provider_unavailable, error.message);
      }
      throw error;
    }
    return { ok: true, tokens: context.tokens };
  }

  async #record(db: Database, actor: Actor, row: IntegrationRow, from: IntegrationState | null, to: IntegrationState, details: TransitionDetails): Promise<void> {
    await this.deps.store.recordTransition(db, {
      integrationId: row.id,
      accountId: row.accountId,
      fromState: from,
      toState: to,
      actor: actorOf(actor),
      reason: details.reason ?? null,
      ticketId: details.ticketId ?? null,
      messageId: details.messageId ?? null,
      data: details.data ?? {},
    });
    const type = transitionEventType(from ?? 'new', to);
    const events = [{ accountId: row.accountId, integrationId: row.id, environment: row.environment, type, data: { from, to, connector: row.connector, reason: details.reason ?? null } }];
    if (from === 'pending_provider_approval' && to === 'active') events.unshift({ ...events[0]!, type: 'integration.approved' });
    await this.deps.events.append(db, events);
  }
}
