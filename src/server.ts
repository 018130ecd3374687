import type { Ponte } from './ponte.ts';

/**
 * Serves until SIGTERM or SIGINT, then shuts down in order: stop taking requests, stop fetching jobs and let running
 * ones finish within the shutdown bound (the rest are failed so another process retries them), flush the request
 * log, close the database. Exits 0 after a clean stop.
 */
export async function serveUntilSignalled(ponte: Ponte, alsoClose: (() => Promise<void>)[] = []): Promise<string> {
  const address = await ponte.listen();
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    ponte.logger.info({ signal }, 'shutting down: finishing running work');
    try {
      await ponte.close();
      await Promise.all(alsoClose.map((close) => close()));
      process.exit(0);
    } catch (error) {
      ponte.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
  return address;
}
