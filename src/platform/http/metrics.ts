import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueueObserver } from '../queue/queue.ts';

/** Prometheus metrics of one Ponte process; a registry per instance so several can live in one test run. */
export class Metrics implements QueueObserver {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'ponte_http_requests_total',
    help: 'HTTP requests served, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'ponte_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'ponte_job_duration_seconds',
    help: 'Job run time, by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });

  readonly notificationDeliveries = new Counter({
    name: 'ponte_notification_deliveries_total',
    help: 'Notification delivery attempts, by channel and outcome (sent, retrying, failed, canceled)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestLogDropped = new Counter({
    name: 'ponte_request_log_rows_dropped_total',
    help: 'Request-log rows given up, by reason: refused (the database rejects the row), overflow (database away too long), shutdown',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly syncLeasesReclaimed = new Counter({
    name: 'ponte_sync_leases_reclaimed_total',
    help: 'Sync leases reclaimed from processes that stopped renewing them (their runs failed, their work queued again)',
    registers: [this.registry],
  });

  constructor(queueDepths: () => Promise<Record<string, number>>, heldBackEvents: () => Promise<number> = async () => 0) {
    collectDefaultMetrics({ register: this.registry, prefix: 'ponte_' });
    new Gauge({
      name: 'ponte_events_held_back',
      help: 'Committed events not yet readable because an older transaction in the database is still open',
      registers: [this.registry],
      async collect() {
        this.set(await heldBackEvents().catch(() => 0));
      },
    });
    new Gauge({
      name: 'ponte_queue_depth',
      help: 'Jobs waiting to run, by queue',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        const depths = await queueDepths().catch(() => ({}));
        this.reset();
        for (const [queue, depth] of Object.entries(depths)) this.set({ queue }, depth);
      },
    });
  }

  jobFinished(queue: string, outcome: 'completed' | 'failed', seconds: number): void {
    this.jobDuration.observe({ queue, outcome }, seconds);
  }

  requestLogRowsDropped(reason: 'refused' | 'overflow' | 'shutdown', count: number): void {
    this.requestLogDropped.inc({ reason }, count);
  }

  leasesReclaimed(count: number): void {
    this.syncLeasesReclaimed.inc(count);
  }

  deliveryFinished(channel: string, outcome: 'sent' | 'retrying' | 'failed' | 'canceled'): void {
    this.notificationDeliveries.inc({ channel, outcome });
  }
}
