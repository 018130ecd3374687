import type { Clock } from '../platform/clock.ts';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { operation } from '../platform/http/openapi.ts';
import { requirePrincipal } from '../platform/http/principal.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { LIVE_TOPICS, type LiveTopic, type LiveUpdates } from './live-updates.ts';

/** How long a browser waits before reconnecting a dropped stream (EventSource's `retry`). */
const RETRY_MS = 3000;

const topicsQuery = z
  .string()
  .max(200)
  .optional()
  .describe(`Comma-separated: ${LIVE_TOPICS.join(', ')}. Default: all of them`)
  .transform((text, context): LiveTopic[] => {
    if (text === undefined) return [...LIVE_TOPICS];
    const named = text.split(',').map((topic) => topic.trim());
    const unknown = named.filter((topic) => !(LIVE_TOPICS as readonly string[]).includes(topic));
    if (unknown.length > 0) {
      context.addIssue({ code: 'custom', message: `${unknown.map((topic) => JSON.stringify(topic)).join(', ')} is not a topic: use ${LIVE_TOPICS.join(', ')}` });
      return z.NEVER;
    }
    return [...new Set(named as LiveTopic[])];
  });

const STREAM_EXAMPLE = `retry: ${RETRY_MS}\n\nevent: change\ndata: {"topic":"tickets"}\n\n: ping\n\n`;

/**
 * GET /v1/live: a server-sent event stream telling the browser which of its lists changed (`event: change` with
 * `{"topic":…}`), for the rows its caller may see, so it fetches them again. Closing Ponte ends every stream first.
 */
export function registerLiveUpdateRoutes(
  app: HttpServer,
  deps: {
    live: LiveUpdates;
    clock: Clock;
    /** Whether the access token a stream was opened with still exists (not signed out, revoked or purged). */
    tokenLasts: (tokenId: string) => Promise<boolean>;
  },
): void {
  const { live } = deps;
  // Before the server stops taking connections: it would otherwise wait for the open streams to end.
  app.addHook('preClose', async () => live.close());

  app.get(
    '/v1/live',
    {
      schema: {
        ...operation({
          id: 'streamLiveUpdates',
          tag: 'live',
          summary: 'Server-sent events: which lists changed',
          description: `An \`text/event-stream\` (EventSource). It starts with \`retry: ${RETRY_MS}\`, then sends \`event: change\` with \`data: {"topic":"<topic>"}\` within about ${Math.round(live.settings.pollMs / 1000)} s of a change to a row of that topic the caller may see (admins and agents: every account; customers: their own), and a \`: ping\` comment every ${Math.round(live.settings.heartbeatMs / 1000)} s. The event names no row: fetch the list again. Reconnect when it ends (the browser's EventSource does).`,
        }),
        querystring: z.strictObject({ topics: topicsQuery }),
        produces: ['text/event-stream'],
        response: { 200: z.string().describe('The event stream').meta({ examples: [STREAM_EXAMPLE] }) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const stream = new PassThrough();
      let heartbeat: NodeJS.Timeout | undefined;
      let unsubscribe = () => {};
      // Nothing is written once the stream has ended (a PassThrough would throw on it).
      const write = (text: string) => void (stream.writableEnded || stream.write(text));
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        stream.end();
      };
      unsubscribe = await live.subscribe({
        viewer: { role: principal.role, accountId: principal.accountId },
        topics: new Set(request.query.topics),
        changed: (topic) => write(`event: change\ndata: ${JSON.stringify({ topic })}\n\n`),
        closed: end,
      });
      // The client went away (or the answer ended): stop telling it. A client that only half-closed its side leaves an
      // HTTP socket open (Node keeps them half-open), which would hold the server's close: it is destroyed here.
      reply.raw.once('close', () => {
        end();
        if (!reply.raw.writableFinished) reply.raw.destroy();
      });
      if (reply.raw.destroyed) end();
      else {
        // Each ping first checks the stream may still be heard: it ends with its token's expiry, sign-out or revocation
        // (the browser's reconnection then meets the same refusal as any other request).
        const expiresAt = principal.tokenExpiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
        heartbeat = setInterval(() => {
          void (async () => {
            const lasts = deps.clock.now().getTime() < expiresAt && (!principal.tokenId || (await deps.tokenLasts(principal.tokenId)));
            if (lasts) write(': ping\n\n');
            else end();
          })().catch(() => write(': ping\n\n'));
        }, live.settings.heartbeatMs).unref();
      }
      write(`retry: ${RETRY_MS}\n\n`);
      return reply.header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-store').header('x-accel-buffering', 'no')
        // The connection ends with the stream: kept alive, it would hold the server's close until its keep-alive timeout
        // (the stream ends as the server closes, after the idle connections were closed).
        .header('connection', 'close')
        // A stream is sent as it is, never serialized: the schema's string describes the bytes it carries.
        .send(stream as unknown as string);
    },
  );
}
