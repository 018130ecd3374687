import type { Logger } from '../../platform/logging/logger.ts';

class LeaseLostError extends Error {
  constructor(integrationId: string) {
    super(`Lost the lease of ${integrationId}: it was not renewed in time and was reclaimed, so this sync stopped`);
    this.name = 'LeaseLostError';
  }
}

/**
 * Renews a sync's lease on a timer while the sync works, so a live holder keeps it through a slow provider page and
 * a dead one's lease runs out within one lease period. Three beats fit in a lease: one failed renewal (a database
 * hiccup) does not lose it.
 */
export class LeaseHeartbeat {
  #lost = false;
  #beat: Promise<void> | undefined;
  readonly #timer: NodeJS.Timeout;

  constructor(
    private readonly integrationId: string,
    leaseSeconds: number,
    /** Resolves false when the lease is no longer ours. */
    renew: () => Promise<boolean>,
    logger: Logger,
  ) {
    this.#timer = setInterval(() => {
      if (this.#beat || this.#lost) return;
      this.#beat = renew()
        .then((held) => {
          if (!held) this.#lost = true;
        })
        .catch((error: unknown) => logger.warn({ err: error, integrationId }, 'could not renew a sync lease; trying again'))
        .finally(() => (this.#beat = undefined));
    }, (leaseSeconds * 1000) / 3);
    // A timer of its own must not keep a stopping process alive.
    this.#timer.unref();
  }

  /** Throws once the lease is known lost: the sync must stop before it writes more. */
  assertHeld(): void {
    if (this.#lost) throw new LeaseLostError(this.integrationId);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#beat;
  }
}
