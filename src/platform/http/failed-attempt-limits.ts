import { createHash } from 'node:crypto';
import rateLimit, { normalizeIP, type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { documentProblems } from './openapi.ts';
import { Problem, platformProblems } from './problems.ts';
import type { HttpServer } from './http-server.ts';

/** Where attempts are counted: a store shared by every Ponte process, so that a limit holds across them. */
export interface AttemptCounter {
  /**
   * Counts one attempt in `bucket`; the first one opens a window of `windowMs`. Answers the attempts counted in the
   * window so far and the milliseconds left in it.
   */
  hit(bucket: string, windowMs: number): Promise<{ current: number; ttl: number }>;
  /** Takes one attempt back from the bucket's current window. */
  refund(bucket: string): Promise<void>;
}

export interface FailedAttemptLimit {
  /** Names what is counted, e.g. `login-email`; the bucket is this name and a digest of the subject. */
  name: string;
  max: number;
  windowMs: number;
  /** What the attempts are counted by (the client address, an e-mail); undefined leaves the request out. */
  subject(request: FastifyRequest): string | undefined;
  /** Says to the client what was exceeded, e.g. "Too many refused sign-ins from this address". */
  refusal: string;
  /**
   * Counts successes too: for a route that answers the same whether or not it found anything (a password reset
   * request), so that a refusal cannot be told apart and every request must be limited.
   */
  countSuccesses?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Limits on a route's refused attempts (sign-ins): each request is counted before its handler runs, and counted
     * back when it succeeds, so only refusals add up; past a limit the route answers 429 until the window ends.
     */
    failedAttemptLimits?: FailedAttemptLimit[];
  }
}

/** The client's address for limits by address; IPv6 by its /64, which one subscriber usually holds whole. */
export const clientAddress = (request: FastifyRequest): string => normalizeIP(request.ip);

const bucketOf = (limit: FailedAttemptLimit, subject: string) =>
  `${limit.name}:${createHash('sha256').update(subject).digest('base64url')}`;

/** @fastify/rate-limit's store protocol over an AttemptCounter. */
const storeOver = (counter: AttemptCounter) =>
  class AttemptCounterStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      counter.hit(key, timeWindow).then((result) => callback(null, result), callback);
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  };

// Answers that refuse the caller count; successes and Ponte's own failures (5xx) are given back.
const isRefusal = (status: number) => status >= 400 && status < 500;

/**
 * Registers @fastify/rate-limit (on no route by itself) with a shared store, and puts a guard on every route whose
 * config has `failedAttemptLimits`. Routes without them get no hook and no database round trip.
 */
export async function registerFailedAttemptLimits(app: HttpServer, counter: AttemptCounter): Promise<void> {
  await app.register(rateLimit, { global: false, store: storeOver(counter), skipOnError: false });
  // Attempts taken by each request, to be given back when it succeeds.
  const counted = new WeakMap<FastifyRequest, string[]>();

  app.addHook('onRoute', (route) => {
    const limits = route.config?.failedAttemptLimits;
    if (!limits?.length) return;
    documentProblems(route, [platformProblems.too_many_requests, platformProblems.service_unavailable]);
    const limiters = limits.map((limit) => ({
      limit,
      count: app.createRateLimit({
        max: limit.max,
        timeWindow: limit.windowMs,
        keyGenerator: (request) => bucketOf(limit, limit.subject(request) ?? ''),
      }),
    }));

    const countAttempt = async (request: FastifyRequest, reply: FastifyReply) => {
      const buckets: string[] = [];
      counted.set(request, buckets);
      for (const { limit, count } of limiters) {
        if (limit.subject(request) === undefined) continue;
        let result: Awaited<ReturnType<typeof count>>;
        try {
          result = await count(request);
        } catch (error) {
          // Fail closed: an attempt that cannot be counted is not let through to the credential check, or an
          // attacker who can make counting fail (load, locks) would guess unlimited. The check needs the same
          // database, so a partner loses nothing that would have worked.
          request.log.error({ err: error, limit: limit.name }, 'could not count a sign-in attempt');
          throw new Problem(platformProblems.service_unavailable, 'Sign-in attempts cannot be counted right now; try again in a moment');
        }
        if (result.isAllowed) continue;
        if (!limit.countSuccesses) buckets.push(result.key);
        if (result.isExceeded) {
          reply.header('retry-after', String(result.ttlInSeconds));
          throw new Problem(platformProblems.too_many_requests, `${limit.refusal}; try again in ${result.ttlInSeconds} seconds`);
        }
      }
    };
    const giveBackSuccess = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (isRefusal(reply.statusCode)) return payload;
      for (const bucket of counted.get(request) ?? []) {
        // A lost refund only counts one success as a refusal until the window ends: not worth failing the answer.
        await counter.refund(bucket).catch((error: unknown) => request.log.warn({ err: error }, 'could not give back a sign-in attempt'));
      }
      return payload;
    };
    route.preHandler = [...[route.preHandler ?? []].flat(), countAttempt];
    route.onSend = [...[route.onSend ?? []].flat(), giveBackSuccess];
  });
}
