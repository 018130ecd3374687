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
  /** Keeps `mark` for `ttlMs` (from now, however long it was kept before). */
  remember(mark: string, ttlMs: number): Promise<void>;
  /** Whether `mark` is kept and its time has not run out. */
  isKnown(mark: string): Promise<boolean>;
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
  /**
   * Spares the rightful user a lockout by an attacker (OWASP's "device cookie" idea, by address): an address from which
   * the subject (an e-mail, a key) was let in is known to it for this many milliseconds, and its attempts are counted
   * in a bucket of that subject and address alone, with the same `max`, instead of the bucket every address shares.
   * Only addresses that never got in are slowed together; the limit by address still holds for every address.
   */
  knownAddressTrustMs?: number;
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

const digestOf = (text: string) => createHash('sha256').update(text).digest('base64url');
const bucketOf = (limit: FailedAttemptLimit, subject: string) => `${limit.name}:${digestOf(subject)}`;
// The subject and address together, in one digest: a known address's own bucket, and the mark that makes it known.
const ofKnownAddress = (subject: string, address: string) => digestOf(`${subject}\n${address}`);
const knownBucketOf = (limit: FailedAttemptLimit, subject: string, address: string) => `${limit.name}-known:${ofKnownAddress(subject, address)}`;
const knownMarkOf = (limit: FailedAttemptLimit, subject: string, address: string) => `known:${limit.name}:${ofKnownAddress(subject, address)}`;

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
  // What a success makes known: the marks of (subject, address) and how long each lasts.
  const toRemember = new WeakMap<FastifyRequest, { mark: string; ttlMs: number }[]>();

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
      countKnown: app.createRateLimit({
        max: limit.max,
        timeWindow: limit.windowMs,
        keyGenerator: (request) => knownBucketOf(limit, limit.subject(request) ?? '', clientAddress(request)),
      }),
    }));

    const countAttempt = async (request: FastifyRequest, reply: FastifyReply) => {
      const buckets: string[] = [];
      const marks: { mark: string; ttlMs: number }[] = [];
      counted.set(request, buckets);
      toRemember.set(request, marks);
      for (const { limit, count, countKnown } of limiters) {
        const subject = limit.subject(request);
        if (subject === undefined) continue;
        let result: Awaited<ReturnType<typeof count>>;
        try {
          let known = false;
          if (limit.knownAddressTrustMs !== undefined) {
            const mark = knownMarkOf(limit, subject, clientAddress(request));
            marks.push({ mark, ttlMs: limit.knownAddressTrustMs });
            known = await counter.isKnown(mark);
          }
          result = await (known ? countKnown : count)(request);
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
      // Ponte's own failures (5xx) let nobody in: only a success makes its address known.
      if (reply.statusCode < 400) {
        for (const { mark, ttlMs } of toRemember.get(request) ?? []) {
          await counter.remember(mark, ttlMs).catch((error: unknown) => request.log.warn({ err: error }, 'could not remember a signed-in address'));
        }
      }
      return payload;
    };
    route.preHandler = [...[route.preHandler ?? []].flat(), countAttempt];
    route.onSend = [...[route.onSend ?? []].flat(), giveBackSuccess];
  });
}
