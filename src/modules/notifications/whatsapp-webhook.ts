import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { parseWebhookPayload, verifyWebhookSignature, webhookChallenge, type WhatsappReply, type WhatsappStatusUpdate } from '../../connectors/whatsapp-cloud/webhook.ts';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, DatabaseHandle } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { notifications } from './schema.ts';
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
    for (const status of events.statuses) await this.#status(sender, status);
    for (const reply of events.replies) await this.#reply(sender.accountId, reply);
    return 'received';
  }

  async #status(sender: { accountId: string; environment: 'sandbox' | 'production' }, update: WhatsappStatusUpdate): Promise<void> {
    const { db } = this.deps.database;
    const mine = and(
      eq(notifications.accountId, sender.accountId),
      eq(notifications.environment, sender.environment),
      eq(notifications.channel, 'whatsapp'),
      eq(notifications.providerMessageId, update.messageId),
    );
    if (update.status === 'delivered') {
      await db.update(notifications).set({ status: 'delivered', deliveredAt: update.timestamp, updatedAt: this.deps.clock.now() }).where(and(mine, eq(notifications.status, 'sent')));
    } else if (update.status === 'read') {
      await db
        .update(notifications)
        .set({ status: 'read', readAt: update.timestamp, deliveredAt: sql`coalesce(${notifications.deliveredAt}, ${update.timestamp})`, updatedAt: this.deps.clock.now() })
        .where(and(mine, inArray(notifications.status, ['sent', 'delivered'])));
    } else if (update.status === 'failed') {
      await this.#failed(db, mine, update);
    }
    // `sent` (and statuses Meta may add) change nothing: the send itself already marked the row sent. Each update
    // names the states it may leave, so a late or repeated status never moves a row back (sent < delivered < read).
  }

  /** The attempt failed after Graph accepted it: back on the schedule, or failed for good (permanent, or out of attempts). */
  async #failed(db: Database, mine: ReturnType<typeof and>, update: WhatsappStatusUpdate): Promise<void> {
    const [row] = await db.select().from(notifications).where(and(mine, eq(notifications.status, 'sent')));
    if (!row) return;
    const errors = update.errors ?? [];
    const retryable = errors.length > 0 && errors.every((error) => error.reason === 'throttled' || error.reason === 'temporary');
    const described = errors.map((error) => `${error.code}${error.title ? ` ${error.title}` : ''}`).join('; ');
    const message = `WhatsApp reported the message failed${described ? ` (${described})` : ''}`;
    const outcome = await failAfterSend(db, row, message.slice(0, 500), !retryable, this.deps.clock.now());
    this.deps.logger.info({ notificationId: row.id, codes: errors.map((error) => error.code), outcome }, 'whatsapp message failed after it was sent');
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
