import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { registerFaultInjection } from '../../sandbox-kit/faults.ts';
import { whatsappCloudControlRoutes } from './control-routes.ts';
import { sendGraphError } from './graph-errors.ts';
import { graphReadRoutes } from './graph-reads.ts';
import { messagesRoute } from './messages-route.ts';
import { ScriptedErrors } from './scripted-errors.ts';
import { WhatsappCloudStore, type RecordedMessage } from './store.ts';
import { statusPayload, WebhookSender } from './webhooks.ts';

export interface WhatsappCloudSandboxOptions {
  /** Seeds the message ids, new numbers' tokens and the fault injector. */
  seed?: number;
  /** The sandbox's clock: acceptance times, webhook timestamps and the 24-hour window follow it. */
  now?: () => Date;
  logger?: boolean;
  /** Told of each message the sandbox accepts, once it is recorded: benchmarks count and time them in-process. */
  onAccepted?: (message: RecordedMessage) => void;
}

/**
 * A local WhatsApp Business Cloud API (Meta Graph), serving `POST /{version}/{phone-number-id}/messages` as
 * providers.md §6 describes, plus the `/_control` routes (numbers, templates, recorded messages, scripted Graph
 * errors, the signed status and reply webhook, faults). Built, not listening.
 */
export async function buildWhatsappCloudSandbox(options: WhatsappCloudSandboxOptions = {}): Promise<FastifyInstance> {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const app = Fastify({ logger: options.logger ?? false });
  registerFaultInjection(app, { seed });
  const store = new WhatsappCloudStore(seed, now);
  const scripted = new ScriptedErrors();
  const webhooks = new WebhookSender();
  app.addHook('onClose', () => webhooks.close());

  await app.register(async (provider) => {
    // Bodies that fail to parse answer Graph's envelope, as Meta does for a malformed request.
    provider.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.statusCode !== undefined && error.statusCode < 500) return sendGraphError(reply, 100, { details: 'The request body is not valid JSON' });
      request.log.error({ err: error }, 'whatsapp cloud sandbox failure');
      return sendGraphError(reply, 1);
    });
    provider.setNotFoundHandler((request, reply) =>
      sendGraphError(reply, 100, { subcode: 33, message: `Unsupported ${request.method.toLowerCase()} request.` }),
    );
    await provider.register(
      messagesRoute(store, scripted, (number, message) => {
        options.onAccepted?.(message);
        const settings = webhooks.settings;
        if (!settings) return;
        // Sent after the answer, one POST per status, as Meta does some time after accepting.
        setImmediate(() => {
          void (async () => {
            for (const status of settings.autoStatuses) {
              const at = now();
              message.statuses.push({ status, timestamp: at.toISOString() });
              await webhooks.post(statusPayload(number, message, status, at));
            }
          })();
        });
      }),
    );
    await provider.register(graphReadRoutes(store));
  });
  await app.register(whatsappCloudControlRoutes(store, scripted, webhooks, now));
  return app;
}
