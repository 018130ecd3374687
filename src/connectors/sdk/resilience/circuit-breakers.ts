import CircuitBreaker from 'opossum';
import { ProviderError } from '../provider-error.ts';
import type { CallGate, CallOutcome } from './call-gate.ts';

/*
 * One opossum breaker per provider host. opossum wraps an action (`breaker.fire(...)`), while the hook point here is
 * a pair of callbacks around a call made elsewhere (beforeCall/afterCall in callProvider): so the action fired is
 * the call itself, a promise that afterCall settles. opossum invokes the action synchronously when it admits a call,
 * which is how beforeCall knows at once whether to refuse.
 *
 * opossum times the cool-down with a real timer (not Ponte's Clock), so the cool-down runs in real time also under
 * a test's manual clock.
 */

export interface BreakerSettings {
  /** The fewest calls to a host in the rolling window before its circuit may open. */
  minimumCalls: number;
  /** The circuit opens when more than this percentage of the calls in the rolling window failed. */
  failurePercentage: number;
  /** The rolling window the failures are counted in. */
  windowMs: number;
  /** How long an open circuit fails fast before letting one probe through. */
  coolDownMs: number;
}

const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { minimumCalls: 5, failurePercentage: 50, windowMs: 60_000, coolDownMs: 30_000 };

export type BreakerState = 'closed' | 'open' | 'half_open';

/** A call admitted by a breaker, waiting for afterCall to say how it ended. */
interface AdmittedCall {
  admitted: boolean;
  outcome: Promise<void>;
  succeeded(): void;
  failed(error: Error): void;
}

interface HostCircuit {
  breaker: CircuitBreaker<[AdmittedCall], void>;
  /** When the circuit last opened (Date.now, as opossum's timer), for the refusal's Retry-After. */
  openedAt: number;
  /** Admitted calls not answered yet, oldest first. */
  inFlight: AdmittedCall[];
}

// The host is down or too slow; any other outcome (a refusal, a 429, a bad body) means it answered.
const isHostFailure = (outcome: CallOutcome) => outcome === 'unavailable' || outcome === 'timeout';

function admittedCall(): AdmittedCall {
  const call = { admitted: false } as AdmittedCall;
  call.outcome = new Promise<void>((resolve, reject) => {
    call.succeeded = resolve;
    call.failed = reject;
  });
  // The caller sees the outcome from callProvider; here it only feeds the breaker.
  call.outcome.catch(() => {});
  return call;
}

/** One circuit per provider host (host:port), in this process. */
export class CircuitBreakers implements CallGate {
  readonly #circuits = new Map<string, HostCircuit>();

  constructor(private readonly settings: BreakerSettings = DEFAULT_BREAKER_SETTINGS) {}

  stateOf(host: string): BreakerState {
    const breaker = this.#circuits.get(host)?.breaker;
    if (breaker?.opened) return 'open';
    return breaker?.halfOpen ? 'half_open' : 'closed';
  }

  async beforeCall(url: URL): Promise<void> {
    const circuit = this.#circuitOf(url.host);
    const call = admittedCall();
    const fired = circuit.breaker.fire(call);
    fired.catch(() => {});
    if (!call.admitted) {
      const remainingMs = circuit.breaker.opened ? circuit.openedAt + this.settings.coolDownMs - Date.now() : this.settings.coolDownMs;
      throw new ProviderError('unavailable', `circuit open for ${url.host}`, { retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) });
    }
    circuit.inFlight.push(call);
  }

  afterCall(url: URL, outcome: CallOutcome): void {
    // Calls to one host are not told apart: the breaker needs how many answers failed, not which.
    const call = this.#circuits.get(url.host)?.inFlight.shift();
    if (!call) return;
    if (isHostFailure(outcome)) call.failed(new Error(`${url.host}: ${outcome}`));
    else call.succeeded();
  }

  cancelCall(url: URL): void {
    const circuit = this.#circuits.get(url.host);
    // The call cancelled is the one admitted last: a later gate refused it right after this one admitted it.
    const call = circuit?.inFlight.pop();
    if (!circuit || !call) return;
    if (circuit.breaker.halfOpen) {
      // A half-open opossum breaker lets one call through and moves on only when that call settles, and either
      // outcome would be a lie about a probe never sent: the host gets a new half-open breaker, its probe free again.
      // Calls still in flight through the old one settle there uncounted; their answers, when they come, are
      // counted by the new breaker in place of its own first calls (every answer counts once, in arrival order).
      this.#circuits.set(url.host, this.#newCircuit(url.host, true));
      circuit.breaker.shutdown();
      for (const stale of [call, ...circuit.inFlight]) stale.succeeded();
      return;
    }
    // opossum cannot forget a fire: a call never sent counts as a success, which only dilutes the failure rate.
    call.succeeded();
  }

  #circuitOf(host: string): HostCircuit {
    let circuit = this.#circuits.get(host);
    if (!circuit) {
      circuit = this.#newCircuit(host, false);
      this.#circuits.set(host, circuit);
    }
    return circuit;
  }

  #newCircuit(host: string, halfOpen: boolean): HostCircuit {
    const breaker = new CircuitBreaker(
      (call: AdmittedCall) => {
        call.admitted = true;
        return call.outcome;
      },
      {
        name: host,
        // callProvider times calls out itself, as a ProviderError of kind 'timeout'.
        timeout: false,
        errorThresholdPercentage: this.settings.failurePercentage,
        volumeThreshold: this.settings.minimumCalls,
        rollingCountTimeout: this.settings.windowMs,
        resetTimeout: this.settings.coolDownMs,
        rollingPercentilesEnabled: false,
        enableSnapshots: false,
        ...(halfOpen ? { state: { closed: false, halfOpen: true } as CircuitBreaker.State } : {}),
      },
    );
    const circuit: HostCircuit = { breaker, openedAt: 0, inFlight: [] };
    breaker.on('open', () => {
      circuit.openedAt = Date.now();
    });
    return circuit;
  }
}
