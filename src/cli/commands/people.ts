import type { Command } from 'commander';
import { USER_ROLES } from '../../modules/accounts/roles.ts';
import { parseInput, readPassword } from '../input.ts';
import { cliActor } from '../../platform/actor.ts';

/** The schemas and services, loaded when a command runs (not for `--help`). */
async function load() {
  const [{ newAccountBody, newUserBody, PasswordTokens }, { print, withServices }, { setUpAccount }, { systemClock }, { PasswordAccess }, { createMailer, mailDomainOf }] = await Promise.all([
    import('../../modules/accounts/index.ts'),
    import('../context.ts'),
    import('../../flows/account-setup.ts'),
    import('../../platform/clock.ts'),
    import('../../flows/password-access/password-access.ts'),
    import('../../platform/mail/index.ts'),
  ]);
  return { newAccountBody, newUserBody, PasswordTokens, print, setUpAccount, systemClock, withServices, PasswordAccess, createMailer, mailDomainOf };
}

export function registerPeopleCommands(program: Command): void {
  const admin = program.command('admin').description('operator administrators');
  admin
    .command('create')
    .description('create an admin user (the first one, or another); asks for the password on a terminal')
    .requiredOption('--email <email>', 'their e-mail')
    .requiredOption('--name <name>', 'their name')
    .option('--password-stdin', 'read the password from standard input (scripts; else PONTE_ADMIN_PASSWORD, else a prompt on a terminal)')
    .option('--json', 'print JSON')
    .action(async (options: { email: string; name: string; passwordStdin?: boolean; json?: boolean }) => {
      const { newUserBody, print, withServices } = await load();
      parseInput(newUserBody, { email: options.email, name: options.name, role: 'admin' }, 'option');
      const password = await readPassword(options.passwordStdin, options.email);
      const input = parseInput(newUserBody, { email: options.email, name: options.name, role: 'admin', password }, 'option');
      const user = await withServices(({ accounts }) => accounts.createUser(cliActor, input));
      print({ ...user }, options.json);
    });

  const accounts = program.command('accounts').description('customer accounts');
  accounts
    .command('create')
    .description('create a customer account, with the notification rules its contact needs')
    .requiredOption('--name <name>', 'the account name')
    .option('--contact-email <email>', 'who hears about onboarding and what the account must act on')
    .option('--contact-name <name>', 'the contact’s name')
    .option('--locale <locale>', 'the language Ponte writes to the account in: pt-BR (default) or en')
    .option('--json', 'print JSON')
    .action(async (options: { name: string; contactEmail?: string; contactName?: string; locale?: string; json?: boolean }) => {
      const { newAccountBody, print, setUpAccount, systemClock, withServices } = await load();
      const input = parseInput(newAccountBody, { name: options.name, contactEmail: options.contactEmail, contactName: options.contactName, locale: options.locale }, 'option');
      const account = await withServices(({ database, audit, accounts: service }) => setUpAccount({ database, clock: systemClock, audit, accounts: service }, cliActor, input));
      print({ ...account }, options.json);
    });

  const users = program.command('users').description('people who use Ponte');
  users
    .command('create')
    .description('create a user; asks for the password on a terminal')
    .requiredOption('--email <email>', 'their e-mail')
    .requiredOption('--name <name>', 'their name')
    .requiredOption('--role <role>', `one of ${USER_ROLES.join(', ')}`)
    .option('--account <id>', 'the account a customer belongs to')
    .option('--password-stdin', 'read the password from standard input (scripts; else a prompt on a terminal)')
    .option('--json', 'print JSON')
    .action(async (options: { email: string; name: string; role: string; account?: string; passwordStdin?: boolean; json?: boolean }) => {
      const { newUserBody, print, withServices, PasswordAccess, PasswordTokens, createMailer, mailDomainOf, systemClock } = await load();
      const fields = { email: options.email, name: options.name, role: options.role, accountId: options.account };
      parseInput(newUserBody, fields, 'option');
      const password = await readPassword(options.passwordStdin, options.email);
      const input = parseInput(newUserBody, { ...fields, password }, 'option');
      // Without a password the user is e-mailed an invitation, as through the API (when SMTP_URL names a mail server).
      const user = await withServices(async ({ config, database, logger, audit, accounts: service, apiAccess }) => {
        const mailer = !input.password && config.smtpUrl ? createMailer({ url: config.smtpUrl, from: config.mailFrom }) : null;
        try {
          const passwordTokens = new PasswordTokens(systemClock, audit);
          const access = new PasswordAccess({ database, logger, accounts: service, passwordTokens, tokens: apiAccess.tokens, mailer, publicUrl: () => config.publicUrl, mailDomain: mailDomainOf(config.mailFrom) });
          return await access.createUser(cliActor, input);
        } finally {
          mailer?.close();
        }
      });
      print({ ...user }, options.json);
    });
}
