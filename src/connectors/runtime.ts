import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/database/database.ts';
import type { CredentialVault, SecretFields } from '../modules/credentials/index.ts';
import { connectorManifest } from './catalog.ts';
import { CONNECTOR_CLIENTS } from './clients.ts';
import type { ConnectorClient, ConnectorContext, ProviderTokens } from './sdk/client.ts';
import { ProviderError } from './sdk/provider-error.ts';

/** What the runtime needs to know of an integration to talk to its provider. */
export interface ConnectorTarget {
  connector: string;
  environment: 'sandbox' | 'production';
  config: Record<string, unknown>;
  credentialId: string | null;
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
  ) {}

  client(connector: string): ConnectorClient<unknown, unknown> {
    const client = CONNECTOR_CLIENTS[connector];
    if (!client) throw new Error(`No client for connector ${connector}`);
    return client as ConnectorClient<unknown, unknown>;
  }

  baseUrls(connector: string, environment: 'sandbox' | 'production'): Record<string, string> {
    const manifest = connectorManifest(connector);
    if (environment === 'production') return manifest.baseUrls;
    const sandbox = this.sandboxUrls[connector];
    if (!sandbox) {
      throw new ProviderError('unavailable', `The ${manifest.name} sandbox is not running (start Ponte with PONTE_SANDBOXES=on)`);
    }
    return Object.fromEntries(Object.keys(manifest.baseUrls).map((api) => [api, sandbox]));
  }

  /** A context over credentials given in clear, before they are stored (to verify them first). */
  contextFor(target: ConnectorTarget, credentials: SecretFields): ConnectorContext<unknown, unknown> {
    let tokens: ProviderTokens | null = null;
    return {
      credentials,
      config: target.config,
      baseUrls: this.baseUrls(target.connector, target.environment),
      now: () => this.clock.now(),
      get tokens() {
        return tokens;
      },
      saveTokens: async (saved) => {
        tokens = saved;
      },
    };
  }

  /** A context over stored credentials; tokens the connector obtains are sealed back into the vault. */
  async contextOf(target: ConnectorTarget): Promise<ConnectorContext<unknown, unknown>> {
    const credentialId = target.credentialId;
    const secret = credentialId ? await this.vault.reveal(credentialId) : {};
    const { [TOKENS_FIELD]: storedTokens, ...credentials } = secret;
    let tokens: ProviderTokens | null = storedTokens ? (JSON.parse(storedTokens) as ProviderTokens) : null;
    return {
      credentials,
      config: target.config,
      baseUrls: this.baseUrls(target.connector, target.environment),
      now: () => this.clock.now(),
      get tokens() {
        return tokens;
      },
      saveTokens: async (saved) => {
        tokens = saved;
        if (!credentialId) return;
        await this.vault.replace(this.vault.db, credentialId, { ...credentials, [TOKENS_FIELD]: JSON.stringify(saved) }, new Date(saved.expiresAt));
      },
    };
  }

  /** Seals tokens obtained while verifying beside the credentials just stored, in the caller's transaction. */
  async storeTokensIn(db: Database, credentialId: string, credentials: SecretFields, tokens: ProviderTokens): Promise<void> {
    await this.vault.replace(db, credentialId, { ...credentials, [TOKENS_FIELD]: JSON.stringify(tokens) }, new Date(tokens.expiresAt));
  }
}
