import PgBoss from 'pg-boss';
import pg from 'pg';
import type { Logger } from '../logging/logger.ts';
import type { Transaction } from '../database/database.ts';
import { deadLetterQueueOf, type JobData, type JobDefinition } from './job-definition.ts';
import { describeError, sqlStateOf } from '../database/query-errors.ts';
import { CompletionBatcher, ContinuousWorker } from './continuous-worker.ts';

export interface SendOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** At most one queued job with this key at a time. */
  singletonKey?: string;
  /** Insert the job in the caller's transaction, so it exists only if the rows that caused it do. */
  tx?: Transaction;
  /** The job's id (a UUID): sending the same id again queues nothing, so a retried handler sends its job once. */
  id?: string;
}

export interface WorkOptions {
  /** Jobs fetched per poll; they run concurrently and are completed or failed one by one. */
  batchSize?: number;
}

export interface JobContext {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export type JobHandler<Definition extends JobDefinition> = (data: JobData<Definition>, job: JobContext) => Promise<void>;

/** What Queue.migrateSchema found and left: pg-boss's schema version before (null: not installed) and after. */
export interface QueueSchemaOutcome {
  previousVersion: number | null;
  version: number;
}

export interface QueueObserver {
  jobFinished(queue: string, outcome: 'completed' | 'failed', seconds: number): void;
}

// pg-boss sleeps the whole interval after every fetch, full batch or not (STACK.md): keep it at its minimum.
const POLLING_INTERVAL_SECONDS = 0.5;

/**
 * Ponte's durable job queue: pg-boss on the same database (PostgreSQL or the embedded PGlite), with typed job
 * definitions, retries with backoff, a dead-letter queue per job kind, delayed jobs and cron schedules.
 */
export class Queue {
  readonly #boss: PgBoss;
  readonly #logger: Logger;
  readonly #definitions = new Map<string, JobDefinition>();
  readonly #continuousWorkers: { name: string; worker: ContinuousWorker<PgBoss.JobWithMetadata> }[] = [];
  #observer: QueueObserver | undefined;

  readonly #expiryOverrides: Record<string, number>;
  readonly #sendOnly: boolean;

  constructor(options: {
    url: string;
    logger: Logger;
    poolSize?: number;
    maintenanceIntervalSeconds?: number;
    /** Per job name, a shorter expiry than its definition's (tests of dead workers use it). */
    expiryOverrides?: Record<string, number>;
    /**
     * For a process that only queues jobs for other processes' workers (a CLI command, `ponte start --role api`):
     * no workers, no maintenance, no cron clock; the queue policies and schedules the workers set up are left as they are.
     */
    sendOnly?: boolean;
  }) {
    this.#logger = options.logger;
    this.#expiryOverrides = options.expiryOverrides ?? {};
    this.#sendOnly = options.sendOnly ?? false;
    this.#boss = new PgBoss({
      connectionString: options.url,
      max: options.poolSize ?? 5,
      application_name: 'ponte-queue',
      schema: 'pgboss',
      // How soon a job held by a dead worker is noticed once it expires (pg-boss's default is 2 minutes).
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
      ...(this.#sendOnly ? { supervise: false, schedule: false } : {}),
    });
    this.#boss.on('error', (error: Error) => this.#logger.error({ err: error }, 'queue error'));
  }

