import { Webhook } from 'standardwebhooks';
import { request } from 'undici';
import { z } from 'zod';
import { systemActor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Transaction } from '../../platform/database/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { defineJob } from '../../platform/queue/job-definition.ts';
import type { Queue } from '../../platform/queue/queue.ts';
import type { SupportDesk } from '../../modules/tickets/index.ts';

/** Where escalations are told to the operator's issue tracker, signed with a Standard Webhooks secret (`whsec_…`). */
export interface EscalationWebhookSettings {
  url: string;
  secret: string;
}

const TIMEOUT_MS = 10_000;

/** One escalation to post; its id is the `webhook-id`, the same on every retry, so the tracker files it once. */
const escalationWebhookJob = defineJob({
  name: 'support.escalation-webhook',
  /** The summary as it was when the ticket was escalated (notes added later are not part of it). */
  schema: z.object({ ticketId: z.string(), escalationId: z.string(), summary: z.string() }),
  // 10 s, then doubling: about six hours of a tracker being down before the post goes to the dead letters.
  retryLimit: 12,
  retryDelaySeconds: 10,
  expireInSeconds: 60,
});

/**
 * Tells the operator's issue tracker about each escalation to engineering, where one is configured: the ticket, its
 * evidence table and the findings, posted by a job queued in the escalation's own transaction (so an escalation is
 * never lost to a crash, and a failed post is retried with backoff).
 */
export class EscalationWebhook {
  constructor(
    private readonly deps: { queue: Queue; desk: SupportDesk; clock: Clock; logger: Logger; userAgent: string },
    private readonly settings: EscalationWebhookSettings | null,
  ) {}

  /** In the escalation's transaction: queues the post, when a tracker is configured. */
  async escalated(tx: Transaction, escalation: { ticketId: string; escalationId: string; summary: string }): Promise<void> {
    if (!this.settings) return;
    await this.deps.queue.send(escalationWebhookJob, escalation, { tx });
  }

  async registerJobs(): Promise<void> {
    await this.deps.queue.register(escalationWebhookJob);
  }

  async startWorkers(): Promise<void> {
    if (!this.settings) return;
    const settings = this.settings;
    await this.deps.queue.work(escalationWebhookJob, async (escalation) => this.#post(settings, escalation));
  }

  async #post(settings: EscalationWebhookSettings, { ticketId, escalationId, summary }: { ticketId: string; escalationId: string; summary: string }): Promise<void> {
    const ticket = await this.deps.desk.get(systemActor('support'), ticketId);
    const now = this.deps.clock.now();
    const payload = JSON.stringify({
      type: 'support.ticket_escalated',
      timestamp: now.toISOString(),
      data: {
        ticketId: ticket.id,
        accountId: ticket.accountId,
        subject: ticket.subject,
        category: ticket.category,
        priority: ticket.priority,
        evidence: ticket.evidence.items.filter((item) => item.item !== 'diagnostics').map((item) => ({ item: item.item, value: item.value, source: item.source })),
        findings: ticket.diagnostics?.findings ?? [],
        summary,
      },
    });
    const response = await request(settings.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': this.deps.userAgent,
        'webhook-id': escalationId,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': new Webhook(settings.secret).sign(escalationId, now, payload),
      },
      body: payload,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body.dump();
    if (response.statusCode < 200 || response.statusCode >= 300) {
      // The queue retries with backoff; the tracker's answer body is not ours to log.
      throw new Error(`The escalation webhook answered HTTP ${response.statusCode}`);
    }
    this.deps.logger.info({ ticketId, escalationId }, 'escalation told to the issue tracker');
  }
}
