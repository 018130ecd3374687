import pRetry from 'p-retry';
import { ProviderError } from '../../connectors/sdk/provider-error.ts';

/** How a sync step that met a transient provider failure is tried again in place, before its job fails. */
export interface StepRetrySettings {
  /** Tries after the first. */
  retries: number;
  /** Milliseconds before the first retry; each later one waits twice as long, and each wait is drawn up to double. */
  firstDelayMs: number;
}

/**
 * A failure worth trying again at once: the provider answered 5xx, dropped the connection or timed out. An error that
 * asks for a wait of its own (an open circuit breaker's cool-down) is not: the job's retry, tens of seconds away,
 * suits it, and a 429 defers the whole run instead (see SyncEngine.withRun).
 */
function isTransient(error: unknown): boolean {
  return error instanceof ProviderError && (error.kind === 'unavailable' || error.kind === 'timeout') && error.details.retryAfterSeconds === undefined;
}

/**
 * Runs one sync step, trying it again within seconds when the provider failed transiently. Without this, a single
 * 500 failed the step's job, and the queue's first retry came 15 to 30 seconds later; a backfill with a few faults
 * spent most of its time waiting. Only after `retries` failures in a row does the step fail its job, whose retries
 * (with backoff) are for outages.
 */
export function retryTransient<T>(step: () => Promise<T>, settings: StepRetrySettings, onRetry: (error: unknown, attempt: number) => void): Promise<T> {
  return pRetry(step, {
    retries: settings.retries,
    minTimeout: settings.firstDelayMs,
    factor: 2,
    randomize: true,
    shouldRetry: ({ error }) => isTransient(error),
    onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
      if (retriesLeft > 0 && isTransient(error)) onRetry(error, attemptNumber);
    },
  });
}
