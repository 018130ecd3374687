import { createServer } from 'node:net';
import path from 'node:path';
import { SANDBOX_KEYS, startAllSandboxes, type RunningSandbox } from '../connectors/sandboxes.ts';
import { loadConfig, type Config, type ProcessRole } from '../platform/config.ts';
import { assertDataDirFree } from '../platform/database/data-lock.ts';
import { createLogger, readableLogStream } from '../platform/logging/logger.ts';
import { startLocalMailbox, type LocalMailbox } from '../platform/mail/index.ts';
import { createPonte, VERSION, type Ponte } from '../ponte.ts';
import { serveUntilSignalled } from '../server.ts';
import { EnvironmentError } from './failures.ts';

/** Fails at once, naming the variable, when `port` is taken: before minutes of set-up rather than after. */
async function assertPortFree(host: string, port: number, variable: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new EnvironmentError(`Port ${port} on ${host} is already in use: stop what is using it, or set ${variable} to another port (0 picks a free one)`)
          : error.code === 'EACCES'
            ? new EnvironmentError(`Port ${port} on ${host} needs privileges this user lacks: set ${variable} to a port above 1023`)
            : error,
      );
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Whether people read the log here (a terminal, or LOG_FORMAT=pretty) rather than a collector (JSON). */
const readableOutput = (config: Config) => config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY === true);

/** What a person needs after a start: where everything is, and what to do next. */
async function printBanner(ponte: Ponte, address: string, sandboxes: RunningSandbox[], mailbox: LocalMailbox | null): Promise<void> {
  const database = ponte.database.engine === 'pglite' ? `embedded database in ${ponte.config.dataDir}` : 'PostgreSQL';
  const rows: [string, string][] = [
    ['Portal', `${address}/portal  (customers)`],
    ['Console', `${address}/console  (operators)`],
    ['API', `${address}/v1`],
    ['Docs', `${address}/docs  (OpenAPI: ${address}/openapi.json)`],
    ['Health', `${address}/healthz  ·  metrics ${address}/metrics`],
    ...sandboxes.map((sandbox, index): [string, string] => [
      index === 0 ? 'Sandboxes' : '',
      // PagHiper's test panel makes a test store and shows the apiKey and token to paste in the portal.
      `${sandbox.baseUrl}  (${sandbox.key}${sandbox.key === 'paghiper' ? `; test stores at ${sandbox.address}/painel` : ''})`,
    ]),
    ...(mailbox ? [['Mailbox', `${mailbox.url}  → ${path.join(ponte.config.dataDir, 'mailbox')}`] as [string, string]] : []),
    ...(mailbox ? [['Replies', `to ${ponte.config.replyAddress.replace('@', '+<ticket>…@')} through the mailbox reach their tickets`] as [string, string]] : []),
    ...(mailbox && ponte.config.supportAddress ? [['Support', `mail to ${ponte.config.supportAddress} through the mailbox opens support tickets`] as [string, string]] : []),
    ...(ponte.inboundMail ? [['Inbound', `${ponte.inboundMail.url}  (replies to onboarding e-mails)`] as [string, string]] : []),
  ];
  const lines = [
    '',
    `  Ponte ${VERSION} is ready (${database})`,
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(10)} ${value}`),
    '',
    ...((await ponte.accounts.hasAdmin())
      ? []
      : ['  Next: create the first administrator (it asks for a password):', '    npx ponte admin create --email you@example.com --name "Your Name"', '']),
    '  Stop with Ctrl+C.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `ponte start`: the checks a person can act on first, then the sandboxes, the mailbox, Ponte, and a banner. */
export async function startServer(role: ProcessRole | undefined): Promise<void> {
  // The flag wins over PONTE_ROLE, and is checked with the rest of the configuration.
  const config = loadConfig(role ? { ...process.env, PONTE_ROLE: role } : process.env);
  // A folder in use is the real reason a second server cannot start: say it before any port is tried.
  if (!config.databaseUrl) await assertDataDirFree(config.dataDir);
  await assertPortFree(config.host, config.port, 'PORT');
  // The provider sandboxes answer for the sandbox environment, on loopback beside the server.
  const sandboxes = config.sandboxes
    ? await startAllSandboxes({ host: '127.0.0.1', basePort: config.sandboxPort }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') throw error;
        throw new EnvironmentError(
          `The provider sandboxes need ports ${config.sandboxPort}–${config.sandboxPort + SANDBOX_KEYS.length - 1}, and one is in use: set PONTE_SANDBOX_PORT to another port (0 picks free ones), or PONTE_SANDBOXES=off`,
        );
      })
    : [];
  const sandboxUrls = Object.fromEntries(sandboxes.map((sandbox) => [sandbox.key, sandbox.baseUrl]));
  // With the sandboxes and no mail server, notification e-mails land in a local mailbox, kept as .eml files.
  // It takes both directions: a reply sent to it for Ponte's reply address goes on to the onboarding flow, so the whole
  // loop (instructions out, the customer's answer in) runs on one machine.
  let ponte: Ponte | null = null;
  const mailbox: LocalMailbox | null =
    config.sandboxes && !config.smtpUrl
      ? await startLocalMailbox({
          port: config.mailboxPort,
          directory: path.join(config.dataDir, 'mailbox'),
          inbound: {
            matches: (address) => ponte?.inbound.accepts(address) ?? false,
            deliver: async (mail) => {
              if (!ponte) throw new Error('Ponte is still starting');
              await ponte.inbound.receive(mail);
            },
          },
        }).catch((error: Error) => {
          throw new EnvironmentError(`${error.message}: set PONTE_MAILBOX_PORT to another port (0 picks a free one), or SMTP_URL to a real mail server`);
        })
      : null;
  const readable = readableOutput(config);
  const logger = createLogger({ level: config.logLevel, destination: readable ? readableLogStream() : undefined });
  ponte = await createPonte(config, { logger, sandboxUrls, ...(mailbox ? { smtpUrl: mailbox.url } : {}) });
  const started = ponte;
  const closeAlso = [...sandboxes.map((sandbox) => sandbox.close), ...(mailbox ? [() => mailbox.close()] : [])];
  const address = await serveUntilSignalled(started, closeAlso).catch(async (error: NodeJS.ErrnoException) => {
    await started.close();
    // Taken between the check above and now.
    if (error.code === 'EADDRINUSE') throw new EnvironmentError(`Port ${config.port} on ${config.host} is already in use: set PORT to another port`);
    throw error;
  });
  if (readable) {
    await printBanner(started, address, sandboxes, mailbox);
    return;
  }
  for (const sandbox of sandboxes) started.logger.info({ sandbox: sandbox.key, baseUrl: sandbox.baseUrl }, `${sandbox.key} sandbox at ${sandbox.baseUrl}`);
  if (mailbox) started.logger.info({ mailbox: mailbox.url }, `e-mails go to the local mailbox at ${mailbox.url}, saved in ${path.join(config.dataDir, 'mailbox')}`);
  if (!(await started.accounts.hasAdmin())) started.logger.info('no administrator yet: create one with `ponte admin create --email … --name …`');
}
