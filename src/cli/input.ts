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
    const flag = field === 'accountId' ? '--account' : field === 'password' ? 'password' : `--${field}`;
    return `${kind === 'option' ? flag : field}: ${issue.message}`;
  });
  throw new CliError(lines.join('\n'));
}

/** The password from standard input (first line) or PONTE_ADMIN_PASSWORD; undefined makes a user without one. */
export async function readPassword(fromStdin: boolean | undefined): Promise<string | undefined> {
  if (!fromStdin) return process.env.PONTE_ADMIN_PASSWORD || undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (!password) throw new CliError('--password-stdin: no password was given on standard input');
  return password;
}
