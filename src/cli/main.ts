import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.ts';
import { registerKeyCommands } from './commands/keys.ts';
import { registerPeopleCommands } from './commands/people.ts';
import { registerServerCommands } from './commands/server.ts';
import { registerVaultCommands } from './commands/vault.ts';
import { registerSandboxCommands } from './commands/sandbox.ts';
import { registerBackupCommands } from './commands/backup.ts';

// Command files only describe their commands; each action imports what it needs, so `--help` loads almost nothing.
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
registerBackupCommands(program);
(await import('./commands/integrations.ts')).registerIntegrationCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const { explain, exitCodeFor } = await import('./failures.ts');
  const debug = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
  process.stderr.write(`error: ${explain(error, debug)}\n`);
  process.exit(exitCodeFor(error));
}
