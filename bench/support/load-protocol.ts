/** Messages between the benchmark process and the autocannon child (bench/support/load-generator.ts). */

export interface LoadTarget {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LoadStats {
  /** Mean of autocannon's per-second samples. */
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  /** Responses received in the whole run. */
  total: number;
}

export interface LoadRequest {
  id: number;
  target: LoadTarget;
}

export type LoadReply = { id: number; stats: LoadStats } | { id: number; error: string };