  /**
   * Creates or upgrades the queue's own schema (pg-boss migrates itself when it starts) without running anything;
   * says which version of pg-boss's schema was there before (null: none) and which is there now.
   */
  static async migrateSchema(url: string): Promise<QueueSchemaOutcome> {
    // pg-boss on a pool of ours, so that its version can be read before it installs or upgrades itself.
    const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'ponte-queue' });
    pool.on('error', () => {});
    const boss = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) }, schema: 'pgboss', supervise: false, schedule: false });
    try {
      const previousVersion = (await boss.isInstalled()) ? Number(await boss.schemaVersion()) : null;
      await boss.start();
      const version = Number(await boss.schemaVersion());
      await boss.stop({ graceful: false });
      return { previousVersion, version };
    } finally {
      await pool.end();
    }
  }

  observe(observer: QueueObserver): void {
    this.#observer = observer;
  }

  async start(): Promise<void> {
    await this.#boss.start();
  }

  /** Creates the job's queue and its dead-letter queue (both idempotent) and remembers its policy. */
  async register(definition: JobDefinition): Promise<void> {
    if (this.#definitions.has(definition.name)) return;
    const deadLetter = deadLetterQueueOf(definition.name);
    await retriedOnDeadlock(() => this.#boss.createQueue(deadLetter, { name: deadLetter, retentionDays: 30 }));
    const policy = {
      name: definition.name,
      policy: definition.policy,
      retryLimit: definition.retryLimit,
      retryDelay: definition.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.#expiryOverrides[definition.name] ?? definition.expireInSeconds,
      deadLetter,
    };
    await retriedOnDeadlock(() => this.#boss.createQueue(definition.name, policy));
    if (this.#sendOnly) {
      this.#definitions.set(definition.name, definition);
      return;
    }
    // createQueue leaves an existing queue as it was: bring it up to date with the code. updateQueue resets an
    // unnamed policy to standard, so the policy goes along too.
    await this.#boss.updateQueue(definition.name, policy);
    this.#definitions.set(definition.name, definition);
  }

  get registered(): string[] {
    return [...this.#definitions.keys()];
  }

  async send<Definition extends JobDefinition>(
    definition: Definition,
    data: JobData<Definition>,
    options: SendOptions = {},
  ): Promise<string> {
    this.#assertRegistered(definition);
    const payload = definition.schema.parse(data) as object;
    const id = await this.#boss.send(definition.name, payload, {
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.tx ? { db: transactionExecutor(options.tx) } : {}),
      ...(options.id ? { id: options.id } : {}),
    });
    if (!id && options.id) return options.id;
    if (!id) throw new Error(`Job ${definition.name} was not queued (a singleton with that key is already waiting)`);
    return id;
  }

  /**
   * Queues many jobs of one kind in a single statement (a job whose singleton key is already waiting is skipped).
   * With `tx`, in the caller's transaction.
   */
  async sendMany<Definition extends JobDefinition>(
    definition: Definition,
    items: { data: JobData<Definition>; singletonKey?: string }[],
    options: { tx?: Transaction } = {},
  ): Promise<void> {
    this.#assertRegistered(definition);
    if (items.length === 0) return;
    const jobs = items.map((item) => ({
      name: definition.name,
      data: definition.schema.parse(item.data) as object,
      ...(item.singletonKey ? { singletonKey: item.singletonKey } : {}),
    }));
    await this.#boss.insert(jobs, options.tx ? { db: transactionExecutor(options.tx) } : {});
  }

  async work<Definition extends JobDefinition>(
    definition: Definition,
    handler: JobHandler<Definition>,
    options: WorkOptions = {},
  ): Promise<void> {
    this.#assertRegistered(definition);
    if (this.#sendOnly) throw new Error(`A send-only queue runs no workers (${definition.name})`);
    await this.#boss.work(
      definition.name,
      { batchSize: options.batchSize ?? 10, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS, includeMetadata: true },
      async (jobs: PgBoss.JobWithMetadata[]) => {
        // Each job is settled on its own: a batch handler that throws would run every job in it again.
        await Promise.all(jobs.map((job) => this.#runOne(definition, handler, job)));
      },
    );
  }

  /**
   * Keeps up to `concurrency` jobs running, starting the next as soon as one ends (work() runs a batch, waits for its
   * slowest job and sleeps before the next). Each job is completed or failed on its own, as with work().
   */
  workContinuously<Definition extends JobDefinition>(definition: Definition, handler: JobHandler<Definition>, options: { concurrency: number }): void {
    this.#assertRegistered(definition);
    if (this.#sendOnly) throw new Error(`A send-only queue runs no workers (${definition.name})`);
    // Jobs ending within a few milliseconds of each other are completed in one statement.
    const completions = new CompletionBatcher((ids) => this.#boss.complete(definition.name, ids), 10, Math.max(1, Math.ceil(options.concurrency / 2)));
    const worker = new ContinuousWorker<PgBoss.JobWithMetadata>(
      {
        fetch: (max) => this.#boss.fetch(definition.name, { batchSize: max, includeMetadata: true }),
        run: (job) => this.#runOne(definition, handler, job, (id) => completions.complete(id)),
        onError: (error, during) =>
          this.#logger.error({ err: error, queue: definition.name }, during === 'fetch' ? 'fetching jobs failed; trying again' : 'a job ended in an error it could not record'),
      },
      options.concurrency,
      POLLING_INTERVAL_SECONDS * 1000,
    );
    this.#continuousWorkers.push({ name: definition.name, worker });
  }

  async #runOne<Definition extends JobDefinition>(
    definition: Definition,
    handler: JobHandler<Definition>,
    job: PgBoss.JobWithMetadata,
    complete: (id: string) => Promise<void> = (id) => this.#boss.complete(definition.name, id),
  ): Promise<void> {
    const started = performance.now();
    try {
      const data = definition.schema.parse(job.data) as JobData<Definition>;
      await handler(data, { id: job.id, retryCount: job.retryCount });
      await complete(job.id);
      this.#observer?.jobFinished(definition.name, 'completed', (performance.now() - started) / 1000);
    } catch (error) {
      this.#logger.warn(
        { err: error, job: job.id, queue: definition.name, attempt: job.retryCount + 1 },
        'job failed; it will be retried or dead-lettered',
      );
      this.#observer?.jobFinished(definition.name, 'failed', (performance.now() - started) / 1000);
      try {
        await this.#boss.fail(definition.name, job.id, { message: describeError(error) });
      } catch (failError) {
        // The database is away: the job stays active until it expires, then comes back. Never let it crash the worker.
        this.#logger.error({ err: failError, job: job.id, queue: definition.name }, 'could not mark the job failed; it will be retried when it expires');
      }
    }
  }

  /** Runs the job on a cron schedule (in the given time zone), across all processes at once. */
  async schedule<Definition extends JobDefinition>(
    definition: Definition,
    cron: string,
    data: JobData<Definition>,
    timeZone = 'America/Sao_Paulo',
  ): Promise<void> {
    this.#assertRegistered(definition);
    if (this.#sendOnly) return;
    await this.#boss.schedule(definition.name, cron, definition.schema.parse(data) as object, { tz: timeZone });
  }

  /** Jobs waiting (created or retry) per registered queue. */
  async depths(): Promise<Record<string, number>> {
    const entries = await Promise.all(
      this.registered.map(async (name) => [name, await this.#boss.getQueueSize(name)] as const),
    );
    return Object.fromEntries(entries);
  }

  async deadLetters(definition: JobDefinition): Promise<number> {
    return this.#boss.getQueueSize(deadLetterQueueOf(definition.name));
  }

  async job(definition: JobDefinition, id: string): Promise<{ state: string; retryCount: number } | null> {
    const job = await this.#boss.getJobById(definition.name, id);
    return job ? { state: job.state, retryCount: job.retryCount } : null;
  }

  /**
   * Fails every job marked running, so it is retried now rather than when it expires. Only for a process that
   * knows no other worker exists: the embedded database, whose folder this process holds alone.
   */
  async failOrphans(): Promise<number> {
    const orphans = await this.#boss.getDb().executeSql(`select name, id from pgboss.job where state = 'active'`, []);
    const rows = (orphans as { rows: { name: string; id: string }[] }).rows;
    for (const { name, id } of rows) await this.#boss.fail(name, id, { message: 'the worker running it stopped' });
    return rows.length;
  }

  /** Throws when the queue's tables cannot be read. */
  async ping(): Promise<void> {
    await this.#boss.getQueues();
  }

  /**
   * Stops fetching, waits up to `timeoutMs` for running jobs, then fails whatever is still running so that it is
   * retried by the next process, and closes the queue's connections.
   */
  async stop(timeoutMs: number): Promise<void> {
    const started = Date.now();
    for (const { name, worker } of this.#continuousWorkers.splice(0)) {
      const unfinished = await worker.stop(Math.max(0, timeoutMs - (Date.now() - started)));
      for (const id of unfinished) await this.#boss.fail(name, id, { message: 'the worker running it stopped' });
    }
    await this.#boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
  }

  #assertRegistered(definition: JobDefinition): void {
    if (!this.#definitions.has(definition.name)) throw new Error(`Job ${definition.name} is not registered`);
  }
}

/**
 * pg-boss creates a queue's table and attaches it to its job table in one statement: processes starting together on
 * a new database (an api and its workers) deadlock there, and PostgreSQL aborts one of them. Creating a queue is
 * idempotent, so the one aborted tries again once the other has committed.
 */
async function retriedOnDeadlock(create: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (sqlStateOf(error) !== '40P01' || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

function transactionExecutor(tx: Transaction): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      return tx.client.query(text, values);
    },
  };
}
