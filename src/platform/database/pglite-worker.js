// Runs PGlite and its socket server on a worker thread: PGlite executes queries synchronously on the thread that
// owns it, so keeping it off the main thread keeps the HTTP server answering during bulk work (see STACK.md).
// Plain JavaScript because worker threads do not inherit the TypeScript loader.
import { createServer } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { BatchQueryQueue } from './pglite-batch-queue.js';

/** @type {{ dataDir: string, socketPath: string, maxConnections: number }} */
const options = workerData;

// PostgreSQL's settings for one embedded session. shared_buffers is PGlite's largest allocation and is touched at
// start, so it is resident from the first second: 128MB (initdb's default) cost about 130 MB of RSS over 16MB.
// The data folder is read through the operating system's page cache as well, so a small pool costs little speed.
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

const db = await PGlite.create(options.dataDir, { startParams });
const queryQueue = new BatchQueryQueue(db);
// A NOTIFY committed by any connection (another process joined through the socket included) reaches Ponte's signals.
queryQueue.onNotification = (/** @type {string} */ channel, /** @type {string} */ payload) => parentPort?.postMessage({ type: 'notification', channel, payload });
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
parentPort?.postMessage({ type: 'ready' });

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
