import { afterAll, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { TimerRig } from '../reliability/support/timers-rig.ts';
import { waitFor } from '../support/wait.ts';

/**
 * A worker killed after a timer's job committed what it does, and before the queue heard that the job finished,
 * leaves the job to be run again (pg-boss puts an expired active job back to `retry`, same id and data). Run again,
 * a timer must neither do its work a second time nor set a second timer beside the first. The kill's window is a
 * few milliseconds wide, so the test puts the finished job back to `retry` as the queue's maintenance would; the
 * crash suites kill real workers.
 */
const DAY = 24 * 3_600_000;
// Monday 2 March 2026, 10:00 in São Paulo.
const START = '2026-03-02T10:00:00-03:00';
let rig: TimerRig | undefined;
afterAll(async () => {
  await rig?.dispose();
});

it('does a timer’s work once and keeps one timer when the queue runs its job again after a worker died', async () => {
  rig = await TimerRig.create(START, { onboarding: { timerLookMs: 200 } });
  const { mailbox, database } = rig;
  const ponte = await rig.start();

  const approvalAccount = await ponte.accounts.createAccount(cliActor, { name: 'Frota Aprovação', contactEmail: 'aprovacao@frota.example' });
  const approval = await ponte.onboarding.request(cliActor, { accountId: approvalAccount.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: 1 }, credentials: { username: 'frota', password: 'segredo' } });
  expect(approval.state).toBe('pending_provider_approval');
  const waitingAccount = await ponte.accounts.createAccount(cliActor, { name: 'Frota Espera', contactEmail: 'espera@frota.example' });
  const waiting = await ponte.onboarding.request(cliActor, { accountId: waitingAccount.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: 2 } });
  expect(waiting.state).toBe('awaiting_customer');

  const jobsOf = async (name: string, match: Record<string, unknown>) =>
    (
      await ponte.database.pool.query<{ id: string; state: string }>(`select id, state from pgboss.job where name = $1 and data @> $2::jsonb order by completed_on desc nulls first`, [
        name,
        JSON.stringify(match),
      ])
    ).rows;
  const pending = (name: string, match: Record<string, unknown>) => rig!.pendingJobs(name, match);
  /** What the queue does with the job of a worker that died: back to be run, same id, same data; then waits for that run. */
  const runAgain = async (id: string) => {
    await ponte.database.pool.query(`update pgboss.job set state = 'retry', start_after = now(), completed_on = null, retry_count = retry_count + 1 where id = $1`, [id]);
    await waitFor(async () => (await ponte.database.pool.query<{ state: string }>(`select state from pgboss.job where id = $1`, [id])).rows[0]?.state === 'completed', 60_000);
  };
  const warning = { integrationId: approval.id, stage: 'warning' };

  // A look at the clock before the deadline, run again, sets the same next look: still one warning timer.
  const looks = () => ponte.onboarding.queueSide.looks('onboarding.approval-sla');
  await waitFor(() => looks() >= 4, 60_000);
  const looked = (await jobsOf('onboarding.approval-sla', warning)).find((job) => job.state === 'completed')!;
  expect(looked, 'a warning timer that looked at the clock and set its next look').toBeDefined();
  await runAgain(looked.id);
  const before = looks();
  await waitFor(() => looks() >= before + 2, 60_000);
  expect(await pending('onboarding.approval-sla', warning), 'warning timers waiting').toBe(1);

  // Past the warning (12 days on, at the next business opening) and both reminders, before the 15-day breach.
  rig.jumpTo(new Date(Date.parse(START) + 14 * DAY));
  const warningsAnnounced = async () => {
    await database.eventsReadable();
    return (await ponte.events.list(ponte.database.db, { integrationId: approval.id, type: 'integration.approval_sla_warning', limit: 10 })).data.length;
  };
  const reminders = () => mailbox.messages().filter((mail) => mail.to.includes('espera@frota.example') && mail.subject.includes('Lembrete')).length;
  await waitFor(async () => (await warningsAnnounced()) === 1 && (await pending('onboarding.approval-sla', warning)) === 0, 60_000);
  await waitFor(async () => reminders() === 2 && (await pending('onboarding.mail', { integrationId: waiting.id })) === 0, 60_000);

  // The jobs that fired, run again: no second event, agents' note or e-mail.
  const [fired] = await jobsOf('onboarding.approval-sla', warning);
  await runAgain(fired!.id);
  const reminder = { integrationId: waiting.id, businessDays: 1 };
  const [reminded] = await jobsOf('onboarding.reminder', reminder);
  await runAgain(reminded!.id);
  await waitFor(async () => (await pending('onboarding.mail', { integrationId: waiting.id })) === 0, 60_000);

  expect(await warningsAnnounced(), 'approval SLA warnings announced').toBe(1);
  const [ticket] = await ponte.tickets.list(cliActor, { integrationId: approval.id, limit: 1 });
  const notes = (await ponte.tickets.get(cliActor, ticket!.id)).messages.filter((message) => message.visibility === 'internal' && message.body.includes('pendente há'));
  expect(notes, 'agents’ notes of the warning').toHaveLength(1);
  expect(reminders(), 'reminders e-mailed').toBe(2);
  expect(await pending('onboarding.reminder', { integrationId: waiting.id }), 'reminder timers waiting').toBe(0);
});
