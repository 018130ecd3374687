import type { Clock } from '../../../platform/clock.ts';
import { ProviderError } from '../provider-error.ts';
import type { CallGate, CallOutcome } from './call-gate.ts';

/*
 * Why not opossum: opossum wraps an action (`breaker.fire(...)`) and times its cool-down with setTimeout, while the
 * hook point here is a pair of callbacks around a call made elsewhere (beforeCall/afterCall in callProvider), and the
 * tests need an injectable clock rather than real timers. The state machine below is small, has no timers, and reads
 * time only from the Clock, so it fits the hook shape and is deterministic to test.
 */

export interface BreakerSettings {
  /** Consecutive 'unavailable' or 'timeout' outcomes that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit fails fast before letting one probe through. */
  coolDownMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { failureThreshold: 5, coolDownMs: 30_000 };

export type BreakerState = 'closed' | 'open' | 'half_open';

interface HostCircuit {
  state: BreakerState;
  failures: number;
  openedAt: number;
  probeInFlight: boolean;
}

const isHostFailure = (outcome: CallOutcome) => outcome === 'unavailable' || outcome === 'timeout';

/** One circuit per provider host (host:port), in this process. */
export class CircuitBreakers implements CallGate {
  readonly #circuits = new Map<string, HostCircuit>();

  constructor(
    private readonly clock: Clock,
    private readonly settings: BreakerSettings = DEFAULT_BREAKER_SETTINGS,
  ) {}

  stateOf(host: string): BreakerState {
    return this.#circuits.get(host)?.state ?? 'closed';
  }

  async beforeCall(url: URL): Promise<void> {
    const circuit = this.#circuits.get(url.host);
    if (!circuit || circuit.state === 'closed') return;
    const now = this.clock.now().getTime();
    if (circuit.state === 'open') {
      const remainingMs = circuit.openedAt + this.settings.coolDownMs - now;
      if (remainingMs > 0) throw this.#refusal(url.host, remainingMs);
      circuit.state = 'half_open';
      circuit.probeInFlight = false;
    }
    if (circuit.probeInFlight) throw this.#refusal(url.host, this.settings.coolDownMs);
    circuit.probeInFlight = true;
  }

  afterCall(url: URL, outcome: CallOutcome): void {
    const circuit = this.#circuits.get(url.host) ?? { state: 'closed', failures: 0, openedAt: 0, probeInFlight: false };
    if (!isHostFailure(outcome)) {
      // The host answered (even a refusal or a 429 means it is up): close and forget the failures.
      this.#circuits.delete(url.host);
      return;
    }
    circuit.failures += 1;
    circuit.probeInFlight = false;
    if (circuit.state === 'half_open' || circuit.failures >= this.settings.failureThreshold) {
      circuit.state = 'open';
      circuit.openedAt = this.clock.now().getTime();
    }
    this.#circuits.set(url.host, circuit);
  }

  cancelCall(url: URL): void {
    const circuit = this.#circuits.get(url.host);
    if (circuit) circuit.probeInFlight = false;
  }

  #refusal(host: string, remainingMs: number): ProviderError {
    return new ProviderError('unavailable', `circuit open for ${host}`, { retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) });
  }
}
