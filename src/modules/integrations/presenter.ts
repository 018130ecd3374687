import { connectorManifest } from '../../connectors/catalog.ts';
import type { CredentialVault } from '../credentials/index.ts';
import type { SyncService } from '../sync/index.ts';
import type { IntegrationRow } from './store.ts';

/** An integration as the API shows it: never its secrets, with its callback URL, sync state and backfill progress. */
export async function presentIntegration(row: IntegrationRow, deps: { vault: CredentialVault; sync: SyncService; publicUrl: string }) {
  const [credential, schedule, backfill] = await Promise.all([
    row.credentialId ? deps.vault.info(row.credentialId) : null,
    deps.sync.schedule(row.id),
    deps.sync.backfill(row.id),
  ]);
  const manifest = connectorManifest(row.connector);
  return {
    id: row.id,
    accountId: row.accountId,
    connector: row.connector,
    environment: row.environment,
    state: row.state,
    stateReason: row.stateReason,
    config: row.config as Record<string, unknown>,
    credential: credential
      ? { maskedFingerprint: credential.maskedFingerprint, lastVerifiedAt: credential.lastVerifiedAt, expiresAt: credential.expiresAt }
      : null,
    callbackUrl: manifest.webhooks ? `${deps.publicUrl}${deps.sync.callbacks.urlPath(row.id)}` : null,
    sync: schedule
      ? {
          enabled: schedule.enabled,
          intervalMinutes: schedule.intervalMinutes,
          nextSyncAt: schedule.nextSyncAt.toISOString(),
          lastSyncAt: schedule.lastSyncAt?.toISOString() ?? null,
          lastSuccessAt: schedule.lastSuccessAt?.toISOString() ?? null,
          lastStatus: schedule.lastStatus,
          lastError: schedule.lastError,
          lastCallbackAt: schedule.lastCallbackAt?.toISOString() ?? null,
          firstDataAt: schedule.firstDataAt?.toISOString() ?? null,
        }
      : null,
    backfill,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PresentedIntegration = Awaited<ReturnType<typeof presentIntegration>>;
