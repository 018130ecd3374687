import type { Outcome } from './fuzz-client.ts';
import type { FuzzRequest } from './fuzz-request.ts';

/** Why an outcome breaks the contract (no 5xx but a not-ready 503, every error problem+json, no hang), or null. */
export function failureOf(request: FuzzRequest, outcome: Outcome): string | null {
  if (outcome.kind === 'no-answer') return outcome.hang ? 'hang' : 'no answer';
  const { status, contentType, body } = outcome;
  if (status < 400) return null;
  const isProblem = /^application\/problem\+json\b/i.test(contentType);
  if (status >= 500 && !(status === 503 && isProblem)) return `status ${status}`;
  if (!isProblem) return 'not problem+json';
  // A HEAD answer has no body to check.
  if (request.method === 'HEAD') return null;
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return 'problem body is not JSON';
  }
  const complete =
    typeof problem.type === 'string' && typeof problem.title === 'string' && problem.status === status && typeof problem.code === 'string';
  return complete ? null : 'problem body lacks type, title, status or code';
}

export interface FailureGroup {
  count: number;
  reason: string;
  status: string;
  contentType: string;
  method: string;
  route: string;
  mutation: string;
  /** What the answers of one defect share, whatever the route: a problem or Fastify code, or the body's start. */
  signature: string;
  /** The first request of the group, to replay it. */
  example: { index: number; target: string; auth: string; body: string };
}

/** Counts of the whole run, and the failures grouped so one line stands for one defect at one place. */
export class FuzzTally {
  readonly byStatus = new Map<string, number>();
  readonly byMutation = new Map<string, { total: number; ok2xx: number; client4xx: number; server5xx: number; other: number; failed: number }>();
  readonly groups = new Map<string, FailureGroup>();
  /** Routes that answered 2xx at least once: the handlers the fuzz reached to the end. */
  readonly routesWith2xx = new Set<string>();
  /** Time spent per route, to see what made a run slow. */
  readonly msByRoute = new Map<string, { count: number; ms: number; max: number }>();
  readonly latencies: number[] = [];
  total = 0;
  answered2xx = 0;
  failures = 0;
  /** Answers with a 5xx status (a not-ready 503 in problem+json included, though it is not a failure). */
  answered5xx = 0;
  /** Error answers that are not problem+json, or whose problem lacks a member. */
  notProblemJson = 0;
  /** Requests without an answer within the bound. */
  hangs = 0;

  record(request: FuzzRequest, outcome: Outcome, ms: number): void {
    this.total++;
    this.latencies.push(ms);
    const timing = this.msByRoute.get(`${request.method} ${request.route}`) ?? { count: 0, ms: 0, max: 0 };
    timing.count++;
    timing.ms += ms;
    timing.max = Math.max(timing.max, ms);
    this.msByRoute.set(`${request.method} ${request.route}`, timing);
    const key = outcome.kind === 'answer' ? `${outcome.status} ${problemCodeOf(outcome.body) ?? ''}`.trim() : 'no answer';
    this.byStatus.set(key, (this.byStatus.get(key) ?? 0) + 1);
    const family = request.mutation.split(':')[0]!;
    const row = this.byMutation.get(family) ?? { total: 0, ok2xx: 0, client4xx: 0, server5xx: 0, other: 0, failed: 0 };
    row.total++;
    const status = outcome.kind === 'answer' ? outcome.status : 0;
    if (status >= 200 && status < 300) {
      row.ok2xx++;
      this.answered2xx++;
      this.routesWith2xx.add(`${request.method} ${request.route}`);
    }
    else if (status >= 400 && status < 500) row.client4xx++;
    else if (status >= 500) {
      row.server5xx++;
      this.answered5xx++;
    }
    else row.other++;
    this.byMutation.set(family, row);

    const reason = failureOf(request, outcome);
    if (!reason) return;
    this.failures++;
    row.failed++;
    if (reason === 'hang') this.hangs++;
    if (reason === 'not problem+json' || reason.startsWith('problem body')) this.notProblemJson++;
    const contentType = outcome.kind === 'answer' ? outcome.contentType.split(';')[0]! : '-';
    const statusText = outcome.kind === 'answer' ? String(outcome.status) : outcome.hang ? 'hang' : 'none';
    const groupKey = [reason, statusText, contentType, request.method, request.route, request.mutation].join('|');
    const group = this.groups.get(groupKey);
    if (group) group.count++;
    else {
      const body = outcome.kind === 'answer' ? normalized(outcome.body) : outcome.error;
      this.groups.set(groupKey, {
        count: 1,
        reason,
        status: statusText,
        contentType,
        method: request.method,
        route: request.route,
        mutation: request.mutation,
        signature: outcome.kind === 'answer' ? signatureOf(outcome.body) : outcome.error.split(':')[0]!,
        example: { index: request.index, target: request.target.slice(0, 100), auth: request.auth, body: body.slice(0, 200) },
      });
    }
  }

  failureGroups(): FailureGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count);
  }

  /** A short table of what the fuzz reached, so a reviewer can see it exercised handlers and not only 401s. */
  summary(): string {
    const statuses = [...this.byStatus.entries()].sort((a, b) => b[1] - a[1]);
    const mutations = [...this.byMutation.entries()].sort((a, b) => a[0].localeCompare(b[0]));
    const cell = (value: number | string, width: number) => String(value).padStart(width);
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (quantile: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0);
    const slowest = [...this.msByRoute.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 5);
    return [
      `${this.total} requests, ${this.failures} failures in ${this.groups.size} groups; ${this.routesWith2xx.size} routes answered 2xx`,
      `latency ms: p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${at(1)}; most time spent on:`,
      ...slowest.map(([route, t]) => `  ${route}: ${t.count} requests, ${Math.round(t.ms / 1000)} s in all, max ${Math.round(t.max)} ms`),
      'answers by status and problem code:',
      ...statuses.map(([key, count]) => `  ${cell(count, 6)}  ${key}`),
      'by mutation:            total    2xx    4xx    5xx  other failed',
      ...mutations.map(
        ([name, row]) =>
          `  ${name.padEnd(20)} ${cell(row.total, 6)} ${cell(row.ok2xx, 6)} ${cell(row.client4xx, 6)} ${cell(row.server5xx, 6)} ${cell(row.other, 6)} ${cell(row.failed, 6)}`,
      ),
    ].join('\n');
  }
}

function signatureOf(body: string): string {
  const code = /"code":"([^"]+)"/.exec(body)?.[1];
  if (code) return code;
  const message = /"message":"([^"]{0,60})/.exec(body)?.[1];
  return message ?? body.slice(0, 60);
}

function problemCodeOf(body: string): string | undefined {
  if (!body.startsWith('{') || body.length > 20_000) return undefined;
  try {
    const parsed = JSON.parse(body) as { code?: unknown };
    return typeof parsed.code === 'string' ? parsed.code : undefined;
  } catch {
    return undefined;
  }
}

/** A body without what differs between requests of one defect (request ids, ids, paths), to group by. */
function normalized(body: string): string {
  return body
    .replace(/,?"requestId":"[^"]*"/g, '')
    .replace(/,?"instance":"[^"]*"/g, '')
    .replace(/\s+/g, ' ');
}
