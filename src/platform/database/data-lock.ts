import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = 'ponte.lock';

/** What the lock file says about the process holding the folder. */
export interface LockHolder {
  pid: number;
  /** Folder of the running database's private socket, so a CLI command of the same user can reach it. */
  socketDir?: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Ponte process (pid ${holder.pid}). ` +
        'Stop that process, or point PONTE_DATA_DIR at another folder; to run several processes, use PostgreSQL (DATABASE_URL).',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  /** Records the socket of the database this process serves, for CLI commands run beside it. */
  announce(socketDir: string): Promise<void>;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

/**
 * Throws DataDirLockedError when a live process holds the folder, taking nothing: `ponte start` asks before it binds
 * any port, so a second server on a folder in use says so first rather than complain about ports. (The lock itself
 * is still taken when the database opens.)
 */
export async function assertDataDirFree(dataDir: string): Promise<void> {
  const holder = await readHolder(path.join(dataDir, LOCK_FILE));
  if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw new DataDirLockedError(dataDir, holder);
}

/**
 * The folders this process holds. Its own pid in a lock file is otherwise taken for a stale lock (a container
 * restarted after a kill runs as the same pid 1), which would let one process open a second PGlite on its folder.
 */
const heldHere = new Set<string>();

/**
 * Takes the data folder for this process. PGlite has no lock of its own and two processes on one folder lose
 * writes silently (STACK.md). The lock holds a pid rather than a heartbeat so a process killed with SIGKILL can be
 * restarted at once: a lock whose pid is gone is stale and taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const folder = path.resolve(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(JSON.stringify({ pid: process.pid } satisfies LockHolder));
      await handle.close();
      heldHere.add(folder);
      return {
        announce: (socketDir) => writeFile(file, JSON.stringify({ pid: process.pid, socketDir } satisfies LockHolder), { mode: 0o600 }),
        release: async () => {
          await rm(file, { force: true });
          heldHere.delete(folder);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw new DataDirLockedError(dataDir, holder);
    if (holder?.pid === process.pid && heldHere.has(folder)) throw new Error(`The data folder ${dataDir} is already open in this process: close its database before opening it again`);
    await rm(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}; remove it if no Ponte process is running`);
}
