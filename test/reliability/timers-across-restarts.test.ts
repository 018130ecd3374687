import { afterAll, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { BusinessCalendar } from '../../src/platform/calendar/business-calendar.ts';
import { SeededRandom } from '../support/fuzz/seeded-random.ts';
import { waitFor } from '../support/wait.ts';
import { LONG_FORM, reportFigures, scaled } from './support/long-form.ts';
import { TimerRig } from './support/timers-rig.ts';

/**
 * Issue 17, item 3: the onboarding's timers across restarts. A whole Ponte runs on one database (the same PGlite data
 * folder reopened, or the same PostgreSQL database), is stopped and started again while its timers run, and Ponte's
 * clock is moved before, during and after the stops. Each timer must fire once (one state change, one event, one
 * e-mail over real SMTP; not two after a restart, not zero) and on time (never before its deadline; after it, within
 * the queue's polling bound of the first moment a running server could see it due).
 *
 * Timers in src, and what this suite covers:
 * - `onboarding.key-expiry`: Maxi Frota's key not exchanged 12 hours after receipt → `key_expired` and an e-mail. Covered.
 * - `onboarding.approval-sla`: Ticket Log's approval pending 12 days (warning, at the next business opening) and 15
 *   days (breach) → an event and an internal note each. Covered.
 * - `onboarding.reminder`: a customer asked for credentials (or for a new key) is reminded by e-mail 1 and 3 business
 *   days later. Covered.
 * - `onboarding.validation-request` (after a fuel card's activation, a check every 10 minutes for the first data) is
 *   the same kind of timer (ClockTimers); `onboarding.exchange-key` (the exchange retried while the provider is away)
 *   and `sync.backfill`'s deferrals are plain delayed jobs. Not covered here (the exchange retry runs throughout,
 *   though: the keys' provider is unreachable).
 * - Cron sweeps on real time, with no deadline of their own: `support.sla-sweep` (support tickets' SLA breaches, every
 *   minute, marked once under the row's update), `onboarding.reconnects`, `sync.detect-overdue` (hourly),
 *   `sync.daily-summaries`, `api-access.purge-request-log`. Not covered: a cron's bound is a minute of real time.
 * - Rows with a due time, polled by a loop: notifications' `scheduled_at` (delayed rules, buyers' due-date reminders
 *   for boletos), sync schedules' `next_sync_at`, the escalation webhook's retries. Not covered here.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How often a timer looks at Ponte's clock at most (real time): how soon it notices that the clock jumped. */
const TIMER_LOOK_MS = 200;
/** pg-boss's polling interval in Ponte (queue.ts): a job due now waits up to this long to be fetched. */
const QUEUE_POLL_MS = 500;
/**
 * The queue's polling bound for a timer, and for the e-mail job it may queue: a look at the clock, a fetch of the
 * timer's job, a fetch of the mail job. The allowance on top is for a loaded 2-core machine (and for a server's own
 * start, when the deadline passed while it was down); the report gives the measured lateness.
 */
const LATENESS_BOUND_SECONDS = (TIMER_LOOK_MS + 2 * QUEUE_POLL_MS) / 1000 + 15;
/** How close to a deadline the clock is set before real time carries it over, while a server watches. */
const APPROACH_MS = 2000;

const ROUNDS = scaled(1, 3);
/** Restarts at random moments added to each waiting stretch (the long form's). */
const EXTRA_RESTARTS = scaled(0, 2);
// The long form's restart moments are random; TIMERS_SEED replays a run's.
const seed = Number(process.env.TIMERS_SEED || Math.floor(Math.random() * 2 ** 31));
const random = new SeededRandom(seed);

type TimerKind = 'key-expiry' | 'approval-warning' | 'approval-breach' | 'reminder';

interface TimerCase {
  label: string;
  kind: TimerKind;
  integrationId: string;
  /** When the step that set it was entered, on Ponte's clock. */
  setAt: Date;
  deadline: Date;
  /** The moments it fired (state changes, events, e-mails sent), on Ponte's clock. */
  firings(): Promise<Date[]>;
  /** E-mails it sent, as the mailbox received them; null for a timer that sends none. */
  mails(): Promise<number | null>;
  /** Its jobs (and its e-mail's) still to run. */
  pending(): Promise<number>;
  /** What else each firing leaves, counted (the event beside the agents' note), once the firing is seen. */
  traces?(): Promise<number>;
  checked?: { firedAt: Date; latenessSeconds: number; restarts: number; dueWhileDown: boolean; mails: number | null };
}

let rig: TimerRig | undefined;
afterAll(async () => {
  await rig?.dispose();
}, 120_000);

it('fires each onboarding timer once and on time across restarts, with the clock moved before, during and after them', { timeout: scaled(300_000, 1_800_000) }, async () => {
  const started = Date.now();
  // Monday 2 March 2026, 10:00 in São Paulo: a business day with no holiday near.
  const firstStart = new Date('2026-03-02T10:00:00-03:00');
  // The provider cannot be reached: a received key waits sealed, the exchange retried, while its 12 hours run.
  rig = await TimerRig.create(firstStart.toISOString(), {
    sandboxUrls: { 'maxi-frota': 'http://127.0.0.1:9' },
    onboarding: { timerLookMs: TIMER_LOOK_MS, exchangeRetryMs: 1000 },
  });
  const r = rig;
  const calendar = new BusinessCalendar(r.config.businessCalendar);
  const cases: TimerCase[] = [];
  /** Each customer reminded twice (1 and 3 business days), by address. */
  const remindedContacts: string[] = [];
  let boots = 0;

  const start = async () => {
    await r.start();
    boots += 1;
  };
  const restart = async (during?: Date) => {
    await r.stop();
    if (during) r.jumpTo(during);
    await start();
  };
  /** The long form's restarts at random moments between now and `before` (moved there while running, and while down). */
  const randomRestarts = async (before: Date) => {
    for (let i = 0; i < EXTRA_RESTARTS; i++) {
      const now = r.clock.now().getTime();
      const room = before.getTime() - 10 * 60_000 - now;
      if (room <= 0) return;
      r.jumpTo(new Date(now + random.next() * room * 0.5));
      const stoppedAt = r.clock.now().getTime();
      await restart(new Date(stoppedAt + random.next() * (before.getTime() - 10 * 60_000 - stoppedAt)));
    }
  };

  const ponte = () => r.ponte;
  const timeline = async (id: string) => ponte().integrations.timeline(cliActor, id);
  const enteredAt = async (id: string, state: string) => new Date((await timeline(id)).findLast((step) => step.to === state)!.at);
  const eventsOf = async (id: string, type: string) => {
    await r.database.eventsReadable();
    return (await ponte().events.list(ponte().database.db, { integrationId: id, type, limit: 100 })).data.map((event) => new Date(event.occurredAt));
  };
  const ticketOf = async (id: string) => (await ponte().tickets.list(cliActor, { integrationId: id, limit: 10 }))[0]!;
  const messagesOf = async (id: string) => (await ponte().tickets.get(cliActor, (await ticketOf(id)).id)).messages;
  const mailsTo = (to: string, subject: string) => r.mailbox.messages().filter((mail) => mail.to.includes(to) && mail.subject.includes(subject)).length;
  const pendingOf = async (id: string, job: string, match: Record<string, unknown>, mailKind: string | null) =>
    (await r.pendingJobs(job, { integrationId: id, ...match })) + (mailKind ? await r.pendingJobs('onboarding.mail', { integrationId: id, kind: mailKind }) : 0);

  /** Waits until every pending timer of `job` in the running process has looked at the clock twice since now. */
  const lookedAgain = async (job: string) => {
    const pending = await r.pendingJobs(job, {});
    const before = ponte().onboarding.queueSide.looks(job);
    await waitFor(() => ponte().onboarding.queueSide.looks(job) >= before + 2 * pending, 60_000);
  };
  /** No timer has fired before its deadline (Ponte's clock never goes back: one not due yet has not fired at all). */
  const noneEarly = async () => {
    for (const timer of cases) {
      const early = (await timer.firings()).filter((at) => at < timer.deadline);
      expect(early, `${timer.label} fired before its deadline ${timer.deadline.toISOString()}`).toEqual([]);
    }
  };
  /** The timer fired, once, not before its deadline, within the polling bound; and what it does is done once. */
  const firedOnce = async (timer: TimerCase) => {
    await waitFor(async () => (await timer.firings()).length > 0, 60_000).catch(async (error: Error) => {
      const { rows } = await r.ponte.database.pool.query(`select name, state, data, start_after, retry_count, output from pgboss.job where data->>'integrationId' = $1 order by created_on desc limit 8`, [timer.integrationId]);
      throw new Error(`${timer.label} (due ${timer.deadline.toISOString()}) did not fire (${error.message}): it was lost. Now ${r.clock.now().toISOString()}; its jobs: ${JSON.stringify(rows)}`);
    });
    // Nothing of it left in the queue: a second firing, if there is one to come, has come.
    await waitFor(async () => (await timer.pending()) === 0, 60_000);
    const sendsMail = (await timer.mails()) !== null;
    if (sendsMail) await waitFor(async () => (await timer.mails())! >= 1, 30_000);
    const firings = await timer.firings();
    expect(firings, `${timer.label} fired ${firings.length} times`).toHaveLength(1);
    const firedAt = firings[0]!;
    expect(firedAt.getTime(), `${timer.label} fired at ${firedAt.toISOString()}, before its deadline ${timer.deadline.toISOString()}`).toBeGreaterThanOrEqual(timer.deadline.getTime());
    // A timer that fired while its server was still starting (its workers run before createPonte returns) was not late.
    const latenessSeconds = Math.max(0, (firedAt.getTime() - r.firstChanceAt(timer.deadline)!.getTime()) / 1000);
    expect(latenessSeconds, `${timer.label} fired ${latenessSeconds} s after it could`).toBeLessThanOrEqual(LATENESS_BOUND_SECONDS);
    const mails = await timer.mails();
    if (sendsMail) expect(mails, `${timer.label}: e-mails sent`).toBe(1);
    if (timer.traces) {
      await waitFor(async () => (await timer.traces!()) >= 1, 30_000);
      expect(await timer.traces(), `${timer.label}: events announced`).toBe(1);
    }
    timer.checked = { firedAt, latenessSeconds, restarts: r.stopsBetween(timer.setAt, timer.deadline), dueWhileDown: r.downAt(timer.deadline), mails };
  };
  /** Sets the clock just before the deadline and lets real time carry it over while the server watches. */
  const crossLive = async (timer: TimerCase) => {
    r.jumpTo(new Date(timer.deadline.getTime() - APPROACH_MS));
    await noneEarly();
    await firedOnce(timer);
  };

  const keyExpiry = async (label: string, id: string, contact: string): Promise<TimerCase> => {
    const setAt = await enteredAt(id, 'credentials_received');
    return {
      label,
      kind: 'key-expiry',
      integrationId: id,
      setAt,
      deadline: new Date(setAt.getTime() + 12 * HOUR),
      firings: async () => (await timeline(id)).filter((step) => step.to === 'key_expired').map((step) => new Date(step.at)),
      mails: async () => mailsTo(contact, 'precisamos de uma nova chave'),
      pending: () => pendingOf(id, 'onboarding.key-expiry', {}, 'key_expired'),
    };
  };
  /** Reminders of the step entered at `setAt` (1 and 3 business days on): each counts the reminders sent in its own window. */
  const reminders = (label: string, id: string, contact: string, setAt: Date): TimerCase[] => {
    const deadlines = [1, 3].map((days) => calendar.addBusinessDays(setAt, days));
    const sent = async () => (await messagesOf(id)).filter((message) => message.visibility === 'public' && message.subject?.includes('Lembrete'));
    const inWindow = (index: number) => (at: Date) => (index === 0 || at >= deadlines[index]!) && (index === deadlines.length - 1 || at < deadlines[index + 1]!);
    return [1, 3].map((days, index) => ({
      label: `${label} reminder after ${days} business day${days > 1 ? 's' : ''}`,
      kind: 'reminder' as const,
      integrationId: id,
      setAt,
      deadline: deadlines[index]!,
      // Before the first deadline, any reminder is this one's early firing; after the last, any is the last one's.
      firings: async () => (await sent()).map((message) => new Date(message.createdAt)).filter(inWindow(index)),
      // The e-mails the mailbox received for this window's reminders (a ticket keeps each one sent, by its Message-ID).
      mails: async () => {
        const ids = new Set((await sent()).filter((message) => inWindow(index)(new Date(message.createdAt))).map((message) => message.mailMessageId));
        return r.mailbox.messages().filter((mail) => mail.to.includes(contact) && ids.has(mail.messageId)).length;
      },
      pending: () => pendingOf(id, 'onboarding.reminder', { businessDays: days }, 'reminder'),
    }));
  };
  const approval = async (label: string, id: string): Promise<TimerCase[]> => {
    const setAt = await enteredAt(id, 'pending_provider_approval');
    const notes = async (words: string) => (await messagesOf(id)).filter((message) => message.visibility === 'internal' && message.body.includes(words)).map((message) => new Date(message.createdAt));
    const stage = (kind: 'approval-warning' | 'approval-breach', deadline: Date, type: string, words: string, stageName: string): TimerCase => ({
      label: `${label} ${kind}`,
      kind,
      integrationId: id,
      setAt,
      deadline,
      // The agents' note and the event are written together: each firing is one of each.
      firings: () => notes(words),
      traces: async () => (await eventsOf(id, type)).length,
      mails: async () => null,
      pending: () => pendingOf(id, 'onboarding.approval-sla', { stage: stageName }, null),
    });
    return [
      // Day 12, at the next business opening; day 15, the SLA's own moment.
      stage('approval-warning', calendar.nextOpen(new Date(setAt.getTime() + 12 * DAY)), 'integration.approval_sla_warning', 'pendente há 12 dias', 'warning'),
      stage('approval-breach', new Date(setAt.getTime() + 15 * DAY), 'integration.approval_sla_breached', 'vencido', 'breach'),
    ];
  };

  await start();
  for (let round = 1; round <= ROUNDS; round++) {
    // Each round five weeks after the last began: the same weekdays.
    r.jumpTo(new Date(firstStart.getTime() + (round - 1) * 35 * DAY));
    const account = async (name: string, contactEmail: string) => ponte().accounts.createAccount(cliActor, { name: `${name} ${round}`, contactEmail });
    const keyAt = async (name: string, contact: string) => {
      const { id: accountId } = await account(name, contact);
      const row = await ponte().onboarding.request(cliActor, { accountId, connector: 'maxi-frota', environment: 'sandbox' });
      const outcome = await ponte().onboarding.submit(cliActor, row.id, { authorizationKey: '7KQ2-M4PX-9TZB-C3NV-H8WD' }, { via: 'api' });
      expect(outcome).toMatchObject({ result: 'exchanging', integration: { state: 'credentials_received' } });
      return row.id;
    };
    const contacts = { a: `frota-a-${round}@timers.example`, b: `frota-b-${round}@timers.example`, waiting: `frota-r-${round}@timers.example` };

    // Key A is received now, key B an hour later; a Ticket Log waits for its provider; another for its customer.
    const keyA = await keyExpiry(`round ${round} key A`, await keyAt('Frota A', contacts.a), contacts.a);
    const approvalAccount = await account('Frota Aprovação', `frota-p-${round}@timers.example`);
    const pending = await ponte().onboarding.request(cliActor, { accountId: approvalAccount.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: round }, credentials: { username: 'frota', password: 'segredo' } });
    expect(pending.state).toBe('pending_provider_approval');
    const [warning, breach] = await approval(`round ${round}`, pending.id);
    const waitingAccount = await account('Frota Lembrete', contacts.waiting);
    const waiting = await ponte().onboarding.request(cliActor, { accountId: waitingAccount.id, connector: 'ticket-log', environment: 'sandbox', config: { clientCode: 100 + round } });
    expect(waiting.state).toBe('awaiting_customer');
    const [waitingFirst, waitingLast] = reminders(`round ${round} waiting customer`, waiting.id, contacts.waiting, await enteredAt(waiting.id, 'awaiting_customer'));
    r.jumpTo(new Date(r.clock.now().getTime() + HOUR));
    const keyB = await keyExpiry(`round ${round} key B`, await keyAt('Frota B', contacts.b), contacts.b);
    cases.push(keyA, keyB, warning!, breach!, waitingFirst!, waitingLast!);

    // Key A: the clock moved before the stop, during it, and after; two restarts before its deadline; crossed live.
    r.jumpTo(new Date(keyA.deadline.getTime() - 6 * HOUR));
    await randomRestarts(new Date(keyA.deadline.getTime() - 2 * HOUR));
    await restart(new Date(keyA.deadline.getTime() - HOUR));
    await lookedAgain('onboarding.key-expiry');
    await noneEarly();
    await restart(new Date(keyA.deadline.getTime() - 30 * 60_000));
    await lookedAgain('onboarding.key-expiry');
    await crossLive(keyA);

    // Key B's deadline and the waiting customer's first reminder pass while the server is down: each fires once on start.
    await r.stop();
    r.jumpTo(new Date(Math.max(keyB.deadline.getTime(), waitingFirst!.deadline.getTime()) + HOUR));
    await start();
    await firedOnce(keyB);
    await firedOnce(waitingFirst!);
    await noneEarly();

    // The expired keys' customers are now asked for new keys, with reminders of their own.
    const remindA = reminders(`round ${round} key A`, keyA.integrationId, contacts.a, await enteredAt(keyA.integrationId, 'key_expired'));
    const remindB = reminders(`round ${round} key B`, keyB.integrationId, contacts.b, await enteredAt(keyB.integrationId, 'key_expired'));
    cases.push(...remindA, ...remindB);
    remindedContacts.push(contacts.a, contacts.b, contacts.waiting);

    // A restart while every reminder runs (the keys' were set just now): stopped now, started again an hour before the
    // first is due. Then they come due in turn: the waiting customer's last one crossed live, the others as the clock
    // jumps while the server runs.
    const nextReminders = [...remindA, ...remindB, waitingLast!].sort((x, y) => x.deadline.getTime() - y.deadline.getTime());
    await restart(new Date(nextReminders[0]!.deadline.getTime() - HOUR));
    await randomRestarts(nextReminders[0]!.deadline);
    await lookedAgain('onboarding.reminder');
    for (const [index, timer] of nextReminders.entries()) {
      if (timer === waitingLast) {
        await crossLive(timer);
        continue;
      }
      const next = nextReminders[index + 1]?.deadline.getTime() ?? Number.POSITIVE_INFINITY;
      r.jumpTo(new Date(timer.deadline.getTime() + Math.min(HOUR, (next - timer.deadline.getTime()) / 2)));
      await firedOnce(timer);
    }
    await noneEarly();

    // The 15-day approval: the warning comes due while the server is down, the breach (after that restart) live.
    await r.stop();
    r.jumpTo(new Date(warning!.deadline.getTime() + HOUR));
    await start();
    await firedOnce(warning!);
    await randomRestarts(new Date(breach!.deadline.getTime() - HOUR));
    await lookedAgain('onboarding.approval-sla');
    await crossLive(breach!);
  }

  // Long after every deadline (after one more restart in the long form): nothing fired a second time, nothing is left
  // to fire. The short form spares the restart: every timer has seen restarts while it ran, and been counted after.
  if (LONG_FORM) await r.stop();
  r.jumpTo(new Date(r.clock.now().getTime() + 30 * DAY));
  if (LONG_FORM) await start();
  for (const job of ['onboarding.key-expiry', 'onboarding.reminder', 'onboarding.approval-sla', 'onboarding.mail']) {
    await waitFor(async () => (await r.pendingJobs(job, {})) === 0, 60_000);
  }
  const firedInAll = new Map<TimerCase, number>();
  for (const timer of cases) firedInAll.set(timer, (await timer.firings()).length);
  for (const timer of cases) {
    expect(firedInAll.get(timer), `${timer.label}: fired once in all`).toBe(1);
    const mails = await timer.mails();
    if (mails !== null) expect(mails, `${timer.label}: e-mails in all`).toBe(1);
    if (timer.traces) expect(await timer.traces(), `${timer.label}: events in all`).toBe(1);
  }
  for (const contact of remindedContacts) expect(mailsTo(contact, 'Lembrete'), `reminders to ${contact}`).toBe(2);
  expect(cases.every((timer) => timer.checked)).toBe(true);
  expect(cases.some((timer) => timer.checked!.dueWhileDown)).toBe(true);
  expect(cases.some((timer) => timer.checked!.restarts >= 2)).toBe(true);

  const lateness = cases.map((timer) => timer.checked!.latenessSeconds);
  reportFigures('timers-across-restarts', {
    seed,
    rounds: ROUNDS,
    boots,
    stops: r.stops.length,
    seconds: Math.round((Date.now() - started) / 1000),
    latenessBoundSeconds: LATENESS_BOUND_SECONDS,
    maxLatenessSeconds: Math.max(...lateness),
    startSeconds: { median: median(r.startSeconds), max: Math.max(...r.startSeconds) },
    timersChecked: cases.length,
    lost: cases.filter((timer) => firedInAll.get(timer) === 0).length,
    doubled: cases.filter((timer) => firedInAll.get(timer)! > 1).length,
    timers: cases.map((timer) => ({
      timer: timer.label,
      kind: timer.kind,
      fired: firedInAll.get(timer),
      deadline: timer.deadline.toISOString(),
      firedAt: timer.checked!.firedAt.toISOString(),
      latenessSeconds: timer.checked!.latenessSeconds,
      restarts: timer.checked!.restarts,
      dueWhileDown: timer.checked!.dueWhileDown,
      emails: timer.checked!.mails,
    })),
  });
  if (!LONG_FORM) expect(r.stops.length).toBe(5);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
