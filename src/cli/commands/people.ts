import type { Command } from 'commander';
import { newAccountBody, newUserBody } from '../../modules/accounts/routes.ts';
import { USER_ROLES } from '../../modules/accounts/index.ts';
import { parseInput, readPassword } from '../input.ts';
import { print, withServices } from '../context.ts';

export function registerPeopleCommands(program: Command): void {
  const admin = program.command('admin').description('operator administrators');
  admin
    .command('create')
    .description('create an admin user (the first one, or another)')
    .requiredOption('--email <email>', 'their e-mail')
    .requiredOption('--name <name>', 'their name')
    .option('--password-stdin', 'read the password from standard input (else PONTE_ADMIN_PASSWORD, else none)')
    .option('--json', 'print JSON')
    .action(async (options: { email: string; name: string; passwordStdin?: boolean; json?: boolean }) => {
      const password = await readPassword(options.passwordStdin);
      const input = parseInput(newUserBody, { email: options.email, name: options.name, role: 'admin', password }, 'option');
      const user = await withServices(({ accounts }) => accounts.createUser('cli', input));
      print({ ...user }, options.json);
    });

  const accounts = program.command('accounts').description('customer accounts');
  accounts
    .command('create')
    .description('create a customer account')
    .requiredOption('--name <name>', 'the account name')
    .option('--json', 'print JSON')
    .action(async (options: { name: string; json?: boolean }) => {
      const input = parseInput(newAccountBody, { name: options.name }, 'option');
      const account = await withServices(({ accounts: service }) => service.createAccount('cli', input));
      print({ ...account }, options.json);
    });

  const users = program.command('users').description('people who use Ponte');
  users
    .command('create')
    .description('create a user')
    .requiredOption('--email <email>', 'their e-mail')
    .requiredOption('--name <name>', 'their name')
    .requiredOption('--role <role>', `one of ${USER_ROLES.join(', ')}`)
    .option('--account <id>', 'the account a customer belongs to')
    .option('--password-stdin', 'read the password from standard input')
    .option('--json', 'print JSON')
    .action(async (options: { email: string; name: string; role: string; account?: string; passwordStdin?: boolean; json?: boolean }) => {
      const password = await readPassword(options.passwordStdin);
      const input = parseInput(
        newUserBody,
        { email: options.email, name: options.name, role: options.role, accountId: options.account, password },
        'option',
      );
      const user = await withServices(({ accounts: service }) => service.createUser('cli', input));
      print({ ...user }, options.json);
    });
}
