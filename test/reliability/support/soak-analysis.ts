/** Pure arithmetic of the soak: percentiles, trends and the windows' figures. */

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Least-squares slope of y over x; 0 for fewer than two points. */
export function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (point.x - meanX) * (point.y - meanY);
    variance += (point.x - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/** One sampling window of the soak. */
export interface SoakWindow {
  /** Seconds since the load started, at the window's end. */
  atSeconds: number;
  /** VmRSS of the server process at the window's end. */
  rssMiB: number;
  /** The server's JavaScript heap in use right after its latest full collection. */
  heapMiB: number;
  /** Ponte's answers that ended in the window (API calls and PagHiper callbacks). */
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers with a 5xx status, or none at all, in the window. */
  failures: number;
  /** Jobs waiting in the queue (pg-boss `created` and `retry`), all queues together, and per queue when any. */
  queueDepth: number;
  queueDepthByQueue: Record<string, number>;
  /** Notifications scheduled or being sent. */
  notificationsPending: number;
  /** Committed events not yet readable (behind an older open transaction). */
  eventsHeldBack: number;
  /** From a charge's "paid" callback answered to its webhook received: the callback job, the event log and the send queue. */
  lagP50Ms: number;
  lagP99Ms: number;
  /** From a charge made in the sandbox to its "created" webhook: a poll, the event log and the send queue. */
  createdLagP50Ms: number;
  createdLagP99Ms: number;
}

const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/** The windows as columns (one array per figure), short enough to read in a JSON report. */
export function seriesOf(windows: readonly SoakWindow[]) {
  return {
    atSeconds: windows.map((window) => Math.round(window.atSeconds)),
    rssMiB: windows.map((window) => round(window.rssMiB)),
    heapMiB: windows.map((window) => round(window.heapMiB)),
    requests: windows.map((window) => window.requests),
    p50Ms: windows.map((window) => round(window.p50Ms)),
    p99Ms: windows.map((window) => round(window.p99Ms)),
    queueDepth: windows.map((window) => window.queueDepth),
    notificationsPending: windows.map((window) => window.notificationsPending),
    eventsHeldBack: windows.map((window) => window.eventsHeldBack),
    lagP50Ms: windows.map((window) => round(window.lagP50Ms, 0)),
    lagP99Ms: windows.map((window) => round(window.lagP99Ms, 0)),
    createdLagP50Ms: windows.map((window) => round(window.createdLagP50Ms, 0)),
    createdLagP99Ms: windows.map((window) => round(window.createdLagP99Ms, 0)),
    failures: windows.map((window) => window.failures),
  };
}

/** Prometheus text: the value of each sample of `metric`, keyed by its labels (`queue="sync.poll"`, or '' unlabelled). */
export function metricValues(text: string, metric: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.startsWith(metric)) continue;
    const match = /^(\w+)(?:\{([^}]*)\})?\s+(\S+)$/.exec(line);
    if (match && match[1] === metric) values.set(match[2] ?? '', Number(match[3]));
  }
  return values;
}

/**
 * How fast a figure's floor rose, in units per minute: the lowest value of the last third of the windows against the
 * lowest of the first third. Floors, because what a leak raises is the level a figure comes back down to; a cache
 * that fills and is swept (a sawtooth) or a backlog on a starved machine only lifts its peaks.
 */
export function floorRisePerMinute(windows: readonly SoakWindow[], figure: 'rssMiB' | 'heapMiB'): { perMinute: number; spanMinutes: number } {
  const third = Math.max(1, Math.floor(windows.length / 3));
  const first = windows.slice(0, third);
  const last = windows.slice(-third);
  const centre = (part: readonly SoakWindow[]) => part.reduce((sum, window) => sum + window.atSeconds, 0) / part.length / 60;
  const spanMinutes = centre(last) - centre(first);
  const floor = (part: readonly SoakWindow[]) => Math.min(...part.map((window) => window[figure]));
  return { perMinute: spanMinutes > 0 ? (floor(last) - floor(first)) / spanMinutes : 0, spanMinutes };
}
