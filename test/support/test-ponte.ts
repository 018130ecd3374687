import { pino } from 'pino';
import type { Clock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createPonte, type Ponte, type PonteOptions } from '../../src/ponte.ts';
import { startAllSandboxes, type RunningSandbox, type SandboxKey } from '../../src/connectors/sandboxes.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { cliActor } from '../../src/platform/actor.ts';

export interface TestPonte extends Ponte {
  testDatabase: TestDatabase;
  /** The provider sandboxes, when asked for, by connector key. */
  sandboxes: Partial<Record<SandboxKey, RunningSandbox>>;
  /** A 12-hour token of a fresh operator key (acts as admin). */
  adminToken(): Promise<string>;
  /** A token for a user through a fresh key linked to that user. */
  tokenFor(userId: string, environment?: 'sandbox' | 'production'): Promise<string>;
  /** Waits until every committed event can be read (PostgreSQL holds them back behind older running transactions). */
  eventsReadable(): Promise<void>;
  dispose(): Promise<void>;
}

/** A whole Ponte on a database of its own, for tests through app.inject() or a real port. */
export async function startTestPonte(
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    /** false: no job workers, as the api role runs (tests that turn the workers' crank themselves). */
    workers?: boolean;
    sandboxes?: boolean;
    /** Sandboxes the test runs itself, by connector key. */
    sandboxUrls?: Record<string, string>;
    sync?: PonteOptions['sync'];
    providerCalls?: PonteOptions['providerCalls'];
    smtpUrl?: string;
    notifications?: PonteOptions['notifications'];
    onboarding?: PonteOptions['onboarding'];
    live?: PonteOptions['live'];
    /** Instead of a silent logger (tests that read what was logged). */
    logger?: PonteOptions['logger'];
  } = {},
): Promise<TestPonte> {
  const testDatabase = await createTestDatabase();
  const running = options.sandboxes ? await startAllSandboxes({ host: '127.0.0.1', basePort: 0 }) : [];
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...testDatabase.env, ...options.env });
  const ponte = await createPonte(config, {
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(options.clock ? { clock: options.clock } : {}),
    role: options.workers === false ? 'api' : 'all',
    sandboxUrls: { ...Object.fromEntries(running.map((sandbox) => [sandbox.key, sandbox.baseUrl])), ...options.sandboxUrls },
    queueMaintenanceSeconds: 1,
    ...(options.sync ? { sync: options.sync } : {}),
    ...(options.providerCalls ? { providerCalls: options.providerCalls } : {}),
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    ...(options.notifications ? { notifications: options.notifications } : {}),
    ...(options.onboarding ? { onboarding: options.onboarding } : {}),
    ...(options.live ? { live: options.live } : {}),
  });
  const exchange = async (users: string[], environment: 'sandbox' | 'production') => {
    const key = await ponte.apiAccess.keys.create(cliActor, { name: 'test', environment, users });
    return (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
  };
  return Object.assign(ponte, {
    testDatabase,
    sandboxes: Object.fromEntries(running.map((sandbox) => [sandbox.key, sandbox])) as TestPonte['sandboxes'],
    adminToken: () => exchange([], 'sandbox'),
    tokenFor: (userId: string, environment: 'sandbox' | 'production' = 'sandbox') => exchange([userId], environment),
    eventsReadable: () => testDatabase.eventsReadable(),
    async dispose() {
      await ponte.close();
      await Promise.all(running.map((sandbox) => sandbox.close()));
      await testDatabase.dispose();
    },
  });
}
