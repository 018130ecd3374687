import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { startAllSandboxes, type RunningSandbox, type SandboxKey } from '../../../src/connectors/sandboxes.ts';
import { startLocalMailbox, type LocalMailbox } from '../../../src/platform/mail/index.ts';
import { startTestPonte, type TestPonte } from '../../support/test-ponte.ts';
import { startWebhookReceiver } from '../../support/webhook-receiver.ts';
import { capturedLogger, recordAnswers, startRecordingProxy, type RecordedAnswer, type RecordingProxy } from './secrets-capture.ts';
import { SecretScanner } from './secrets-scanner.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** A secret nobody could write by chance: a readable prefix and 24 random bytes. */
export const uniqueSecret = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;

export interface CliRun {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

export interface Call {
  status: number;
  body: Json;
  text: string;
  headers: Headers;
}

/**
 * The secrets scan's world: a Ponte logging at trace into memory, with its answers recorded, each provider sandbox
 * behind a recording proxy, a real SMTP mailbox reached with a password, and a webhook receiver.
 */
export interface SecretsWorld {
  ponte: TestPonte;
  origin: string;
  adminToken: string;
  scanner: SecretScanner;
  logLines: string[];
  answers: RecordedAnswer[];
  mailbox: LocalMailbox;
  receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  sandboxes: Record<SandboxKey, RunningSandbox>;
  proxies: RecordingProxy[];
  /** An HTTP call to Ponte over its port; `auth` is a bearer token, or a cookie session with its CSRF token. */
  call(method: string, path: string, body?: unknown, auth?: string | { cookie: string; csrf: string } | null, extraHeaders?: Record<string, string>): Promise<Call>;
  /** The real `ponte` command against this Ponte's database, logging at trace; every run's output is kept. */
  cli(args: string[], stdin?: string): Promise<CliRun>;
  cliRuns: CliRun[];
  /** A call to a sandbox's own control API (never through the recording proxy). */
  control(key: SandboxKey, method: string, path: string, body?: unknown): Promise<Json>;
  close(): Promise<void>;
}

export async function startSecretsWorld(): Promise<SecretsWorld> {
  const scanner = new SecretScanner();
  const { logger, lines } = capturedLogger();
  const mailbox = await startLocalMailbox();
  const receiver = await startWebhookReceiver();
  const running = await startAllSandboxes({ host: '127.0.0.1', basePort: 0 });
  const sandboxes = Object.fromEntries(running.map((sandbox) => [sandbox.key, sandbox])) as Record<SandboxKey, RunningSandbox>;
  const proxies = await Promise.all(running.map((sandbox) => startRecordingProxy(sandbox.key, sandbox.baseUrl)));

  const smtpPassword = scanner.plant('SMTP password', uniqueSecret('smtp-pw-'), 'SMTP_URL (smtpUrl) user:password');
  const smtpUrl = `smtp://ponte-mailer:${encodeURIComponent(smtpPassword)}@127.0.0.1:${mailbox.port}`;
  const escalationSecret = scanner.plant('escalation webhook secret', `whsec_${randomBytes(32).toString('base64')}`, 'PONTE_ESCALATION_WEBHOOK_SECRET');
  const previousKey = randomBytes(32);
  scanner.plant('previous master key', previousKey.toString('base64'), 'PONTE_PREVIOUS_MASTER_KEYS', previousKey);

  const ponte = await startTestPonte({
    logger,
    smtpUrl,
    sandboxUrls: Object.fromEntries(running.map((sandbox, index) => [sandbox.key, proxies[index]!.url])),
    env: {
      PONTE_ESCALATION_WEBHOOK_URL: `${receiver.url}/escalations`,
      PONTE_ESCALATION_WEBHOOK_SECRET: escalationSecret,
      PONTE_PREVIOUS_MASTER_KEYS: previousKey.toString('base64'),
    },
  });
  const masterKey = ponte.testDatabase.env.PONTE_MASTER_KEY!;
  scanner.plant('master key', masterKey, 'PONTE_MASTER_KEY', Buffer.from(masterKey, 'base64'));
  const origin = await ponte.listen();
  const answers = recordAnswers(ponte.app.server);
  // The operator key's token the test acts with (made by the service, as `ponte keys create` would).
  const adminToken = scanner.plant('admin access token', await ponte.adminToken(), 'operator key exchanged by the service (startTestPonte.adminToken)');

  const call: SecretsWorld['call'] = async (method, path, body, auth, extraHeaders = {}) => {
    const given = auth === undefined ? adminToken : auth;
    const headers: Record<string, string> = { ...extraHeaders };
    if (typeof given === 'string') headers.authorization = `Bearer ${given}`;
    else if (given) Object.assign(headers, { cookie: given.cookie, 'x-csrf-token': given.csrf });
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${origin}${path}`, { method, headers, redirect: 'manual', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    let parsed: Json = {};
    try {
      parsed = text ? (JSON.parse(text) as Json) : {};
    } catch {
      parsed = {};
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
  };

  const cliRuns: CliRun[] = [];
  const cli: SecretsWorld['cli'] = (args, stdin) =>
    new Promise((resolve) => {
      const child = execFile(
        process.execPath,
        ['bin/ponte.js', ...args],
        { env: { ...process.env, ...ponte.testDatabase.env, LOG_LEVEL: 'trace', LOG_FORMAT: 'json' } },
        (error, stdout, stderr) => {
          const run = { args, code: error ? Number(error.code ?? 1) : 0, stdout, stderr };
          cliRuns.push(run);
          resolve(run);
        },
      );
      child.stdin!.end(stdin ?? '');
    });

  const control: SecretsWorld['control'] = async (key, method, path, body) => {
    const response = await fetch(`${new URL(sandboxes[key].baseUrl).origin}${path}`, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${key} sandbox ${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as Json;
  };

  return {
    ponte,
    origin,
    adminToken,
    scanner,
    logLines: lines,
    answers,
    mailbox,
    receiver,
    sandboxes,
    proxies,
    call,
    cli,
    cliRuns,
    control,
    async close() {
      await ponte.dispose();
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await Promise.all(running.map((sandbox) => sandbox.close()));
      await receiver.close();
      await mailbox.close();
    },
  };
}
