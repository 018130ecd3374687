import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitFor } from './wait.ts';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  /** The status the receiver answered. */
  status: number;
}

/** A real HTTP endpoint for outbound webhooks: records each delivery and answers 204, or the statuses scripted next. */
export async function startWebhookReceiver(): Promise<{
  url: string;
  received: ReceivedWebhook[];
  answerNext(...statuses: number[]): void;
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}> {
  const received: ReceivedWebhook[] = [];
  const script: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = script.shift() ?? 204;
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      response.statusCode = status;
      response.end(status === 204 ? undefined : 'not today');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/ponte`,
    received,
    answerNext: (...statuses) => script.push(...statuses),
    waitForCount: (count, timeoutMs = 30_000) => waitFor(async () => received.length >= count, timeoutMs),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
