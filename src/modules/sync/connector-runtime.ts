import { createHash } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import type { CredentialVault, SecretFields } from '../credentials/index.ts';
import { connectorManifest } from '../../connectors/catalog.ts';
import { CONNECTOR_CLIENTS } from '../../connectors/clients.ts';
import type { ConnectorClient, ConnectorContext, ProviderTokens } from '../../connectors/sdk/client.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import { composeGates, runWithGate, type CallGate } from '../../connectors/sdk/resilience/call-gate.ts';
import { CircuitBreakers, type BreakerSettings } from '../../connectors/sdk/resilience/circuit-breakers.ts';
import { maintenanceGate } from '../../connectors/sdk/resilience/maintenance-windows.ts';
import { SharedRateLimiter } from './shared-rate-limiter.ts';

/** What the runtime needs to know of an integration to talk to its provider. */
export interface ConnectorTarget {
  connector: string;
  environment: 'sandbox' | 'production';
  config: Record<string, unknown>;
  credentialId: string | null;
}

/** What the call gates need: the database for the shared rate limits, and their tuning. */
export interface RuntimeResilience {
  /** Without it, rate limits are not enforced (breakers and maintenance windows still are). */
  database?: DatabaseHandle;
  breakers?: BreakerSettings;
  /** How the rate limiter waits for the next window (tests move a manual clock). */
  sleep?: (milliseconds: number) => Promise<void>;
  maxRateLimitWaitMs?: number;
}

// Tokens obtained from the provider ride in the credential's sealed secret, under a field no manifest uses.
const TOKENS_FIELD = '__tokens';

/**
 * Builds the narrow context each connector call gets: its decrypted credentials, its config, the base URLs of the
 * target environment (the real hosts, or the local sandboxes in `sandbox`), and token storage in the vault.
 */
export class ConnectorRuntime {
  constructor(
    private readonly vault: CredentialVault,
    private readonly clock: Clock,
    /** Base URL of each running sandbox, by connector key. */
    private readonly sandboxUrls: Partial<Record<string, string>>,
    resilience: RuntimeResilience = {},
    /** PONTE_PROVIDER_BASE_URLS: hosts replacing a manifest's real ones in production, by connector and API. */
    private readonly productionUrls: Partial<Record<string, Record<string, string>>> = {},
  ) {
    for (const [connector, urls] of Object.entries(productionUrls)) {
      const known = Object.keys(connectorManifest(connector, 'PONTE_PROVIDER_BASE_URLS').baseUrls);
      const unknown = Object.keys(urls ?? {}).filter((api) => !known.includes(api));
      if (unknown.length > 0) throw new Error(`PONTE_PROVIDER_BASE_URLS: ${connector} has no API named ${unknown.join(', ')} (its APIs: ${known.join(', ')})`);
    }
    this.breakers = new CircuitBreakers(resilience.breakers);
    this.#limiter = resilience.database
      ? new SharedRateLimiter(resilience.database, { clock, sleep: resilience.sleep, maxWaitMs: resilience.maxRateLimitWaitMs })
      : null;
  }

  /** One circuit per provider host, shared by every integration in this process. */
  readonly breakers: CircuitBreakers;
  readonly #limiter: SharedRateLimiter | null;
  /** The target each context was built for and its rate-limit key, so a client call knows which gate to run in. */
  readonly #targets = new WeakMap<object, { target: ConnectorTarget; rateLimitKey: string | null }>();
  readonly #gatedClients = new Map<string, ConnectorClient<unknown, unknown>>();

