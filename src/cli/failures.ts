import { ConfigError } from '../platform/config.ts';
import { DataDirLockedError } from '../platform/database/data-lock.ts';
import { BackupRefusedError, DataDirInUseError } from '../platform/database/embedded-backup.ts';
import { DatabaseUnreachableError } from '../platform/database/database.ts';
import { Problem } from '../platform/http/problems.ts';
import { CliError } from './input.ts';

/** One exit code per class of failure, so a script or an orchestrator can tell them apart. */
const EXIT_CODES = {
  /** A defect or something nobody foresaw. */
  unexpected: 1,
  /** What was typed or configured is wrong: a flag, an environment variable, input the API refuses. */
  usage: 2,
  /** Something around Ponte is in the way: a port in use, a data folder held by another process. */
  environment: 3,
  /** PostgreSQL cannot be reached, or refuses the connection. */
  databaseUnreachable: 4,
} as const;

/** A port in use, a folder held by another process: the person fixes the machine, not the command. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof EnvironmentError || error instanceof DataDirLockedError || error instanceof DataDirInUseError) return EXIT_CODES.environment;
  if (error instanceof ConfigError || error instanceof CliError || error instanceof Problem || error instanceof BackupRefusedError) return EXIT_CODES.usage;
  if (error instanceof DatabaseUnreachableError) return EXIT_CODES.databaseUnreachable;
  return EXIT_CODES.unexpected;
}

/** What went wrong in words the operator can act on; a stack trace only when they asked for debug logs. */
export function explain(error: unknown, debug: boolean): string {
  if (error instanceof Problem) {
    return `${error.type.title}${error.detail && error.detail !== error.type.title ? `: ${error.detail}` : ''} (${error.type.code})`;
  }
  if (exitCodeFor(error) !== EXIT_CODES.unexpected) return (error as Error).message;
  if (debug) return `Unexpected error: ${(error as Error).stack ?? String(error)}`;
  return `Unexpected error: ${(error as Error).message ?? String(error)}\n(set LOG_LEVEL=debug to see where it happened)`;
}
