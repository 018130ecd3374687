import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataDir } from './data-lock.ts';

export interface EmbeddedDatabase {
  /** A PostgreSQL connection string to the PGlite socket, for `pg` and pg-boss alike. */
  url: string;
  close(): Promise<void>;
}

// Every pool (the app's and the queue's) shares PGlite's single session through this multiplexer.
const MAX_CONNECTIONS = 40;

/**
 * Starts PGlite on its data folder in a worker thread, served on a private unix socket (a 0700 folder, so no other
 * local user can connect), after taking the folder's lock.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const pgDataDir = path.join(dataDir, 'pglite');
  const lock = await lockDataDir(dataDir);
  const socketDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-pg-'));
  const socketPath = path.join(socketDir, '.s.PGSQL.5432');
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
    await rm(socketDir, { recursive: true, force: true });
    await lock.release();
    throw error;
  }
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  await lock.announce(socketDir);

  let closing: Promise<void> | undefined;
  return {
    url: socketUrl(socketDir),
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