  /**
   * The connector's client, with every method run inside the gate of the target its context was built for (by
   * contextOf or contextFor), so each provider call it makes is rate-limited, circuit-broken and kept out of
   * maintenance windows. A context built elsewhere runs ungated.
   */
  client(connector: string): ConnectorClient<unknown, unknown> {
    const cached = this.#gatedClients.get(connector);
    if (cached) return cached;
    const client = CONNECTOR_CLIENTS[connector] as ConnectorClient<unknown, unknown> | undefined;
    if (!client) throw new Error(`No client for connector ${connector}`);
    const gated = new Proxy(client, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (context: unknown, ...rest: unknown[]) => {
          const call = () => (value as (...args: unknown[]) => unknown).apply(target, [context, ...rest]);
          const of = typeof context === 'object' && context !== null ? this.#targets.get(context) : undefined;
          return of ? runWithGate(this.gateFor(of.target, of.rateLimitKey), call) : call();
        };
      },
    });
    this.#gatedClients.set(connector, gated);
    return gated;
  }

  /**
   * The gate for calls to a target's provider: its maintenance windows, the host's circuit breaker, then the shared
   * rate limit under `rateLimitKey` (last, so a refused call does not spend a slot); see rateLimitKey.
   */
  gateFor(target: ConnectorTarget, rateLimitKey: string | null): CallGate {
    const manifest = connectorManifest(target.connector);
    const gates: CallGate[] = [];
    if (manifest.maintenanceWindows?.length) gates.push(maintenanceGate(manifest.name, manifest.maintenanceWindows, this.clock));
    gates.push(this.breakers);
    if (manifest.rateLimit && this.#limiter && rateLimitKey) gates.push(this.#limiter.gate(rateLimitKey, manifest.rateLimit.callsPerMinute));
    return composeGates(gates);
  }

  /**
   * Whose budget a call spends: the provider's client named by the manifest's `sharedBy` credential field (hashed:
   * the table need not hold it), so every integration and every verification of one client share it; else the
   * stored credential's. Null (not limited) for a connector without a limit, or credentials not stored yet and
   * without a `sharedBy` field.
   */
  rateLimitKey(target: ConnectorTarget, credentials: SecretFields): string | null {
    const limit = connectorManifest(target.connector).rateLimit;
    if (!limit) return null;
    const client = limit.sharedBy ? credentials[limit.sharedBy] : undefined;
    if (client) return `${target.connector}:${limit.sharedBy}:${createHash('sha256').update(client).digest('hex').slice(0, 32)}`;
    return target.credentialId ? `${target.connector}:${target.credentialId}` : null;
  }

  baseUrls(connector: string, environment: 'sandbox' | 'production'): Record<string, string> {
    const manifest = connectorManifest(connector);
    if (environment === 'production') return { ...manifest.baseUrls, ...this.productionUrls[connector] };
    const sandbox = this.sandboxUrls[connector];
    if (!sandbox) {
      throw new ProviderError('unavailable', `The ${manifest.name} sandbox is not running (start Ponte with PONTE_SANDBOXES=on)`);
    }
    return Object.fromEntries(Object.keys(manifest.baseUrls).map((api) => [api, sandbox]));
  }

  /** A context over credentials given in clear, before they are stored (to verify them first). */
  contextFor(target: ConnectorTarget, credentials: SecretFields): ConnectorContext<unknown, unknown> {
    return this.#context(target, credentials, null, async () => {});
  }

  /** A context over stored credentials; tokens the connector obtains are sealed back into the vault. */
  async contextOf(target: ConnectorTarget): Promise<ConnectorContext<unknown, unknown>> {
    const credentialId = target.credentialId;
    const secret = credentialId ? await this.vault.reveal(credentialId) : {};
    const { [TOKENS_FIELD]: storedTokens, ...credentials } = secret;
    return this.#context(target, credentials, storedTokens ? (JSON.parse(storedTokens) as ProviderTokens) : null, async (saved) => {
      if (credentialId) await this.storeTokensIn(this.vault.db, credentialId, credentials, saved);
    });
  }

  #context(
    target: ConnectorTarget,
    credentials: SecretFields,
    initialTokens: ProviderTokens | null,
    persist: (tokens: ProviderTokens) => Promise<void>,
  ): ConnectorContext<unknown, unknown> {
    let tokens = initialTokens;
    return this.#remember(target, credentials, {
      credentials,
      config: target.config,
      baseUrls: this.baseUrls(target.connector, target.environment),
      now: () => this.clock.now(),
      get tokens() {
        return tokens;
      },
      saveTokens: async (saved) => {
        tokens = saved;
        await persist(saved);
      },
    });
  }

  #remember(target: ConnectorTarget, credentials: SecretFields, context: ConnectorContext<unknown, unknown>): ConnectorContext<unknown, unknown> {
    this.#targets.set(context, { target, rateLimitKey: this.rateLimitKey(target, credentials) });
    return context;
  }

  /** Seals tokens obtained while verifying beside the credentials just stored, in the caller's transaction. */
  async storeTokensIn(db: Database, credentialId: string, credentials: SecretFields, tokens: ProviderTokens): Promise<void> {
    await this.vault.replace(db, credentialId, { ...credentials, [TOKENS_FIELD]: JSON.stringify(tokens) }, new Date(tokens.expiresAt));
  }
}
