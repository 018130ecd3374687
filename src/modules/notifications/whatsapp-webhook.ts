import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { parseWebhookPayload, verifyWebhookSignature, webhookChallenge, type WhatsappReply, type WhatsappStatusUpdate } from '../../connectors/whatsapp-cloud/webhook.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { notifications, whatsappEarlyStatuses } from './schema.ts';
import { newId } from '../../platform/ids.ts';
import { failAfterSend } from './send-queue.ts';
import { phoneVariants, type OptOuts } from './opt-outs.ts';
import type { WhatsappSenders } from './whatsapp-senders.ts';

/** Replies that mean "stop sending me this" (compared trimmed, upper-case, without accents or end punctuation). */
const STOP_WORDS = ['SAIR', 'PARAR', 'STOP', 'CANCELAR', 'DESCADASTRAR'] as const;

function isStopWord(text: string): boolean {
  const word = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    .toUpperCase();
  return (STOP_WORDS as readonly string[]).includes(word);
}

export type WebhookOutcome = 'unknown_sender' | 'bad_signature' | 'not_whatsapp' | 'received';

interface Deps {
  database: DatabaseHandle;
  clock: Clock;
  logger: Logger;
  senders: Pick<WhatsappSenders, 'find' | 'secretsOf'>;
  optOuts: Pick<OptOuts, 'add'>;
}

/**
 * Meta's status and reply webhook for one sender (`/v1/whatsapp/webhooks/{senderId}`): statuses move the notification
 * with that `wamid` to delivered or read, or fail the attempt (retried on the send queue's schedule); a stop word
 * replied opts the number out of the sender's account.
 */
export class WhatsappWebhook {
  constructor(private readonly deps: Deps) {}

  /** Meta's subscription check: the challenge when the verify token is the sender's, else null. */
  async challenge(senderId: string, query: Record<string, unknown>): Promise<string | null> {
    const sender = await this.deps.senders.find(senderId);
    if (!sender) return null;
    const { verifyToken } = await this.deps.senders.secretsOf(sender);
    return webhookChallenge(query, verifyToken);
  }

  /** Checks the signature over the raw body with the sender's app secret, then applies what the delivery says. */
  async receive(senderId: string, rawBody: string, signature: string | undefined): Promise<WebhookOutcome> {
    const sender = await this.deps.senders.find(senderId);
    if (!sender) return 'unknown_sender';
    const { appSecret } = await this.deps.senders.secretsOf(sender);
    if (!verifyWebhookSignature(rawBody, signature, appSecret)) return 'bad_signature';
    let events;
    try {
      events = parseWebhookPayload(JSON.parse(rawBody) as unknown);
    } catch (error) {
      if (error instanceof SyntaxError || error instanceof ProviderError) return 'not_whatsapp';
      throw error;
    }
    // One Meta app may serve several businesses' numbers through one callback: only this sender's number counts here.
    const ours = (item: { phoneNumberId?: string }) => item.phoneNumberId === undefined || item.phoneNumberId === sender.phoneNumberId;
    for (const status of events.statuses.filter(ours)) await this.#status(sender, status);
    for (const reply of events.replies.filter(ours)) await this.#reply(sender.accountId, reply);
    return 'received';
  }

  async #status(sender: { accountId: string; environment: 'sandbox' | 'production' }, update: WhatsappStatusUpdate): Promise<void> {
    const { db } = this.deps.database;
    const now = this.deps.clock.now();
    if (await applyStatus(db, sender, update, now, this.deps.logger)) return;
    // Meta can call back before the worker has stored the message's wamid: keep the status for when it does, then
    // look once more, in case the send was recorded meanwhile (both sides write, then read the other's write).
    await db.insert(whatsappEarlyStatuses).values({ id: newId('whatsappEarlyStatus'), accountId: sender.accountId, environment: sender.environment, providerMessageId: update.messageId, update, receivedAt: now });
    await applyEarlyStatuses(db, { ...sender, providerMessageId: update.messageId }, now, this.deps.logger);
  }

  async #reply(accountId: string, reply: WhatsappReply): Promise<void> {
    if (reply.text === null || !isStopWord(reply.text)) {
      // What people write is theirs: only that something came is logged.
      this.deps.logger.debug({ accountId, type: reply.type }, 'whatsapp reply ignored (not a stop word)');
      return;
    }
    await this.deps.database.transaction(async ({ db }) => {
      const address = await this.#addressSentTo(db, accountId, `+${reply.from.replace(/\D/g, '')}`);
      const { created } = await this.deps.optOuts.add(db, { accountId, channel: 'whatsapp', address, source: 'whatsapp_reply' });
      if (created) this.deps.logger.info({ accountId }, 'a WhatsApp recipient opted out by reply');
    });
  }

  /** The number as Ponte sent to it, when some notification went to a form of this wa_id; else the wa_id itself. */
  async #addressSentTo(db: Database, accountId: string, waId: string): Promise<string> {
    const [sent] = await db
      .select({ recipient: notifications.recipient })
      .from(notifications)
      .where(and(eq(notifications.accountId, accountId), eq(notifications.channel, 'whatsapp'), inArray(notifications.recipient, phoneVariants(waId)), isNotNull(notifications.sentAt)))
      .orderBy(desc(notifications.sentAt))
      .limit(1);
    return sent?.recipient ?? waId;
  }
}

