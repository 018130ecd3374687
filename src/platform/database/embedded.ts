import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataDir } from './data-lock.ts';
import { finishInterruptedRestore } from './embedded-backup.ts';
import { DEFAULT_TEMPLATE_DIR, extractTemplate, findTemplate } from './pglite-template.ts';

/**
 * How the embedded database's folder came to be on this start: copied from the pre-migrated template, made by
 * initdb (no usable template: `templateUnusable` says why), or already there.
 */
export type EmbeddedOrigin = { kind: 'template' } | { kind: 'initdb'; templateUnusable: string } | { kind: 'existing' };

export interface EmbeddedDatabase {
  /** A PostgreSQL connection string to the PGlite socket, for `pg` and pg-boss alike. */
  url: string;
  origin: EmbeddedOrigin;
  /** Calls `listener` with each committed NOTIFY on a channel the session LISTENs to, whichever connection made it. */
  onNotification(listener: (channel: string, payload: string) => void): void;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the pre-migrated template of a new folder is looked for (tests point elsewhere). */
  templateDir?: string;
}

// Present while a new folder is being filled from the template: a start that finds it knows the copy was cut short
// and starts the folder again (nothing of the user's can be in it yet).
const LOADING_MARKER = 'pglite.loading';

/** Whether the PGlite folder has no database yet (missing, empty, or a template copy cut short). */
async function isNewFolder(dataDir: string, pgDataDir: string): Promise<boolean> {
  const entries = await readdir(dataDir).catch(() => [] as string[]);
  if (entries.includes(LOADING_MARKER)) {
    await rm(pgDataDir, { recursive: true, force: true });
    return true;
  }
  return (await readdir(pgDataDir).catch(() => [])).length === 0;
}

// Every pool (the app's and the queue's) shares PGlite's single session through this multiplexer.
const MAX_CONNECTIONS = 40;

/** Fills a new folder from the template when one fits, and says how the folder comes to be on this start. */
async function prepareFolder(dataDir: string, pgDataDir: string, templateDir: string): Promise<EmbeddedOrigin> {
  if (!(await isNewFolder(dataDir, pgDataDir))) return { kind: 'existing' };
  const template = await findTemplate(templateDir);
  if ('unusable' in template) return { kind: 'initdb', templateUnusable: template.unusable };
  const marker = path.join(dataDir, LOADING_MARKER);
  await writeFile(marker, '');
  let origin: EmbeddedOrigin = { kind: 'template' };
  try {
    await extractTemplate(template.tarball, pgDataDir);
  } catch (error) {
    await rm(pgDataDir, { recursive: true, force: true });
    origin = { kind: 'initdb', templateUnusable: `it could not be copied: ${(error as Error).message}` };
  }
  await rm(marker, { force: true });
  return origin;
}

/** Starts the worker thread that runs PGlite on `pgDataDir`; resolves once it serves `socketPath`. */
async function startWorker(pgDataDir: string, socketPath: string): Promise<Worker> {
  const worker = new Worker(new URL('./pglite-worker.js', import.meta.url), {
    workerData: { dataDir: pgDataDir, socketPath, maxConnections: MAX_CONNECTIONS },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The embedded database stopped while starting (exit ${code})`)));
      worker.once('message', (message: { type: string }) => {
        if (message.type === 'ready') resolve();
      });
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  return worker;
}

/**
 * Starts PGlite on its data folder in a worker thread, served on a private unix socket (a 0700 folder, so no other
 * local user can connect), after taking the folder's lock. A new folder is first filled from the pre-migrated
 * template when one fits; if PGlite cannot open that copy, the folder is made by initdb instead.
 */
export async function startEmbeddedDatabase(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const pgDataDir = path.join(dataDir, 'pglite');
  const lock = await lockDataDir(dataDir);
  const socketDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-pg-'));
  const socketPath = path.join(socketDir, '.s.PGSQL.5432');
  let origin: EmbeddedOrigin;
  let worker: Worker;
  try {
    await finishInterruptedRestore(dataDir);
    origin = await prepareFolder(dataDir, pgDataDir, options.templateDir ?? DEFAULT_TEMPLATE_DIR);
    try {
      worker = await startWorker(pgDataDir, socketPath);
    } catch (error) {
      if (origin.kind !== 'template') throw error;
      await rm(pgDataDir, { recursive: true, force: true });
      origin = { kind: 'initdb', templateUnusable: `PGlite could not open its copy: ${(error as Error).message}` };
      worker = await startWorker(pgDataDir, socketPath);
    }
  } catch (error) {
    await rm(socketDir, { recursive: true, force: true });
    await lock.release();
    throw error;
  }
  await lock.announce(socketDir);

  let closing: Promise<void> | undefined;
  return {
    url: socketUrl(socketDir),
    origin,
    onNotification(listener) {
      worker.on('message', (message: { type: string; channel?: string; payload?: string }) => {
        if (message.type === 'notification') listener(message.channel!, message.payload!);
      });
    },
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 10_000);
          worker.once('message', (message: { type: string }) => {
            if (message.type === 'closed') {
              clearTimeout(timer);
              resolve();
            }
          });
          worker.postMessage({ type: 'close' });
        });
        await worker.terminate();
        await rm(socketDir, { recursive: true, force: true });
        await lock.release();
      })();
      return closing;
    },
  };
}

export function socketUrl(socketDir: string): string {
  return `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
}
