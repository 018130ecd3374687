// Runs PGlite and its socket server on a worker thread: PGlite executes queries synchronously on the thread that
// owns it, so keeping it off the main thread keeps the HTTP server answering during bulk work (see STACK.md).
// Plain JavaScript because worker threads do not inherit the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string, socketPath: string, maxConnections: number }} */
const options = workerData;

const db = await PGlite.create(options.dataDir);
const server = new PGLiteSocketServer({ db, path: options.socketPath, maxConnections: options.maxConnections });
await server.start();
parentPort?.postMessage({ type: 'ready' });

parentPort?.on('message', async (message) => {
  if (message?.type !== 'close') return;
  try {
    await server.stop();
    await db.close();
    parentPort?.postMessage({ type: 'closed' });
  } catch (error) {
    parentPort?.postMessage({ type: 'closed', error: String(error) });
  }
});
