import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logging/logger.ts';
import type { Config } from '../config.ts';

export const MASTER_KEY_FILE = 'master.key';

/**
 * The master key that wraps every credential's data key.
 * Embedded mode without PONTE_MASTER_KEY generates one into the data folder once (mode 0600) and warns,
 * so a laptop run needs no setup; PostgreSQL refuses to start without one (see loadConfig).
 */
export async function resolveMasterKey(config: Config, logger: Logger): Promise<Buffer> {
  if (config.masterKey) return Buffer.from(config.masterKey, 'base64');
  const file = path.join(config.dataDir, MASTER_KEY_FILE);
  try {
    const stored = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (stored.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key; restore it from your backup`);
    return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  logger.warn(
    { file },
    'PONTE_MASTER_KEY is not set: generated a master key into the data folder. Back it up; set PONTE_MASTER_KEY in production.',
  );
  return key;
}
