import type { ConnectorRuntime, ConnectorTarget } from '../sync/index.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { ProviderTokens } from '../../connectors/sdk/client.ts';
import type { DatabaseHandle, Transaction } from '../../platform/database/database.ts';
import { actorOf, assertRole, canSeeAccount, type Actor } from '../../platform/actor.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { CredentialVault, SecretFields } from '../credentials/index.ts';
import type { EventsService } from '../events/index.ts';
import type { RunningSync, SyncService } from '../sync/index.ts';
import { integrationProblems } from './errors.ts';
import type { IntegrationState } from './schema.ts';
import type { IntegrationFilter, IntegrationRow, IntegrationStore } from './store.ts';
import { manifestFor, parseFields } from './validation.ts';

export interface NewIntegration {
  accountId: string;
  connector: string;
  environment: 'sandbox' | 'production';
  config?: Record<string, unknown> | undefined;
  credentials?: Record<string, unknown> | undefined;
}

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

/** The lifecycle of integrations: creation with verification, activation, config changes, pause, resume, removal. */
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

  async create(actor: Actor, input: NewIntegration): Promise<IntegrationRow> {
    const account = await this.deps.accounts.getAccount(actor, input.accountId).catch((error: unknown) => {
      if (error instanceof Problem) throw new Problem(error.type, error.detail, { field: 'body.accountId' });
      throw error;
    });
    const manifest = manifestFor(input.connector);
    const config = parseFields(manifest.config, input.config, 'body.config') as Record<string, unknown>;
    const needsCredentials = manifest.onboardingFlow !== 'provider_approval' || input.credentials !== undefined;
    const credentials = needsCredentials ? (parseFields(manifest.credentials, input.credentials, 'body.credentials') as SecretFields) : null;
    const target: ConnectorTarget = { connector: manifest.key, environment: input.environment, config, credentialId: null };

    // Self-service and key-exchange connectors are verified (the key exchanged) before anything is stored.
    const verifyNow = manifest.onboardingFlow !== 'provider_approval';
    const tokens = verifyNow && credentials ? await this.#verify(target, credentials) : null;
    const state: IntegrationState = verifyNow ? 'active' : credentials ? 'pending_provider_approval' : 'requested';
    const id = newId('integration');
    return this.deps.database.transaction(async (tx) => {
      const credential = credentials
        ? await this.deps.vault.store(tx.db, { accountId: account.id, kind: `connector:${manifest.key}`, secret: credentials })
        : null;
      const row = await this.deps.store.insert(tx.db, { id, accountId: account.id, connector: manifest.key, environment: input.environment, state, stateReason: null, config, credentialId: credential?.id ?? null });
      if (credential && verifyNow) await this.deps.vault.markVerified(credential.id, tx.db);
      await this.deps.audit.record(tx.db, { actor: actorOf(actor), action: 'integration.created', targetType: 'integration', targetId: id, details: { connector: manifest.key, environment: input.environment, state } });
      if (state === 'active') await this.#activate(tx, row, manifest.defaultSyncIntervalMinutes);
      // Tokens the verification obtained (a key exchange) are sealed beside the credentials.
      if (credential && tokens) await this.deps.runtime.storeTokensIn(tx.db, credential.id, credentials!, tokens);
      return row;
    });
  }

  /** The provider's answer to an approval request (Ticket Log): approved integrations are verified and activated. */
  async decideApproval(actor: Actor, id: string, decision: { approved: boolean; reason?: string | undefined }): Promise<IntegrationRow> {
    const row = await this.get(actor, id);
    assertRole(actor, 'admin', 'agent');
    if (row.state !== 'pending_provider_approval' && row.state !== 'needs_revision') {
      throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}, not waiting for the provider's approval`);
    }
    const manifest = manifestFor(row.connector);
    if (decision.approved) {
      if (!row.credentialId) throw new Problem(integrationProblems.integration_state_conflict, 'The integration has no credentials to verify yet');
      const credentials = await this.deps.vault.reveal(row.credentialId);
      await this.#verify({ ...row, config: row.config as Record<string, unknown> }, credentials);
    }
    return this.deps.database.transaction(async (tx) => {
      const state: IntegrationState = decision.approved ? 'active' : 'needs_revision';
      const updated = await this.deps.store.update(tx.db, id, { state, stateReason: decision.approved ? null : (decision.reason ?? null) });
      await this.deps.audit.record(tx.db, { actor: actorOf(actor), action: decision.approved ? 'integration.approved' : 'integration.rejected', targetType: 'integration', targetId: id, details: { reason: decision.reason ?? null } });
      if (decision.approved) {
        if (row.credentialId) await this.deps.vault.markVerified(row.credentialId, tx.db);
        await this.#activate(tx, updated, manifest.defaultSyncIntervalMinutes);
      }
      return updated;
    });
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
    return this.#move(actor, id, ['active'], 'paused', (tx) => this.deps.sync.pause(tx.db, id));
  }

  async resume(actor: Actor, id: string): Promise<IntegrationRow> {
    return this.#move(actor, id, ['paused'], 'active', (tx) => this.deps.sync.resume(tx.db, id));
  }

  /** Cancels the integration: its syncs stop and its credentials are destroyed (its records and events stay). */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.#move(actor, id, null, 'cancelled', async (tx) => {
      await this.deps.sync.pause(tx.db, id);
      const row = await this.deps.store.find(tx.db, id);
      if (row?.credentialId) {
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

  async #move(actor: Actor, id: string, from: IntegrationState[] | null, to: IntegrationState, effect: (tx: Transaction) => Promise<void>): Promise<IntegrationRow> {
    const row = await this.get(actor, id);
    if (from && !from.includes(row.state)) throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; this needs ${from.join(' or ')}`);
    return this.deps.database.transaction(async (tx) => {
      const updated = await this.deps.store.update(tx.db, id, { state: to, stateReason: null });
      await effect(tx);
      const type = { paused: 'integration.paused', active: 'integration.resumed', cancelled: 'integration.cancelled' }[to as string] ?? `integration.${to}`;
      await this.deps.events.append(tx.db, [{ accountId: row.accountId, integrationId: id, environment: row.environment, type, data: { from: row.state, to } }]);
      await this.deps.audit.record(tx.db, { actor: actorOf(actor), action: type, targetType: 'integration', targetId: id });
      return updated;
    });
  }

  async #activate(tx: Transaction, row: IntegrationRow, defaultInterval: number): Promise<void> {
    const { interval, months } = syncSettingsOf(row.config as Record<string, unknown>, defaultInterval);
    await this.deps.sync.activate(tx, row.id, interval, months);
    await this.deps.events.append(tx.db, [
      { accountId: row.accountId, integrationId: row.id, environment: row.environment, type: 'integration.activated', data: { connector: row.connector } },
    ]);
  }

  /** Asks the provider whether the credentials work; a refusal becomes a problem with the provider's words. */
  async #verify(target: ConnectorTarget, credentials: SecretFields): Promise<ProviderTokens | null> {
    const context = this.deps.runtime.contextFor(target, credentials);
    try {
      const result = await this.deps.runtime.client(target.connector).verifyCredentials(context);
      if (!result.ok) {
        throw new Problem(integrationProblems.provider_refused_credentials, result.providerMessage ?? result.reason, { field: 'body.credentials', providerReason: result.reason });
      }
    } catch (error) {
      if (error instanceof ProviderError) {
        if (error.kind === 'auth') throw new Problem(integrationProblems.provider_refused_credentials, error.details.providerMessage ?? error.message, { field: 'body.credentials' });
        throw new Problem(integrationProblems.provider_unavailable, error.message);
      }
      throw error;
    }
    return context.tokens;
  }

}
