// Runs PGlite and its socket server on a worker thread: PGlite executes queries synchronously on the thread that
// owns it, so keeping it off the main thread keeps the HTTP server answering during bulk work (see STACK.md).
// Plain JavaScript because worker threads do not inherit the TypeScript loader.
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { BatchQueryQueue } from './pglite-batch-queue.js';

/** @type {{ dataDir: string, socketPath: string, maxConnections: number, template?: string }} */
const options = workerData;

// PostgreSQL's settings for one embedded session. shared_buffers is PGlite's largest allocation and is touched at
// start, so it is resident from the first second: 128MB (initdb's default) cost about 130 MB of RSS over 16MB.
// The data folder is read through the operating system's page cache as well, so a small pool costs little speed.
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Opens the folder; a new one is first filled from the pre-migrated template when there is one (PGlite refuses to
 * load over an existing database, and the main thread passes a template only for a new folder). When the template
 * cannot be loaded, what it left is removed and the folder is made by initdb as before.
 * @returns {Promise<{ db: PGlite, fromTemplate: boolean, templateFailed?: string }>}
 */
async function open() {
  if (options.template) {
    try {
      const tarball = new File([await readFile(options.template)], 'pgdata.tgz', { type: 'application/x-gzip' });
      return { db: await PGlite.create(options.dataDir, { loadDataDir: tarball, startParams }), fromTemplate: true };
    } catch (error) {
      await rm(options.dataDir, { recursive: true, force: true });
      const db = await PGlite.create(options.dataDir, { startParams });
      return { db, fromTemplate: false, templateFailed: String(error) };
    }
  }
  return { db: await PGlite.create(options.dataDir, { startParams }), fromTemplate: false };
}

const { db, fromTemplate, templateFailed } = await open();
const queryQueue = new BatchQueryQueue(db);
/** @type {Set<PGLiteSocketHandler>} */
const handlers = new Set();

const server = createServer((socket) => {
  if (handlers.size >= options.maxConnections) {
    socket.end();
    return;
  }
  const handler = new PGLiteSocketHandler({ queryQueue: /** @type {any} */ (queryQueue), closeOnDetach: true });
  handlers.add(handler);
  handler.addEventListener('close', () => handlers.delete(handler));
  handler.addEventListener('error', () => handlers.delete(handler));
  handler.attach(socket).catch(() => {
    handlers.delete(handler);
    socket.destroy();
  });
});
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(options.socketPath, () => resolve(undefined));
});
parentPort?.postMessage({ type: 'ready', fromTemplate, templateFailed });

parentPort?.on('message', async (message) => {
  if (message?.type !== 'close') return;
  try {
    for (const handler of handlers) await handler.detach(true);
    await new Promise((resolve) => server.close(() => resolve(undefined)));
    await db.close();
    parentPort?.postMessage({ type: 'closed' });
  } catch (error) {
    parentPort?.postMessage({ type: 'closed', error: String(error) });
  }
});
