/** Messages between the benchmark process and the autocannon child (bench/support/load-generator.ts). */

export interface LoadTarget {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Default GET. */
  method?: 'GET' | 'POST';
  body?: string;
  /** Replace each `[<id>]` in the body with a fresh random id per request (autocannon's idReplacement). */
  idReplacement?: boolean;
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
