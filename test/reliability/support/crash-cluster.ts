import { readFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { LOCK_FILE } from '../../../src/platform/database/data-lock.ts';
import { socketUrl } from '../../../src/platform/database/embedded.ts';
import type { PonteProcess, SandboxAndDatabase } from '../../support/sandbox-and-database.ts';

const FIXTURE = 'test/fixtures/crash-load-process.ts';

/** How the processes are timed: production leases and expiries, or short ones (see the fixture). */
export type CrashTimings = 'short' | 'production';

/** One SIGKILL: when it landed, on which process, and how long its replacement took to listen. */
export interface Kill {
  at: number;
  victim: string;
  replacementListening: Promise<number>;
}

/**
 * The Ponte deployment the suite kills processes of. On PostgreSQL: an api process (never killed) and two worker
 * processes; on PGlite: the one process that owns the folder (API and workers), killed and started again on the
 * same data folder. Providers and buyers reach it through a front door (PUBLIC_URL), as they would through a load
 * balancer, so a restarted process on a new port keeps the callback URLs the sandbox holds.
 */
export class CrashCluster {
  readonly #harness: SandboxAndDatabase;
  readonly #timings: CrashTimings;
  readonly #frontDoor: Server;
  #frontDoorUrl = '';
  /** The process serving the API now (null while the embedded one is down). */
  #api: PonteProcess | null = null;
  /** The processes that may be killed: both workers, or the embedded database's only process. */
  readonly workers: (PonteProcess | null)[] = [];
  #pool: pg.Pool | null = null;
  #generation = 0;

  private constructor(harness: SandboxAndDatabase, timings: CrashTimings) {
    this.#harness = harness;
    this.#timings = timings;
    this.#frontDoor = createServer((incoming, answer) => {
      const target = this.#api?.address;
      if (!target) return void answer.writeHead(502).end();
      const upstream = request(new URL(incoming.url ?? '/', target), { method: incoming.method, headers: incoming.headers }, (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(answer);
      });
      upstream.on('error', () => (answer.headersSent ? answer.destroy() : answer.writeHead(502).end()));
      incoming.pipe(upstream);
    });
  }

  static async start(harness: SandboxAndDatabase, timings: CrashTimings): Promise<CrashCluster> {
    const cluster = new CrashCluster(harness, timings);
    await new Promise<void>((resolve) => cluster.#frontDoor.listen(0, '127.0.0.1', resolve));
    cluster.#frontDoorUrl = `http://127.0.0.1:${(cluster.#frontDoor.address() as AddressInfo).port}`;
    if (cluster.embedded) {
      const only = await cluster.#startProcess('all');
      cluster.#api = only;
      cluster.workers.push(only);
    } else {
      const [api, ...workers] = await Promise.all([cluster.#startProcess('api'), cluster.#startProcess('worker'), cluster.#startProcess('worker')]);
      cluster.#api = api!;
      cluster.workers.push(...workers);
    }
    return cluster;
  }

  get embedded(): boolean {
    return this.#harness.database.engine === 'pglite';
  }

  /** The process serving the API now; throws while none does (the embedded one restarting). */
  get api(): PonteProcess {
    if (!this.#api) throw new Error('no process serves the API now');
    return this.#api;
  }

  /** The address providers and buyers use: it forwards to whichever process serves the API now. */
  get frontDoor(): string {
    return this.#frontDoorUrl;
  }

  /** Calls Ponte's API as the operator; status 0 while no process serves it (the embedded one restarting). */
  async call(method: string, url: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
    const api = this.#api;
    if (!api) return { status: 0, body: {} };
    return api.call(method, url, body).catch(() => ({ status: 0, body: {} }));
  }

  /** Reads the database as the test sees it: PostgreSQL directly, PGlite through the running process's socket. */
  async query<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    const pool = await this.#currentPool();
    return (await pool.query<Row>(text, values)).rows;
  }

  /**
   * SIGKILLs the worker at `index` (the only process on PGlite) and starts a new one in its place at once; resolves
   * when the old one is dead. The replacement's start time is reported by `replacementListening` (seconds).
   */
  async kill(index: number): Promise<Kill> {
    const victim = this.workers[index];
    if (!victim) throw new Error(`no running process at ${index}`);
    this.workers[index] = null;
    if (this.embedded) this.#api = null;
    const at = Date.now();
    victim.child.child.kill('SIGKILL');
    await victim.child.exited;
    if (this.embedded) await this.#dropPool();
    const replacementListening = this.#startProcess(this.embedded ? 'all' : 'worker').then((replacement) => {
      this.workers[index] = replacement;
      if (this.embedded) this.#api = replacement;
      return (Date.now() - at) / 1000;
    });
    return { at, victim: `${this.embedded ? 'the only process' : `worker ${index + 1}`} (pid ${victim.child.child.pid})`, replacementListening };
  }

  async close(): Promise<void> {
    await this.#dropPool();
    await new Promise<void>((resolve) => this.#frontDoor.close(() => resolve()));
  }

  #startProcess(role: 'api' | 'worker' | 'all'): Promise<PonteProcess> {
    return this.#harness.startPonte({ PONTE_ROLE: role, CRASH_TIMINGS: this.#timings, PUBLIC_URL: this.#frontDoorUrl }, FIXTURE);
  }

  async #currentPool(): Promise<pg.Pool> {
    if (this.#pool) return this.#pool;
    let url = this.#harness.database.env.DATABASE_URL;
    if (this.embedded) {
      // The socket the folder's owner announced in its lock file: a new one after every restart.
      if (!this.#api) throw new Error('the embedded database is down');
      const holder = JSON.parse(await readFile(path.join(this.#harness.database.env.PONTE_DATA_DIR!, LOCK_FILE), 'utf8')) as { socketDir?: string };
      if (!holder.socketDir) throw new Error('the embedded database has not announced its socket yet');
      url = socketUrl(holder.socketDir);
    }
    const generation = this.#generation;
    const pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 1_000 });
    // A connection cut by a kill is dropped; the next query opens a new one (on PGlite, to the new process).
    pool.on('error', () => {});
    if (generation === this.#generation) this.#pool = pool;
    return pool;
  }

  async #dropPool(): Promise<void> {
    this.#generation++;
    const pool = this.#pool;
    this.#pool = null;
    await pool?.end().catch(() => {});
  }
}
