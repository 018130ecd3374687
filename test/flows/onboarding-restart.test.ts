import pino from 'pino';
import { afterAll, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { startLocalMailbox } from '../../src/platform/mail/index.ts';
import { createPonte, type Ponte } from '../../src/ponte.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait.ts';

const HOUR = 3_600_000;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

it('expires a Maxi Frota key on time although the server was stopped and started during its 12 hours', async () => {
  const database = await createTestDatabase();
  cleanups.push(() => database.dispose());
  const mailbox = await startLocalMailbox();
  cleanups.push(() => mailbox.close());
  const clock = new ManualClock('2026-03-02T10:00:00-03:00');
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', PONTE_MAIL_FROM: 'Ponte <ponte@ponte.example>', ...database.env });
  // The provider cannot be reached: the key waits, sealed, while the exchange is tried again.
  const start = (): Promise<Ponte> =>
    createPonte(config, {
      logger: pino({ level: 'silent' }),
      clock,
      role: 'all',
      queueMaintenanceSeconds: 1,
      sandboxUrls: { 'maxi-frota': 'http://127.0.0.1:9' },
      smtpUrl: mailbox.url,
      onboarding: { timerLookMs: 200, exchangeRetryMs: 1000 },
    });

  let ponte = await start();
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Frota Reinício', contactEmail: 'frota@reinicio.example' });
  const row = await ponte.onboarding.request(cliActor, { accountId: account.id, connector: 'maxi-frota', environment: 'sandbox' });
  const outcome = await ponte.onboarding.submit(cliActor, row.id, { authorizationKey: '7KQ2-M4PX-9TZB-C3NV-H8WD' }, { via: 'api' });
  expect(outcome).toMatchObject({ result: 'exchanging', integration: { state: 'credentials_received' } });

  clock.advance(6 * HOUR);
  await ponte.close();
  clock.advance(5 * HOUR);
  ponte = await start();
  cleanups.push(() => ponte.close());
  const stateOf = async () => (await ponte.integrations.findRow(ponte.database.db, row.id))!.state;
  // 11 hours after receipt: still waiting, once the restarted process's timer has looked at the clock.
  await waitFor(() => ponte.onboarding.queueSide.looks('onboarding.key-expiry') >= 2, 60_000);
  expect(await stateOf()).toBe('credentials_received');

  clock.advance(HOUR + 60_000);
  await waitFor(async () => (await stateOf()) === 'key_expired', 60_000);
  await mailbox.waitFor((mail) => mail.to.includes('frota@reinicio.example') && mail.subject.includes('nova chave'), 60_000);
  const timeline = await ponte.integrations.timeline(cliActor, row.id);
  expect(timeline.map((step) => step.to)).toEqual(['requested', 'awaiting_customer', 'credentials_received', 'key_expired']);
  expect(timeline.at(-1)).toMatchObject({ actor: 'system:onboarding.key-expiry' });
  // Fired once: the expiry of that step is not repeated.
  expect((await ponte.integrations.timeline(cliActor, row.id)).filter((step) => step.to === 'key_expired')).toHaveLength(1);
});
