import { connectorManifest } from '../connectors/catalog.ts';
import type { ConnectorAction } from '../connectors/sdk/manifest.ts';
import { ProviderError } from '../connectors/sdk/provider-error.ts';
import type { AuditService } from '../modules/audit/index.ts';
import { integrationProblems, parseFields, type IntegrationRow, type IntegrationsService } from '../modules/integrations/index.ts';
import type { ConnectorRuntime } from '../modules/sync/index.ts';
import { actorOf, assertRole, type Actor } from '../platform/actor.ts';
import type { DatabaseHandle } from '../platform/database/database.ts';
import { Problem } from '../platform/http/problems.ts';

export interface ConnectorActionsDeps {
  database: DatabaseHandle;
  integrations: IntegrationsService;
  runtime: ConnectorRuntime;
  audit: AuditService;
}

/** What an action run answers: the action's key and the provider's result, as the connector normalised it. */
export interface ActionRun {
  action: string;
  result: Record<string, unknown>;
}

type Outcome = 'succeeded' | 'refused' | 'failed';

// Ids a result may carry that say what the action touched; kept in the audit entry (the input never is: a message to
// a consumer or a payer's document has no place in the audit log).
const REFERENCE_FIELDS = ['externalId', 'transactionId', 'ticketId', 'interactionId'] as const;

/**
 * Runs a connector's manifest action (answer a complaint, create a charge…) on an active integration, at once, under
 * the integration's credentials and through the runtime's gate (the provider's shared rate limit, its circuit breaker
 * and maintenance windows). Input is checked against the manifest before anything is sent.
 */
export class ConnectorActions {
  constructor(private readonly deps: ConnectorActionsDeps) {}

  async run(actor: Actor, integrationId: string, actionKey: string, input: unknown): Promise<ActionRun> {
    const row = await this.deps.integrations.get(actor, integrationId);
    assertRole(actor, 'admin', 'agent', 'customer');
    const action = declaredAction(row.connector, actionKey);
    if (row.state !== 'active') {
      throw new Problem(integrationProblems.integration_state_conflict, `The integration is ${row.state}; actions run on active integrations only`, {
        state: row.state,
        allowedStates: ['active'],
      });
    }
    const parsed = parseFields(action.input, input, 'body');
    const client = this.deps.runtime.client(row.connector);
    if (!client.runAction) throw new Error(`Connector ${row.connector} declares actions but its client runs none`);
    const context = await this.deps.runtime.contextOf({
      connector: row.connector,
      environment: row.environment,
      config: row.config as Record<string, unknown>,
      credentialId: row.credentialId,
    });
    try {
      const result = await client.runAction(context, action.key, parsed);
      await this.#audit(actor, row, action.key, 'succeeded', referencesIn(result));
      return { action: action.key, result };
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      const refused = error.kind === 'rejected' || error.kind === 'auth';
      await this.#audit(actor, row, action.key, refused ? 'refused' : 'failed', { errorKind: error.kind, providerStatus: error.details.status ?? null });
      throw problemFor(error);
    }
  }

  async #audit(actor: Actor, row: IntegrationRow, action: string, outcome: Outcome, details: Record<string, unknown>): Promise<void> {
    await this.deps.audit.record(this.deps.database.db, {
      actor: actorOf(actor),
      action: 'integration.action_run',
      targetType: 'integration',
      targetId: row.id,
      details: { connector: row.connector, action, outcome, ...details },
    });
  }
}

/** The connector's action by key; an unknown one answers 404 naming the actions there are. */
function declaredAction(connector: string, key: string): ConnectorAction {
  const manifest = connectorManifest(connector);
  const action = manifest.actions.find((candidate) => candidate.key === key);
  if (action) return action;
  const known = manifest.actions.map((candidate) => candidate.key);
  const detail = known.length
    ? `${manifest.name} has no action "${key}"; its actions: ${known.join(', ')}`
    : `${manifest.name} has no actions (asked for "${key}")`;
  throw new Problem(integrationProblems.action_not_found, detail, { field: 'params.action', actions: known });
}

/**
 * A provider's refusal (it answered no: a rejected request or refused credentials) carries its own words; anything
 * else is an outage, worth trying again later, with the provider's Retry-After when it asked to slow down.
 */
function problemFor(error: ProviderError): Problem {
  const providerMessage = error.details.providerMessage ?? null;
  if (error.kind === 'rejected' || error.kind === 'auth') {
    return new Problem(integrationProblems.provider_refused_action, providerMessage ?? error.message, { providerMessage, providerStatus: error.details.status ?? null });
  }
  if (error.kind === 'rate_limited') {
    return new Problem(integrationProblems.provider_rate_limited, error.message, { retryAfterSeconds: error.details.retryAfterSeconds ?? 60 });
  }
  return new Problem(integrationProblems.provider_unavailable, error.message, { providerMessage });
}

function referencesIn(result: Record<string, unknown>): Record<string, string> {
  const references: Record<string, string> = {};
  for (const field of REFERENCE_FIELDS) {
    if (typeof result[field] === 'string') references[field] = result[field];
  }
  return references;
}
