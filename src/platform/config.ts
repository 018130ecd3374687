import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { MAX_REPLY_BASE_LOCAL_PART } from './mail/reply-address.ts';
import {
  type BusinessCalendarSettings,
  DEFAULT_BUSINESS_CALENDAR,
  isTimeZone,
  parseBusinessDays,
  parseBusinessHours,
  parseExtraHolidays,
  parseHolidayRegion,
} from './calendar/business-calendar-settings.ts';
import { PROCESS_ROLES, type ProcessRole } from './process-roles.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;

export type { ProcessRole } from './process-roles.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const urlWithProtocols = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}, e.g. ${example}`);

const positiveInteger = (fallback: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback);

// proxy-addr's names for common ranges, which Fastify's trustProxy accepts beside addresses.
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a CIDR range (10.0.0.1, 10.0.0.0/8, fd00::/8) or a named range (loopback). */
const isAddressOrRange = (text: string): boolean => {
  if (PROXY_RANGE_NAMES.includes(text)) return true;
  const [address = '', prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
};

// Which proxies may name the client in X-Forwarded-For: none, or the proxies' addresses. Neither "true" nor a hop
// count (Fastify 5 no longer honours one): both would let a client pick the address its refused sign-ins count against.
const trustProxy = z
  .string()
  .trim()
  .transform((value, context): false | string[] => {
    if (value === '' || value === 'off') return false;
    const entries = value.split(',').map((entry) => entry.trim());
    if (entries.every(isAddressOrRange)) return entries;
    context.addIssue({
      code: 'custom',
      message: `must be off or comma-separated proxy addresses, CIDR ranges or ${PROXY_RANGE_NAMES.join('/')}, e.g. 10.0.0.0/8`,
    });
    return z.NEVER;
  })
  .default(false);

// Reply addresses get `+<routing id>.<signature>` appended to the local part, which SMTP caps at 64 characters.
const REPLY_ADDRESS = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i;
const replyAddressProblem = (address: string): string | null => {
  if (address.includes('+')) return 'must be an address without +, since Ponte adds +<ticket>.<signature> to it';
  if (!REPLY_ADDRESS.test(address)) return 'must be a bare address of letters, digits, dots, - and _, e.g. suporte@ponte.example.com';
  if (address.split('@')[0]!.length > MAX_REPLY_BASE_LOCAL_PART) {
    return `must have at most ${MAX_REPLY_BASE_LOCAL_PART} characters before the @, to leave room for +<ticket>.<signature>`;
  }
  return null;
};
/** A variable read by one of the calendar's parsers, which say what is wrong in their own words. */
const parsedBy = <T>(parse: (text: string) => { ok: true; value: T } | { ok: false; problem: string }) =>
  z.string().transform((text, context): T => {
    const parsed = parse(text.trim());
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  });

/** Environment variables Ponte reads, with what each one accepts. */
const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: optionalText.pipe(urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user@host:5432/ponte').optional()),
  PONTE_DATA_DIR: z.string().trim().min(1).default('./data'),
  PONTE_WEB_DIST: optionalText,
  PONTE_MASTER_KEY: optionalText.pipe(
    z
      .string()
      .refine(
        (value) => Buffer.from(value, 'base64').length === 32,
        'must be 32 bytes in base64 (generate one with: openssl rand -base64 32)',
      )
      .optional(),
  ),
  PONTE_PREVIOUS_MASTER_KEYS: optionalText.pipe(
    z
      .string()
      .refine(
        (value) => value.split(',').every((key) => Buffer.from(key.trim(), 'base64').length === 32),
        'must be a comma-separated list of 32-byte base64 keys',
      )
      .optional(),
  ),
  PUBLIC_URL: optionalText.pipe(urlWithProtocols(['http:', 'https:'], 'https://ponte.example.com').optional()),
  SMTP_URL: optionalText.pipe(urlWithProtocols(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.com:587').optional()),
  PONTE_MAIL_FROM: z
    .string()
    .trim()
    .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address, e.g. Ponte <ponte@example.com>')
    .default('Ponte <ponte@localhost>'),
  PONTE_MAILBOX_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4025),
  PONTE_INBOUND_SMTP_PORT: optionalText.pipe(
    z.coerce
      .number<string>({ error: 'must be a port number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .optional(),
  ),
  PONTE_INBOUND_SMTP_HOST: z.string().trim().min(1).default('127.0.0.1'),
  PONTE_REPLY_ADDRESS: optionalText.pipe(
    z
      .string()
      .transform((address, context) => {
        const problem = replyAddressProblem(address);
        if (problem) context.addIssue({ code: 'custom', message: problem });
        return address.toLowerCase();
      })
      .optional(),
  ),
  PONTE_SUPPORT_ADDRESS: optionalText.pipe(
    z
      .string()
      .regex(REPLY_ADDRESS, 'must be a bare address, e.g. suporte@ponte.example.com')
      .transform((address) => address.toLowerCase())
      .optional(),
  ),
  PONTE_ESCALATION_WEBHOOK_URL: optionalText.pipe(urlWithProtocols(['http:', 'https:'], 'https://tracker.example.com/hooks/ponte').optional()),
  PONTE_ESCALATION_WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, 'must be a Standard Webhooks secret: whsec_ and at least 24 random bytes in base64 (whsec_$(openssl rand -base64 32))')
      .optional(),
  ),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS, { error: `must be one of ${LOG_FORMATS.join(', ')}` }).default('auto'),
  PONTE_PROVIDER_BASE_URLS: optionalText.pipe(
    z
      .string()
      .transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"maxi-frota":{"api":"https://api.example.com"}}' });
          return z.NEVER;
        }
      })
      .pipe(
        z.record(
          z.string(),
          z.record(z.string(), urlWithProtocols(['https:', 'http:'], 'https://api.example.com'), { error: 'must map each API name to a URL' }),
          { error: 'must be a JSON object of connector keys, e.g. {"maxi-frota":{"api":"https://api.example.com"}}' },
        ),
      )
      .optional(),
  ),
  // Default: on for a single process (role all), off for the api and worker roles (see loadConfig).
  PONTE_SANDBOXES: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
  PONTE_SANDBOX_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65531')
    .max(65531, 'must be between 0 and 65531')
    .default(4010),
  PONTE_REQUEST_LOG_RETENTION_DAYS: positiveInteger(30, 3650),
  PONTE_SHUTDOWN_TIMEOUT_SECONDS: positiveInteger(30, 600),
  PONTE_TRUST_PROXY: trustProxy,
  PONTE_AUTH_FAILURES_PER_ADDRESS: positiveInteger(30, 100_000),
  PONTE_AUTH_FAILURES_PER_EMAIL: positiveInteger(10, 100_000),
  PONTE_AUTH_FAILURE_WINDOW_MINUTES: positiveInteger(15, 1440),
  PONTE_ROLE: z.enum(PROCESS_ROLES, { error: `must be one of ${PROCESS_ROLES.join(', ')}` }).default('all'),
  PONTE_TIMEZONE: z.string().trim().refine(isTimeZone, 'must be an IANA time zone, e.g. America/Sao_Paulo').default(DEFAULT_BUSINESS_CALENDAR.timeZone),
  PONTE_BUSINESS_HOURS: parsedBy(parseBusinessHours).default(() => ({ opensAt: DEFAULT_BUSINESS_CALENDAR.opensAt, closesAt: DEFAULT_BUSINESS_CALENDAR.closesAt })),
  PONTE_BUSINESS_DAYS: parsedBy(parseBusinessDays).default(() => [...DEFAULT_BUSINESS_CALENDAR.workdays]),
  // Unset, date-holidays is not even loaded: its 200 countries' rules take a while to read.
  PONTE_HOLIDAYS: parsedBy(parseHolidayRegion).default(() => ({ ...DEFAULT_BUSINESS_CALENDAR.holidays })),
  PONTE_EXTRA_HOLIDAYS: parsedBy(parseExtraHolidays).default(() => []),
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** The browser app's build folder (Vite's web/dist) when PONTE_WEB_DIST names one; unset: the package's web/dist. */
  webDist: string | undefined;
  /** Base64 master key, when given; the embedded mode generates one into the data folder when it is not. */
  masterKey: string | undefined;
  /** Master keys replaced by a rotation, still needed to open secrets not yet re-wrapped. */
  previousMasterKeys: string[];
  publicUrl: string;
  /** Whether PUBLIC_URL was given; if not, the address Ponte ends up listening on is used (port 0 included). */
  publicUrlGiven: boolean;
  smtpUrl: string | undefined;
  /** The From of notification e-mails. */
  mailFrom: string;
  /** Where `ponte start` runs its local mailbox when no SMTP_URL is set (with the sandboxes on); 0 picks a free port. */
  mailboxPort: number;
  /** The SMTP listener for replies to Ponte's e-mails: none when the port is unset; port 0 picks a free one. */
  inboundSmtp: { host: string; port: number | undefined };
  /** Base of the signed reply addresses (`suporte+<ticket>.<signature>@domain`): a bare address without `+`. */
  replyAddress: string;
  /** Mail to this address opens a support ticket (intake by e-mail); none when unset. */
  supportAddress: string | undefined;
  /** Where escalations to engineering are posted (the operator's issue tracker), signed with the secret; none when unset. */
  escalationWebhook: { url: string; secret: string } | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** `ponte start`'s log lines: readable on a terminal and JSON otherwise (`auto`), or always one of the two. */
  logFormat: (typeof LOG_FORMATS)[number];
  /** Provider base URLs replacing the real hosts in the production environment, by connector and API name. */
  providerBaseUrls: Record<string, Record<string, string>>;
  /** Whether `ponte start` runs the provider sandboxes beside the server, for the sandbox environment. */
  sandboxes: boolean;
  /** First sandbox port (PagHiper; the others follow); 0 picks free ports. */
  sandboxPort: number;
  requestLogRetentionDays: number;
  shutdownTimeoutSeconds: number;
  /** Fastify's trustProxy: which proxies' X-Forwarded-For names the client (false: the socket's address does). */
  trustProxy: false | string[];
  /** Refused sign-ins (POST /v1/auth/token and /v1/auth/login) allowed per window before 429. */
  authFailureLimits: { perAddress: number; perEmail: number; windowMinutes: number };
  /** What `ponte start` runs in this process; `api` and `worker` need PostgreSQL (other processes do the rest). */
  role: ProcessRole;
  /** Business days, hours and holidays of deadlines and reminders (createBusinessCalendar makes the calendar). */
  businessCalendar: BusinessCalendarSettings;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws a ConfigError naming every variable that is wrong. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    );
  }
  const value = parsed.data;
  if (value.DATABASE_URL && !value.PONTE_MASTER_KEY) {
    throw new ConfigError([
      {
        variable: 'PONTE_MASTER_KEY',
        message:
          'is required with DATABASE_URL (PostgreSQL): set it to 32 random bytes in base64 (openssl rand -base64 32) and keep it safe',
      },
    ]);
  }
  // The embedded database belongs to one process, so nothing else could run the other half.
  if (value.PONTE_ROLE !== 'all' && !value.DATABASE_URL) {
    throw new ConfigError([
      {
        variable: 'PONTE_ROLE',
        message: `${value.PONTE_ROLE} (from --role or PONTE_ROLE) needs DATABASE_URL (PostgreSQL): the embedded database admits one process only, which runs as all (API and workers together)`,
      },
    ]);
  }
  // Sandboxes inside one process keep their stores in its memory: an api process and a worker would each see others.
  if (value.PONTE_ROLE !== 'all' && value.PONTE_SANDBOXES === 'on') {
    throw new ConfigError([
      {
        variable: 'PONTE_SANDBOXES',
        message: `on runs the provider sandboxes inside one process, which the ${value.PONTE_ROLE} role shares with others: set it to off, or run a trial as one process (--role all)`,
      },
    ]);
  }
  if (Boolean(value.PONTE_ESCALATION_WEBHOOK_URL) !== Boolean(value.PONTE_ESCALATION_WEBHOOK_SECRET)) {
    const missing = value.PONTE_ESCALATION_WEBHOOK_URL ? 'PONTE_ESCALATION_WEBHOOK_SECRET' : 'PONTE_ESCALATION_WEBHOOK_URL';
    throw new ConfigError([{ variable: missing, message: 'is needed too: escalations are posted to the URL signed with the secret (set both, or neither)' }]);
  }
  const replyAddress = value.PONTE_REPLY_ADDRESS ?? defaultReplyAddress(value.PONTE_MAIL_FROM);
  return {
    port: value.PORT,
    host: value.HOST,
    databaseUrl: value.DATABASE_URL,
    dataDir: path.resolve(value.PONTE_DATA_DIR),
    webDist: value.PONTE_WEB_DIST === undefined ? undefined : path.resolve(value.PONTE_WEB_DIST),
    masterKey: value.PONTE_MASTER_KEY,
    previousMasterKeys: value.PONTE_PREVIOUS_MASTER_KEYS?.split(',').map((key) => key.trim()) ?? [],
    publicUrl: value.PUBLIC_URL ?? `http://${value.HOST === '0.0.0.0' ? '127.0.0.1' : value.HOST}:${value.PORT}`,
    publicUrlGiven: value.PUBLIC_URL !== undefined,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.PONTE_MAIL_FROM,
    mailboxPort: value.PONTE_MAILBOX_PORT,
    inboundSmtp: { host: value.PONTE_INBOUND_SMTP_HOST, port: value.PONTE_INBOUND_SMTP_PORT },
    replyAddress,
    supportAddress: value.PONTE_SUPPORT_ADDRESS,
    escalationWebhook:
      value.PONTE_ESCALATION_WEBHOOK_URL && value.PONTE_ESCALATION_WEBHOOK_SECRET ? { url: value.PONTE_ESCALATION_WEBHOOK_URL, secret: value.PONTE_ESCALATION_WEBHOOK_SECRET } : undefined,
    logLevel: value.LOG_LEVEL,
    logFormat: value.LOG_FORMAT,
    providerBaseUrls: value.PONTE_PROVIDER_BASE_URLS ?? {},
    sandboxes: (value.PONTE_SANDBOXES ?? (value.PONTE_ROLE === 'all' ? 'on' : 'off')) === 'on',
    sandboxPort: value.PONTE_SANDBOX_PORT,
    requestLogRetentionDays: value.PONTE_REQUEST_LOG_RETENTION_DAYS,
    shutdownTimeoutSeconds: value.PONTE_SHUTDOWN_TIMEOUT_SECONDS,
    trustProxy: value.PONTE_TRUST_PROXY,
    authFailureLimits: {
      perAddress: value.PONTE_AUTH_FAILURES_PER_ADDRESS,
      perEmail: value.PONTE_AUTH_FAILURES_PER_EMAIL,
      windowMinutes: value.PONTE_AUTH_FAILURE_WINDOW_MINUTES,
    },
    role: value.PONTE_ROLE,
    businessCalendar: {
      timeZone: value.PONTE_TIMEZONE,
      ...value.PONTE_BUSINESS_HOURS,
      workdays: value.PONTE_BUSINESS_DAYS,
      holidays: value.PONTE_HOLIDAYS,
      extraHolidays: value.PONTE_EXTRA_HOLIDAYS,
    },
  };
}

/** `suporte@` and the domain of PONTE_MAIL_FROM; refused (naming PONTE_REPLY_ADDRESS) when that makes no usable address. */
function defaultReplyAddress(mailFrom: string): string {
  const address = `suporte@${(/<([^<>]+)>/.exec(mailFrom)?.[1] ?? mailFrom).split('@').at(-1)!.trim()}`;
  const problem = replyAddressProblem(address);
  if (problem) {
    throw new ConfigError([
      { variable: 'PONTE_REPLY_ADDRESS', message: `is unset and the default taken from PONTE_MAIL_FROM, ${address}, ${problem}: set it` },
    ]);
  }
  return address.toLowerCase();
}
