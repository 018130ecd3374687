import { inArray } from 'drizzle-orm';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { Problem } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import { redactSecrets, redactText } from '../../platform/logging/redact.ts';
import { apiAccessProblems } from './errors.ts';
import type { Gateway } from './gateway.ts';
import { accessTokens, apiKeys, apiKeyUsers, apiRequests, type ApiEnvironment } from './schema.ts';

/** One request as a partner API's gateway logged it: the same fields as Ponte's own log. */
export interface GatewayLoggedRequest {
  at: Date;
  requestId: string;
  apiKeyId?: string | null | undefined;
  tokenId?: string | null | undefined;
  userId?: string | null | undefined;
  environment?: ApiEnvironment | null | undefined;
  method: string;
  route: string;
  path: string;
  status: number;
  latencyMs: number;
  problemCode?: string | null | undefined;
  errorMessage?: string | null | undefined;
  payload?: unknown;
}

/** A stored payload stays small: past this many characters of JSON only a preview is kept. */
const MAX_PAYLOAD_CHARS = 16_384;
const MAX_ERROR_MESSAGE_CHARS = 1000;

/**
 * An error message as the log keeps it: secrets redacted, and short. A detail may be as long as what the caller sent
 * (a validation path 100,000 levels deep): only twice the kept length is read, so a secret cut by the first slice is
 * beyond the second.
 */
export const boundedErrorMessage = (message: string | null | undefined): string | null =>
  message ? redactText(message.slice(0, 2 * MAX_ERROR_MESSAGE_CHARS)).slice(0, MAX_ERROR_MESSAGE_CHARS) : null;

/** A payload as the log keeps it: secrets redacted, and at most a preview when it is big. */
export function boundedPayload(payload: unknown): unknown {
  if (payload === undefined || payload === null) return null;
  const redacted = redactSecrets(payload);
  const json = JSON.stringify(redacted);
  // The preview is cut from redacted text, so no secret comes back through it.
  return json.length <= MAX_PAYLOAD_CHARS ? redacted : { truncated: true, chars: json.length, preview: json.slice(0, MAX_PAYLOAD_CHARS) };
}

/**
 * Takes a partner API gateway's request log in batches. A batch is all or nothing: a row naming a key or token of
 * another API (or none Ponte issued) refuses it whole, naming the row's field. Rows already stored (same partner API,
 * request id and time) are skipped, so a batch sent again after a lost answer stores nothing twice.
 */
export class GatewayRequestLog {
  constructor(private readonly database: DatabaseHandle) {}

  async append(gateway: Gateway, requests: GatewayLoggedRequest[]): Promise<{ received: number; stored: number }> {
    await this.#checkOwnership(gateway, requests);
    if (requests.length === 0) return { received: 0, stored: 0 };
    const rows = requests.map((request) => ({
      id: newId('apiRequest'),
      at: request.at,
      requestId: request.requestId,
      apiKeyId: request.apiKeyId ?? null,
      tokenId: request.tokenId ?? null,
      userId: request.userId ?? null,
      environment: request.environment ?? null,
      partnerApiId: gateway.partnerApiId,
      method: request.method.toUpperCase(),
      route: request.route,
      path: redactText(request.path),
      status: request.status,
      latencyMs: request.latencyMs,
      problemCode: request.problemCode ?? null,
      errorMessage: boundedErrorMessage(request.errorMessage),
      payload: boundedPayload(request.payload),
    }));
    const stored = await this.database.db
      .insert(apiRequests)
      .values(rows)
      .onConflictDoNothing({ target: [apiRequests.partnerApiId, apiRequests.requestId, apiRequests.at] })
      .returning({ id: apiRequests.id });
    return { received: requests.length, stored: stored.length };
  }

  async #checkOwnership(gateway: Gateway, requests: GatewayLoggedRequest[]): Promise<void> {
    const keyIds = [...new Set(requests.flatMap((request) => (request.apiKeyId ? [request.apiKeyId] : [])))];
    const tokenIds = [...new Set(requests.flatMap((request) => (request.tokenId ? [request.tokenId] : [])))];
    const keys = keyIds.length > 0 ? await this.database.db.select({ id: apiKeys.id, partnerApiId: apiKeys.partnerApiId, purpose: apiKeys.purpose }).from(apiKeys).where(inArray(apiKeys.id, keyIds)) : [];
    const tokens =
      tokenIds.length > 0
        ? await this.database.db.select({ id: accessTokens.id, apiKeyId: accessTokens.apiKeyId, userId: accessTokens.userId, partnerApiId: accessTokens.partnerApiId }).from(accessTokens).where(inArray(accessTokens.id, tokenIds))
        : [];
    const links = keyIds.length > 0 ? await this.database.db.select().from(apiKeyUsers).where(inArray(apiKeyUsers.apiKeyId, keyIds)) : [];
    for (const [index, request] of requests.entries()) {
      const refuse = (field: string, detail: string): never => {
        throw new Problem(apiAccessProblems.request_log_row_refused, `Row ${index}: ${detail}; nothing in this batch was stored`, { field: `body.requests.${index}.${field}` });
      };
      if (request.apiKeyId) {
        const key = keys.find((candidate) => candidate.id === request.apiKeyId);
        if (!key || key.partnerApiId !== gateway.partnerApiId || key.purpose !== 'access') refuse('apiKeyId', `${request.apiKeyId} is not a key of this partner API`);
      }
      if (request.tokenId) {
        const token = tokens.find((candidate) => candidate.id === request.tokenId);
        if (!token || token.partnerApiId !== gateway.partnerApiId) refuse('tokenId', `${request.tokenId} is not a token of this partner API`);
        if (request.apiKeyId && token!.apiKeyId !== request.apiKeyId) refuse('tokenId', `${request.tokenId} was not issued through ${request.apiKeyId}`);
      }
      // A row names only the user the token was issued to (or one of the key's): a row is cited by that user's account.
      if (request.userId) {
        const token = request.tokenId ? tokens.find((candidate) => candidate.id === request.tokenId) : undefined;
        const allowed = token ? token.userId === request.userId : Boolean(request.apiKeyId) && links.some((link) => link.apiKeyId === request.apiKeyId && link.userId === request.userId);
        if (!allowed) refuse('userId', `${request.userId} is not the user of the row's token or key`);
      }
    }
  }
}
