import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logging/logger.ts';
import type { Config } from '../config.ts';
import { Keyring, masterKeyIdOf } from './keyring.ts';

export const MASTER_KEY_FILE = 'master.key';
/** Master keys replaced by `ponte vault rotate`, one per line, kept so secrets not yet re-wrapped still open. */
export const PREVIOUS_KEYS_FILE = 'master-keys.previous';

const decodeKey = (text: string, where: string) => {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${where} does not hold a 32-byte base64 key; restore it from your backup`);
  return key;
};

async function readKeyFiles(dataDir: string): Promise<{ current: Buffer; previous: Buffer[] } | null> {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  let current: Buffer;
  try {
    current = decodeKey(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const previousFile = path.join(dataDir, PREVIOUS_KEYS_FILE);
  const previousText = await readFile(previousFile, 'utf8').catch(() => '');
  const previous = previousText
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => decodeKey(line, previousFile));
  return { current, previous };
}

async function writeKeyFile(dataDir: string, key: Buffer): Promise<void> {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${key.toString('base64')}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

/**
 * The master keys that wrap every credential's data key. From PONTE_MASTER_KEY (and PONTE_PREVIOUS_MASTER_KEYS) when
 * set; otherwise, in embedded mode, from the data folder, generated there once (mode 0600) with a warning, so a
 * laptop run needs no setup. PostgreSQL refuses to start without PONTE_MASTER_KEY (see loadConfig).
 */
export async function loadKeyring(config: Config, logger: Logger): Promise<Keyring> {
  if (config.masterKey) {
    return new Keyring(
      Buffer.from(config.masterKey, 'base64'),
      config.previousMasterKeys.map((key) => Buffer.from(key, 'base64')),
    );
  }
  const reload = async () => {
    const keys = await readKeyFiles(config.dataDir);
    if (!keys) throw new Error(`The master key file in ${config.dataDir} has disappeared; restore it from your backup`);
    return keys;
  };
  const existing = await readKeyFiles(config.dataDir);
  if (existing) return new Keyring(existing.current, existing.previous, reload);

  const key = randomBytes(32);
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(path.join(config.dataDir, MASTER_KEY_FILE), `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  logger.warn(
    { file: path.join(config.dataDir, MASTER_KEY_FILE) },
    'PONTE_MASTER_KEY is not set: generated a master key into the data folder. Back it up; set PONTE_MASTER_KEY in production.',
  );
  return new Keyring(key, [], reload);
}

/**
 * Embedded mode: makes a new master key current in the data folder, keeping the old one among the previous keys.
 * A running server picks the new key up the first time it meets a secret wrapped by it.
 */
export async function replaceMasterKeyFile(dataDir: string): Promise<void> {
  const keys = await readKeyFiles(dataDir);
  if (!keys) throw new Error(`No master key file in ${dataDir} to rotate`);
  await appendFile(path.join(dataDir, PREVIOUS_KEYS_FILE), `${keys.current.toString('base64')}\n`, { mode: 0o600 });
  await writeKeyFile(dataDir, randomBytes(32));
}

/**
 * The ids of the master keys this configuration opens secrets with (PONTE_MASTER_KEY and the previous ones, else the
 * data folder's key files), without making a key where there is none: a restore checks its backup needs no other.
 */
export async function configuredMasterKeyIds(config: Pick<Config, 'masterKey' | 'previousMasterKeys' | 'dataDir'>): Promise<string[]> {
  if (config.masterKey) return [config.masterKey, ...config.previousMasterKeys].map((key) => masterKeyIdOf(Buffer.from(key, 'base64')));
  const keys = await readKeyFiles(config.dataDir);
  return keys ? [keys.current, ...keys.previous].map(masterKeyIdOf) : [];
}