type SenderScope = { accountId: string; environment: 'sandbox' | 'production' };

/**
 * Applies one status to the notification with its wamid (of the sender's account and environment): delivered or
 * read move it forward only (sent < delivered < read, so late or repeated statuses change nothing); failed puts the
 * attempt back on the schedule or fails it for good. False when no notification has that wamid yet.
 */
async function applyStatus(db: Database, sender: SenderScope, update: WhatsappStatusUpdate, now: Date, logger: Logger): Promise<boolean> {
  const mine = and(
    eq(notifications.accountId, sender.accountId),
    eq(notifications.environment, sender.environment),
    eq(notifications.channel, 'whatsapp'),
    eq(notifications.providerMessageId, update.messageId),
  );
  const [known] = await db.select({ id: notifications.id }).from(notifications).where(mine).limit(1);
  if (!known) return false;
  if (update.status === 'delivered') {
    await db.update(notifications).set({ status: 'delivered', deliveredAt: update.timestamp, updatedAt: now }).where(and(mine, eq(notifications.status, 'sent')));
  } else if (update.status === 'read') {
    await db
      .update(notifications)
      .set({ status: 'read', readAt: update.timestamp, deliveredAt: sql`coalesce(${notifications.deliveredAt}, ${update.timestamp})`, updatedAt: now })
      .where(and(mine, inArray(notifications.status, ['sent', 'delivered'])));
  } else if (update.status === 'failed') {
    await failed(db, mine, update, now, logger);
  }
  // `sent` (and statuses Meta may add) change nothing: the send itself already marked the row sent.
  return true;
}

/**
 * Statuses kept for a wamid before its send was recorded, applied in the order they happened and removed: called by
 * the worker right after it records a send, and by the webhook right after it keeps one.
 */
export async function applyEarlyStatuses(db: Database, message: SenderScope & { providerMessageId: string }, now: Date, logger: Logger): Promise<void> {
  const early = await db
    .select()
    .from(whatsappEarlyStatuses)
    .where(and(eq(whatsappEarlyStatuses.providerMessageId, message.providerMessageId), eq(whatsappEarlyStatuses.accountId, message.accountId), eq(whatsappEarlyStatuses.environment, message.environment)));
  if (early.length === 0) return;
  const updates = early.map((row) => row.update as Omit<WhatsappStatusUpdate, 'timestamp'> & { timestamp: string }).map((update) => ({ ...update, timestamp: new Date(update.timestamp) }));
  updates.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  for (const update of updates) if (!(await applyStatus(db, message, update, now, logger))) return;
  await db.delete(whatsappEarlyStatuses).where(inArray(whatsappEarlyStatuses.id, early.map((row) => row.id)));
}

/** The attempt failed after Graph accepted it: back on the schedule, or failed for good (permanent, or out of attempts). */
async function failed(db: Database, mine: ReturnType<typeof and>, update: WhatsappStatusUpdate, now: Date, logger: Logger): Promise<void> {
  const [row] = await db.select().from(notifications).where(and(mine, eq(notifications.status, 'sent')));
  if (!row) return;
  const errors = update.errors ?? [];
  const retryable = errors.length > 0 && errors.every((error) => error.reason === 'throttled' || error.reason === 'temporary');
  const described = errors.map((error) => `${error.code}${error.title ? ` ${error.title}` : ''}`).join('; ');
  const message = `WhatsApp reported the message failed${described ? ` (${described})` : ''}`;
  const outcome = await failAfterSend(db, row, message.slice(0, 500), !retryable, now);
  logger.info({ notificationId: row.id, codes: errors.map((error) => error.code), outcome }, 'whatsapp message failed after it was sent');
}
