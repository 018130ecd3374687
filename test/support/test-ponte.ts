import { pino } from 'pino';
import type { Clock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createPonte, type Ponte } from '../../src/ponte.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestPonte extends Ponte {
  testDatabase: TestDatabase;
  /** A 12-hour token of a fresh operator key (acts as admin). */
  adminToken(): Promise<string>;
  /** A token for a user through a fresh key linked to that user. */
  tokenFor(userId: string, environment?: 'sandbox' | 'production'): Promise<string>;
  dispose(): Promise<void>;
}

/** A whole Ponte on a database of its own, for tests through app.inject() or a real port. */
export async function startTestPonte(options: { clock?: Clock; env?: Record<string, string>; workers?: boolean } = {}): Promise<TestPonte> {
  const testDatabase = await createTestDatabase();
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...testDatabase.env, ...options.env });
  const ponte = await createPonte(config, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(options.clock ? { clock: options.clock } : {}),
    workers: options.workers ?? true,
  });
  const exchange = async (users: string[], environment: 'sandbox' | 'production') => {
    const key = await ponte.apiAccess.keys.create('cli', { name: 'test', environment, users });
    return (await ponte.apiAccess.tokens.exchangeKey({ apiKey: key.key })).accessToken;
  };
  return Object.assign(ponte, {
    testDatabase,
    adminToken: () => exchange([], 'sandbox'),
    tokenFor: (userId: string, environment: 'sandbox' | 'production' = 'sandbox') => exchange([userId], environment),
    async dispose() {
      await ponte.close();
      await testDatabase.dispose();
    },
  });
}
