// Runs in a child process (see load-client.ts), so autocannon never shares the event loop of the server it measures.
import autocannon from 'autocannon';
import type { LoadReply, LoadRequest } from './load-protocol.ts';

function reply(message: LoadReply): void {
  process.send!(message);
}

process.on('message', (message: LoadRequest) => {
  const { id, target } = message;
  autocannon({
    url: target.url,
    headers: target.headers ?? {},
    connections: target.connections,
    duration: target.durationSeconds,
    method: target.method ?? 'GET',
    ...(target.body !== undefined ? { body: target.body } : {}),
    idReplacement: target.idReplacement ?? false,
  }).then(
    (result) =>
      reply({
        id,
        stats: {
          requestsPerSecond: result.requests.average,
          p99Ms: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
          total: result.requests.total,
        },
      }),
    (error: unknown) => reply({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});

// The parent is gone or done: nothing more will come.
process.on('disconnect', () => process.exit(0));
