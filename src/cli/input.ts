import type { z } from 'zod';

/** A mistake in what the operator typed: printed as is, with a non-zero exit. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Validates command input with the same schema as the API, naming the option that is wrong. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, kind: 'option'): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const flag = field === 'accountId' ? '--account' : field === 'password' ? 'password' : `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    return `${kind === 'option' ? flag : field}: ${issue.message}`;
  });
  throw new CliError(lines.join('\n'));
}

/** Asks twice without echo (on standard error, so `--json` output stays clean); empty means no password. */
async function promptPassword(forWhom: string): Promise<string | undefined> {
  const { read } = await import('read');
  const ask = (prompt: string) =>
    read({ prompt, silent: true, replace: '*', output: process.stderr }).catch(() => {
      throw new CliError('cancelled: nothing was created');
    });
  const password = await ask(`Password for ${forWhom} (empty for none): `);
  if (!password) return undefined;
  if ((await ask('The same password again: ')) !== password) throw new CliError('the two passwords differ: nothing was created');
  return password;
}

/**
 * The new user's password: typed at a prompt without echo when a person is at the terminal, the first line of standard
 * input with --password-stdin in a script, else PONTE_ADMIN_PASSWORD; undefined makes a user without one.
 */
export async function readPassword(fromStdin: boolean | undefined, forWhom: string): Promise<string | undefined> {
  if (process.stdin.isTTY && (fromStdin || !process.env.PONTE_ADMIN_PASSWORD)) return promptPassword(forWhom);
  if (!fromStdin) return process.env.PONTE_ADMIN_PASSWORD || undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (!password) throw new CliError('--password-stdin: no password was given on standard input');
  return password;
}
