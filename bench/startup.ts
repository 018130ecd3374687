// Start-up: how long the CLI takes to answer `--version` and `--help` against Node starting with nothing to do, and
// how long `ponte start` takes to answer /healthz (on a new and on an existing data folder) against opening the same
// embedded database alone. The goal: the CLI costs little beyond Node itself, and a start is bounded by the database,
// not by loading code. It also reads the server's resident memory (RSS, Linux) once it has been idle a moment after
// each start: an absolute figure, the goal being under 300 MiB.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findTemplate } from '../src/platform/database/pglite-template.ts';
import { formatTable, progress, type BenchOptions, type BenchResult } from './support/benchmark.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `node args` to its end and returns the seconds it took; fails on a non-zero exit. */
function timeNode(args: string[], env: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

// How long the server is left idle after its first healthy answer before its memory is read.
const IDLE_SECONDS = 3;

/** Resident memory of a process in MiB, from /proc (null where there is none). */
async function residentMiB(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kib ? Number(kib) / 1024 : null;
}

/**
 * Seconds from spawning `ponte start` to its first healthy /healthz answer, and its RSS after a few idle seconds
 * more; the server is stopped afterwards.
 */
async function timeStart(dataDir: string): Promise<{ seconds: number; rssMiB: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/ponte.js', 'start'], {
    cwd: root,
    env: { ...process.env, PONTE_DATA_DIR: dataDir, PORT: '0', PONTE_SANDBOXES: 'off', LOG_FORMAT: 'json', LOG_LEVEL: 'info', DATABASE_URL: '', PONTE_MASTER_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Ponte is listening on (http:\/\/[^"\s]+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`ponte start exited ${code} before listening:\n${output}`)));
    });
    for (;;) {
      const health = await fetch(`${address}/healthz`).catch(() => null);
      if (health?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    return { seconds, rssMiB: await residentMiB(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Seconds for a fresh Node process to open (and, when new, initialise) the embedded database in `dataDir`, then close it. */
async function timeOpenDatabase(dataDir: string): Promise<number> {
  const script = path.join(path.dirname(dataDir), 'open-database.mjs');
  const database = pathToFileURL(path.join(root, 'dist/platform/database/database.js')).href;
  await writeFile(script, `const { openDatabase } = await import(${JSON.stringify(database)});\nconst db = await openDatabase({ dataDir: ${JSON.stringify(dataDir)}, databaseUrl: undefined });\nawait db.close();\n`);
  return timeNode([script]);
}

async function builtAndFresh(): Promise<boolean> {
  try {
    const built = (await stat(path.join(root, 'dist', '.built'))).mtimeMs;
    const sources = await readdir(path.join(root, 'src'), { recursive: true, withFileTypes: true });
    const newest = Math.max(...(await Promise.all(sources.filter((entry) => entry.isFile()).map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).mtimeMs))));
    return built >= newest;
  } catch {
    return false;
  }
}

export async function run(options: BenchOptions): Promise<BenchResult> {
  const problems: string[] = [];
  if (!(await builtAndFresh())) problems.push('dist/ is missing or older than src/: run `npm run build` first (bin/ponte.js would run the sources through tsx)');
  const template = await findTemplate();
  if ('unusable' in template) problems.push(`no usable embedded database template (${template.unusable}): a new folder runs initdb; run \`npm run build\``);
  const samples: Record<string, number[]> = { node: [], version: [], help: [] };
  for (let round = 0; round < RUNS; round++) {
    progress(options, `cli round ${round + 1}/${RUNS}`);
    samples.node!.push(await timeNode(['-e', '0']));
    samples.version!.push(await timeNode(['bin/ponte.js', '--version']));
    samples.help!.push(await timeNode(['bin/ponte.js', '--help']));
  }
  const node = median(samples.node!);
  const version = median(samples.version!);
  const help = median(samples.help!);

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ponte-bench-startup-'));
  try {
    progress(options, 'opening a new embedded database alone');
    const openFresh = await timeOpenDatabase(path.join(scratch, 'alone'));
    progress(options, 'opening it again');
    const openExisting = await timeOpenDatabase(path.join(scratch, 'alone'));
    progress(options, 'ponte start on a new data folder');
    const fresh = await timeStart(path.join(scratch, 'server'));
    progress(options, 'ponte start on the same folder again');
    const existing = await timeStart(path.join(scratch, 'server'));
    const startFresh = fresh.seconds;
    const startExisting = existing.seconds;
    const report = {
      runs: RUNS,
      seconds: { node, version, help, openFresh, openExisting, startFresh, startExisting },
      rssMiB: { idleAfterFreshStart: fresh.rssMiB, idleAfterExistingStart: existing.rssMiB, idleSeconds: IDLE_SECONDS },
      ratios: {
        versionToNode: version / node,
        helpToNode: help / node,
        startFreshToOpenFresh: startFresh / openFresh,
        startExistingToOpenExisting: startExisting / openExisting,
      },
    };
    const fixed = (value: number) => value.toFixed(2);
    const table = formatTable([
      ['measure', 'seconds', 'baseline s', 'ratio'],
      ['ponte --version (median)', fixed(version), fixed(node), fixed(report.ratios.versionToNode)],
      ['ponte --help (median)', fixed(help), fixed(node), fixed(report.ratios.helpToNode)],
      ['start to /healthz, new folder', fixed(startFresh), fixed(openFresh), fixed(report.ratios.startFreshToOpenFresh)],
      ['start to /healthz, existing folder', fixed(startExisting), fixed(openExisting), fixed(report.ratios.startExistingToOpenExisting)],
    ]);
    const mib = (value: number | null) => (value === null ? 'n/a' : value.toFixed(0));
    const memory = `RSS ${IDLE_SECONDS} s idle after the start: new folder ${mib(fresh.rssMiB)} MiB, existing folder ${mib(existing.rssMiB)} MiB`;
    return { report, table: `${table}\n(baselines: node -e 0; opening the same embedded database alone in a new process)\n${memory}`, problems };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
