import { readFileSync } from 'node:fs';
import { request, type Agent } from 'undici';
import type { ReceivedWebhook } from '../../support/webhook-receiver.ts';
import { median, metricValues, percentile, type SoakWindow } from './soak-analysis.ts';
import type { Outcome, PaidCharge } from './soak-load.ts';

const MiB = 1024 * 1024;

export interface SamplerTarget {
  origin: string;
  token: string;
  agent: Agent;
  /** The server's process id, for /proc/<pid>/status. */
  pid: number;
  /** Everything the server printed so far (its `soak-memory` lines among it). */
  output: () => string;
  /** The webhook receiver's deliveries, in arrival order. */
  webhooks: readonly ReceivedWebhook[];
  /** The load's paid charges, by transaction id. */
  paid: ReadonlyMap<string, PaidCharge>;
}

/** The resident set of a process as the kernel counts it (VmRSS), in MiB. */
export function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!kilobytes) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kilobytes[1]) / 1024;
}

/** The heap the server reported after its latest full collection (soak-ponte-process.ts), in MiB; NaN before the first. */
export function collectedHeapMiB(output: string): number {
  const at = output.lastIndexOf('soak-memory ');
  if (at < 0) return Number.NaN;
  const line = output.slice(at + 'soak-memory '.length, output.indexOf('\n', at));
  return (JSON.parse(line) as { heapUsed: number }).heapUsed / MiB;
}

/**
 * Samples the soak: every answer the load got goes into the current window, every webhook's arrival is stamped, and
 * `cut()` closes a window with the server's memory, latency, queue depth, pending notifications and lag.
 */
export class SoakSampler {
  readonly windows: SoakWindow[] = [];
  /** Answers by kind and status, over the whole run. */
  readonly answers = new Map<string, Map<number, number>>();
  /** Sampling requests (metrics, the report) that failed: the server is expected to answer those too. */
  readonly samplingFailures: string[] = [];
  /** Webhook ids seen, and how many arrived more than once. */
  readonly webhookIds = new Set<string>();
  duplicateWebhooks = 0;
  #latencies: number[] = [];
  #lags: number[] = [];
  #createdLags: number[] = [];
  /** When each charge's payment.created webhook arrived (performance.now()), by transaction id. */
  readonly createdNotified = new Map<string, number>();
  #failures = 0;
  #requests = 0;
  #scanned = 0;
  /** payment.paid webhooks whose charge the load has not yet seen acknowledged, with their arrival time. */
  #unmatched: { transactionId: string; arrivedAt: number }[] = [];
  readonly #startedAt = performance.now();

  constructor(private readonly target: SamplerTarget) {}

  /** For the load: one answer. */
  record(outcome: Outcome): void {
    const byStatus = this.answers.get(outcome.kind) ?? new Map<number, number>();
    byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
    this.answers.set(outcome.kind, byStatus);
    if (outcome.server !== 'ponte') return;
    this.#requests += 1;
    this.#latencies.push(outcome.ms);
    if (outcome.status === 0 || outcome.status >= 500) this.#failures += 1;
  }

  /** For the load: how long a charge took to be told of as created. */
  recordCreatedLag(ms: number): void {
    this.#createdLags.push(ms);
  }

  /** Stamps the webhooks that arrived since the last scan (called often: the stamp is the scan's time). */
  scanWebhooks(): void {
    const now = performance.now();
    const { webhooks } = this.target;
    for (; this.#scanned < webhooks.length; this.#scanned += 1) {
      const webhook = webhooks[this.#scanned]!;
      const id = String(webhook.headers['webhook-id']);
      if (this.webhookIds.has(id)) this.duplicateWebhooks += 1;
      this.webhookIds.add(id);
      const body = JSON.parse(webhook.body) as { type: string; data: { subject: { id: string } | null } };
      if (body.type === 'payment.paid' && body.data.subject) this.#unmatched.push({ transactionId: body.data.subject.id, arrivedAt: now });
      if (body.type === 'payment.created' && body.data.subject && !this.createdNotified.has(body.data.subject.id)) this.createdNotified.set(body.data.subject.id, now);
    }
    this.#unmatched = this.#unmatched.filter(({ transactionId, arrivedAt }) => {
      const paid = this.target.paid.get(transactionId);
      if (paid) this.#lags.push(Math.max(0, arrivedAt - paid.paidAt));
      return !paid;
    });
  }

  async #monitor(path: string): Promise<string> {
    const response = await request(`${this.target.origin}${path}`, { headers: { authorization: `Bearer ${this.target.token}` }, dispatcher: this.target.agent, headersTimeout: 30_000, bodyTimeout: 30_000 });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`GET ${path}: ${response.statusCode} ${text.slice(0, 300)}`);
    return text;
  }

  /** Closes the current window: the server's figures now, and the answers and lags since the last cut. */
  async cut(): Promise<SoakWindow> {
    this.scanWebhooks();
    const rssMiB = residentMiB(this.target.pid);
    const heapMiB = collectedHeapMiB(this.target.output());
    let queueDepthByQueue: Record<string, number> = {};
    let eventsHeldBack = Number.NaN;
    let notificationsPending = Number.NaN;
    try {
      const metrics = await this.#monitor('/metrics');
      for (const [labels, value] of metricValues(metrics, 'ponte_queue_depth')) {
        const queue = /queue="([^"]+)"/.exec(labels)?.[1];
        if (queue && value > 0) queueDepthByQueue[queue] = value;
      }
      eventsHeldBack = metricValues(metrics, 'ponte_events_held_back').get('') ?? Number.NaN;
      const report = JSON.parse(await this.#monitor('/v1/notification-reports')) as { notifications: { byStatus: Record<string, number> } };
      notificationsPending = (report.notifications.byStatus.scheduled ?? 0) + (report.notifications.byStatus.sending ?? 0);
    } catch (error) {
      this.samplingFailures.push(String(error));
      queueDepthByQueue = {};
    }
    const window: SoakWindow = {
      atSeconds: (performance.now() - this.#startedAt) / 1000,
      rssMiB,
      heapMiB,
      requests: this.#requests,
      p50Ms: median(this.#latencies),
      p99Ms: percentile(this.#latencies, 99),
      failures: this.#failures,
      queueDepth: Object.values(queueDepthByQueue).reduce((sum, depth) => sum + depth, 0),
      queueDepthByQueue,
      notificationsPending,
      eventsHeldBack,
      lagP50Ms: median(this.#lags),
      lagP99Ms: percentile(this.#lags, 99),
      createdLagP50Ms: median(this.#createdLags),
      createdLagP99Ms: percentile(this.#createdLags, 99),
    };
    this.#createdLags = [];
    this.#latencies = [];
    this.#lags = [];
    this.#failures = 0;
    this.#requests = 0;
    this.windows.push(window);
    return window;
  }

  /** Answers over the whole run: count by kind, and by status class. */
  totals(): { byKind: Record<string, number>; byStatus: Record<string, number> } {
    const byKind: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    for (const [kind, statuses] of [...this.answers].sort(([a], [b]) => a.localeCompare(b))) {
      for (const [status, count] of statuses) {
        byKind[kind] = (byKind[kind] ?? 0) + count;
        const group = status === 0 ? 'no answer' : `${Math.floor(status / 100)}xx`;
        byStatus[group] = (byStatus[group] ?? 0) + count;
      }
    }
    return { byKind, byStatus };
  }
}
