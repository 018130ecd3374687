import { AsyncLocalStorage } from 'node:async_hooks';
import type { ProviderError, ProviderErrorKind } from '../provider-error.ts';

/** How one provider call ended: an answer of any status, or the kind of ProviderError it failed with. */
export type CallOutcome = 'success' | ProviderErrorKind;

/**
 * What `callProvider` consults around every HTTP call made inside `runWithGate`. `beforeCall` may wait (a shared rate
 * limit) or throw a ProviderError (an open circuit, a maintenance window) to refuse the call; `afterCall` is told
 * how a call it admitted ended (with the error, for its Retry-After), and is awaited before the caller sees the
 * answer; `cancelCall` is told when a call it admitted was refused by a later gate.
 */
export interface CallGate {
  beforeCall(url: URL): Promise<void>;
  afterCall(url: URL, outcome: CallOutcome, error?: ProviderError): void | Promise<void>;
  cancelCall?(url: URL): void | Promise<void>;
}

const storage = new AsyncLocalStorage<CallGate>();

/** Runs `fn` so that every provider call it makes (however deep, across awaits) passes through `gate`. */
export function runWithGate<T>(gate: CallGate, fn: () => T): T {
  return storage.run(gate, fn);
}

/** The gate of the current async context, if any. */
export function currentGate(): CallGate | undefined {
  return storage.getStore();
}

/**
 * Several gates as one, consulted in order: a call refused by a later gate is cancelled in those that had already
 * admitted it (so a half-open circuit does not wait forever for a probe that was never sent).
 */
export function composeGates(gates: CallGate[]): CallGate {
  if (gates.length === 1) return gates[0]!;
  return {
    async beforeCall(url) {
      const admitted: CallGate[] = [];
      try {
        for (const gate of gates) {
          await gate.beforeCall(url);
          admitted.push(gate);
        }
      } catch (error) {
        for (const gate of admitted) await gate.cancelCall?.(url);
        throw error;
      }
    },
    async afterCall(url, outcome, error) {
      for (const gate of gates) await gate.afterCall(url, outcome, error);
    },
    async cancelCall(url) {
      for (const gate of gates) await gate.cancelCall?.(url);
    },
  };
}
