import { Option, type Command } from 'commander';
import { ENVIRONMENTS, type ApiEnvironment } from '../../modules/api-access/environments.ts';
import { CliError } from '../input.ts';
import { cliActor } from '../../platform/actor.ts';

const loadContext = () => import('../context.ts');

export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('API keys for partners and operators');

  keys
    .command('create')
    .description('create an API key; it is printed once and stored only as a digest')
    .addOption(new Option('--env <environment>', 'the environment the key is for').choices(ENVIRONMENTS).makeOptionMandatory())
    .requiredOption('--name <name>', 'what the key is for, e.g. the partner’s name')
    .option('--user <user...>', 'id or e-mail of a user allowed to use the key (repeatable); none makes an operator key')
    .option('--json', 'print JSON')
    .action(async (options: { env: ApiEnvironment; name: string; user?: string[]; json?: boolean }) => {
      if (!options.name.trim()) throw new CliError('--name must not be empty');
      const { print, withServices } = await loadContext();
      const key = await withServices(({ apiAccess }) =>
        apiAccess.keys.create(cliActor, { name: options.name.trim(), environment: options.env, users: options.user }),
      );
      print({ ...key }, options.json);
      if (!options.json) process.stderr.write('\nKeep the key now: Ponte stores only its digest and cannot show it again.\n');
    });

  keys
    .command('list')
    .description('list API keys (without their secrets)')
    .addOption(new Option('--env <environment>', 'only this environment').choices(ENVIRONMENTS))
    .option('--json', 'print JSON')
    .action(async (options: { env?: ApiEnvironment; json?: boolean }) => {
      const { print, withServices } = await loadContext();
      const list = await withServices(({ apiAccess }) => apiAccess.keys.list({ environment: options.env }));
      print(list.map((key) => ({ ...key })), options.json);
    });

  keys
    .command('revoke')
    .description('revoke an API key; its tokens stop working at once')
    .argument('<id>', 'the key id (key_…)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const { print, withServices } = await loadContext();
      const key = await withServices(({ apiAccess }) => apiAccess.keys.revoke(cliActor, id));
      print({ ...key }, options.json);
    });
}
