import { SMTPServer } from 'smtp-server';
import type { Logger } from '../logging/logger.ts';
import { type InboundMail, parseReceivedMessage, readMessage } from './received-message.ts';
import { closeServer, listen, smtpUrl } from './smtp-listening.ts';

export interface InboundMailServer {
  /** `smtp://<host>:<port>` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface InboundMailServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Larger messages are refused with 552 (and announced with EHLO's SIZE, so a client can give up before sending). */
  maxMessageBytes: number;
  /** Resolving accepts the message (250); throwing refuses it with 451, so the sending server tries again later. */
  onMessage(mail: InboundMail): Promise<void>;
  /** RCPT TO for any other address is refused with 550, so the listener does not take mail meant for someone else. */
  acceptsRecipient?(address: string): boolean;
  logger?: Logger;
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The SMTP listener that takes replies to Ponte's e-mails, meant to sit behind the operator's MX (which does TLS,
 * spam filtering and authentication checks) rather than face the Internet: plain SMTP, no AUTH.
 */
export async function startInboundMailServer(options: InboundMailServerOptions): Promise<InboundMailServer> {
  const { logger } = options;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    banner: 'Ponte inbound mail',
    size: options.maxMessageBytes,
    rejectOversized: true,
    onRcptTo(address, _session, callback) {
      if (options.acceptsRecipient && !options.acceptsRecipient(address.address)) {
        callback(smtpError(550, `No mailbox here for ${address.address}`));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      // Read to the end even when oversized (smtp-server answers only then), keeping at most the limit in memory.
      readMessage(stream, options.maxMessageBytes)
        .then(async (raw) => {
          if (stream.sizeExceeded) return null; // rejectOversized answers 552
          const mail = await parseReceivedMessage(raw, session);
          await options.onMessage(mail);
          logger?.debug({ messageId: mail.messageId, to: mail.envelope.to }, 'inbound mail accepted');
          return null;
        })
        .catch((error: unknown) => {
          logger?.error({ err: error }, 'inbound mail refused for now (451): the handler failed');
          return smtpError(451, 'Temporary failure, please try again later');
        })
        .then((refusal) => callback(refusal));
    },
  });

  const port = await listen(server, options.port, options.host, 'The inbound mail listener');
  return {
    url: smtpUrl(options.host, port),
    port,
    close: () => closeServer(server, 'Ponte inbound mail shutting down'),
  };
}
