import { Command, CommanderError } from 'commander';
import { ConfigError } from '../platform/config.ts';
import { DataDirLockedError } from '../platform/database/data-lock.ts';
import { Problem } from '../platform/http/problems.ts';
import { VERSION } from '../ponte.ts';
import { registerKeyCommands } from './commands/keys.ts';
import { registerPeopleCommands } from './commands/people.ts';
import { registerServerCommands } from './commands/server.ts';
import { registerVaultCommands } from './commands/vault.ts';
import { registerSandboxCommands } from './commands/sandbox.ts';
import { CliError } from './input.ts';

const program = new Command('ponte')
  .description('Ponte: integration hub for fuel cards, payment gateways and complaint channels')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerServerCommands(program);
registerPeopleCommands(program);
registerKeyCommands(program);
registerVaultCommands(program);
registerSandboxCommands(program);
(await import('./commands/integrations.ts')).registerIntegrationCommands(program);

/** Turns what went wrong into one clear line for the operator. */
function explain(error: unknown): string {
  if (error instanceof Problem) {
    return `${error.type.title}${error.detail && error.detail !== error.type.title ? `: ${error.detail}` : ''} (${error.type.code})`;
  }
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof CliError) return error.message;
  return `Unexpected error: ${(error as Error).stack ?? String(error)}`;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.stderr.write(`error: ${explain(error)}\n`);
  process.exit(error instanceof ConfigError || error instanceof CliError || error instanceof Problem ? 2 : 1);
}
