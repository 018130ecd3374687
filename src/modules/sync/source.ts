import type { Database } from '../../platform/database/database.ts';

/** An integration as the sync engine sees it. */
export interface SyncIntegration {
  id: string;
  accountId: string;
  connector: string;
  environment: 'sandbox' | 'production';
  state: string;
  config: Record<string, unknown>;
  credentialId: string | null;
}

/**
 * What the sync engine needs from the integrations module, given to it when Ponte is composed, so the engine does
 * not depend on that module (which depends on it to schedule syncs).
 */
export interface IntegrationSource {
  /** Reads through `db` when given: inside a transaction, another connection must not be awaited (PGlite). */
  get(id: string, db?: Database): Promise<SyncIntegration | null>;
  /** Credentials refused at run time: the integration waits for new ones. */
  /** False when the integration was no longer running (paused or cancelled meanwhile): nothing changed. */
  markReconnectRequired(tx: Database, id: string, reason: string): Promise<boolean>;
}
