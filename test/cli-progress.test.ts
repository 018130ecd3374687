import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../src/platform/database/migrate.ts';
import { findTemplate } from '../src/platform/database/pglite-template.ts';
import { usePaghiperSandboxAndDatabase } from './support/sandbox-and-database.ts';
import { createTestDatabase } from './support/test-database.ts';
import { waitFor } from './support/wait.ts';

/** Runs the real `ponte` command with its output piped (not a terminal): progress comes as plain lines on stderr. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/ponte.js', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('ponte migrate', { timeout: 180_000 }, () => {
  it('lists each migration as it applies it, then the queue schema, and a summary; again, each as already applied', async () => {
    const journal = JSON.parse(await readFile(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const names = journal.entries.map((entry) => entry.tag);
    // An empty database: a new PostgreSQL database, or a new embedded data folder (the test template is migrated).
    const postgres = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ponte-migrate-'));
    const env = postgres ? postgres.env : { PONTE_DATA_DIR: dataDir, DATABASE_URL: '' };
    // A new embedded folder starts from the pre-migrated template the build makes: nothing is left to apply then.
    const fromTemplate = !postgres && 'tarball' in (await findTemplate());
    try {
      const first = await cli(['migrate'], env);
      expect(first.code, first.stderr).toBe(0);
      expect(lines(first.stderr)).toEqual([
        ...names.map((name, i) => `migration ${i + 1}/${names.length} ${name} ${fromTemplate ? 'already applied' : 'applied'}`),
        expect.stringMatching(fromTemplate ? /^queue schema already at version \d+$/ : /^queue schema created at version \d+$/),
      ]);
      const applied = fromTemplate ? 0 : names.length;
      expect(first.stdout).toMatch(new RegExp(`^migrations applied: ${applied} new, ${names.length - applied} already there; queue schema at version \\d+ \\([\\d.]+ s\\)\\n$`));

      const again = await cli(['migrate', '--json'], env);
      expect(again.code, again.stderr).toBe(0);
      expect(lines(again.stderr)).toEqual([
        ...names.map((name, i) => `migration ${i + 1}/${names.length} ${name} already applied`),
        expect.stringMatching(/^queue schema already at version \d+$/),
      ]);
      const summary = JSON.parse(again.stdout);
      expect(summary.migrations).toEqual(names.map((name) => ({ name, state: 'already applied' })));
      expect(summary.queueSchema.previousVersion).toBe(summary.queueSchema.version);
    } finally {
      await postgres?.dispose();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

const harness = usePaghiperSandboxAndDatabase(23);

describe('ponte integrations backfill', { timeout: 180_000 }, () => {
  let integrationId = '';

  it('queues a backfill for the running server’s workers and follows it to the end, then exits 0', async () => {
    const ponte = await harness.startPonte();
    ({ integrationId } = await harness.connectStore(ponte, 'Loja Backfill CLI'));
    // The backfill that activation started has to end first: one at a time per integration.
    await waitFor(async () => {
      const integration = await ponte.call('GET', `/v1/integrations/${integrationId}`);
      return (integration.body.backfill as { status: string }).status === 'succeeded';
    }, 60_000);

    const followed = await cli(['integrations', 'backfill', integrationId, '--months', '3', '--follow'], harness.database.env);
    expect(followed.code, followed.stderr).toBe(0);
    const progress = lines(followed.stderr);
    expect(progress[0]).toMatch(new RegExp(`^backfill of ${integrationId} queued: 3 months, \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}, (\\d+) steps$`));
    const total = Number(/, (\d+) steps$/.exec(progress[0]!)![1]);
    expect(progress).toContain(`backfill 0/${total} steps (0 %), 0 records`);
    expect(progress.at(-1)).toMatch(new RegExp(`^backfill ${total}/${total} steps \\(100 %\\), \\d+ records$`));
    expect(followed.stdout).toMatch(new RegExp(`^backfill succeeded: ${total}/${total} steps, \\d+ records \\(fetched [1-9]\\d*: .*\\) in [\\d.]+ s\\n$`));

    // What the server shows agrees: a finished backfill over three months, its run recorded.
    const integration = await ponte.call('GET', `/v1/integrations/${integrationId}`);
    expect(integration.body.backfill).toMatchObject({ status: 'succeeded', done: total, total });
    const runs = await ponte.call('GET', `/v1/integrations/${integrationId}/sync-runs`);
    expect((runs.body.data as { kind: string; status: string }[]).filter((run) => run.kind === 'backfill' && run.status === 'succeeded').length).toBeGreaterThanOrEqual(2);

    const asJson = await cli(['integrations', 'backfill', integrationId, '--months', '1', '--follow', '--json'], harness.database.env);
    expect(asJson.code, asJson.stderr).toBe(0);
    expect(JSON.parse(asJson.stdout)).toMatchObject({ integrationId, months: 1, status: 'succeeded', error: null, counts: { fetched: expect.any(Number) } });
  });

  it('says so when no worker takes the backfill, leaves it queued, and refuses a second one meanwhile', async () => {
    for (const child of harness.children) child.child.kill('SIGKILL');
    await Promise.all(harness.children.map((child) => child.exited));

    const unclaimed = await cli(['integrations', 'backfill', integrationId, '--follow', '--pickup-timeout', '2'], harness.database.env);
    expect(unclaimed.code).toBe(1);
    expect(unclaimed.stderr).toContain('error: no worker has picked up the backfill in 2 s: is `ponte start` running?');

    const second = await cli(['integrations', 'backfill', integrationId], harness.database.env);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('A backfill of this integration is already under way');

    const unknown = await cli(['integrations', 'backfill', 'int_doesnotexist'], harness.database.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('integration_not_found');
  });
});
