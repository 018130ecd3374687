/**
 * The secrets scan's bookkeeping: the secrets planted (each with the path that took it), the few places each may
 * rightly appear (named, with their reason), and a search of every captured source for each secret in clear and in
 * the encodings a careless line of code would use.
 */

/** Where captured text came from: each is searched, and each finding names its source. */
export const SOURCES = ['database', 'log', 'answer', 'mail', 'webhook', 'whatsapp', 'provider-request', 'cli'] as const;
export type Source = (typeof SOURCES)[number];

/** One piece of captured text: a table, a log line, an answer, an e-mail, a delivery, a provider request. */
export interface ScannedItem {
  source: Source;
  /** What it is, e.g. `POST /v1/api-keys → 201`, `public.credentials`, `mail to ana@… "Redefinição…"`. */
  label: string;
  text: string;
}

export interface PlantedSecret {
  name: string;
  value: string;
  /** The path that took it (a route, a config variable, a provider's answer). */
  path: string;
}

export interface Allowance {
  secret: string;
  source: Source;
  /** Which items: matched against the item's label. */
  where: RegExp;
  reason: string;
  /** May go unseen in a run (a refresh that the run may not need); others must be seen, or a capture missed them. */
  optional: boolean;
}

export interface Finding {
  secret: string;
  path: string;
  source: Source;
  label: string;
  encoding: string;
  /** The text around it, with the secret itself replaced by its name. */
  excerpt: string;
}

/**
 * Every whole run of base64 characters that the secret's bytes decide, at each of the three alignments it can have
 * inside a longer base64 text (a secret in the middle of an encoded JSON body is not aligned on 3 bytes).
 */
function base64Runs(bytes: Buffer): string[] {
  const runs: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // Characters that mix padding bits (before) or unknown following bytes (after) are dropped.
    const start = [0, 2, 3][offset]!;
    const end = Math.floor((offset + bytes.length) / 3) * 4;
    if (end - start >= 12) runs.push(encoded.slice(start, end));
  }
  return runs;
}

/** The forms a secret takes once written somewhere: each is searched as its own needle. */
export function encodingsOf(value: string, bytes: Buffer = Buffer.from(value, 'utf8')): { encoding: string; needle: string }[] {
  const needles: { encoding: string; needle: string }[] = [{ encoding: 'clear', needle: value }];
  const add = (encoding: string, needle: string) => {
    if (needle.length >= 8 && !needles.some((known) => known.needle === needle)) needles.push({ encoding, needle });
  };
  add('url-encoded', encodeURIComponent(value));
  add('form-encoded', new URLSearchParams({ v: value }).toString().slice(2));
  add('json-escaped', JSON.stringify(value).slice(1, -1));
  add('hex', bytes.toString('hex'));
  add('hex (upper case)', bytes.toString('hex').toUpperCase());
  for (const run of base64Runs(bytes)) {
    add('base64', run);
    add('base64url', run.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return needles;
}

const EXCERPT_CHARS = 80;

/** Secrets planted, where each may appear, and the search. */
export class SecretScanner {
  readonly #secrets = new Map<string, PlantedSecret & { needles: { encoding: string; needle: string }[] }>();
  readonly #allowances: Allowance[] = [];
  /** Bytes searched, by source. */
  readonly bytes: Record<Source, number> = Object.fromEntries(SOURCES.map((source) => [source, 0])) as Record<Source, number>;
  readonly items: Record<Source, number> = Object.fromEntries(SOURCES.map((source) => [source, 0])) as Record<Source, number>;
  /** Allowed appearances seen, by allowance, so an allowance nothing uses shows up in the figures. */
  readonly allowedSeen = new Map<Allowance, number>();

  /** A secret to look for; `bytes` when its text stands for other bytes (a base64 master key). Short ones are refused. */
  plant(name: string, value: string, path: string, bytes?: Buffer): string {
    if (value.length < 16) throw new Error(`The secret "${name}" is too short to be unique (${value.length} characters): plant a longer one`);
    if (this.#secrets.has(name)) throw new Error(`The secret "${name}" is planted twice`);
    this.#secrets.set(name, { name, value, path, needles: encodingsOf(value, bytes) });
    return value;
  }

  /** One place where the secret rightly appears, with the reason; nowhere else. */
  allow(secret: string, source: Source, where: RegExp, reason: string, options: { optional?: boolean } = {}): void {
    if (!this.#secrets.has(secret)) throw new Error(`No planted secret "${secret}" to allow`);
    const allowance = { secret, source, where, reason, optional: options.optional ?? false };
    this.#allowances.push(allowance);
    this.allowedSeen.set(allowance, 0);
  }

  get planted(): PlantedSecret[] {
    return [...this.#secrets.values()].map(({ name, value, path }) => ({ name, value, path }));
  }

  get allowances(): readonly Allowance[] {
    return this.#allowances;
  }

  /** Text with every planted secret (in clear) replaced by its name, fit to print in a failure. */
  #masked(text: string): string {
    let masked = text;
    for (const secret of this.#secrets.values()) masked = masked.split(secret.value).join(`«${secret.name}»`);
    return masked;
  }

  /** Searches the items for every secret in every encoding; returns what no allowance covers. */
  scan(items: Iterable<ScannedItem>): Finding[] {
    const findings: Finding[] = [];
    for (const item of items) {
      this.bytes[item.source] += Buffer.byteLength(item.text);
      this.items[item.source] += 1;
      for (const secret of this.#secrets.values()) {
        for (const { encoding, needle } of secret.needles) {
          const at = item.text.indexOf(needle);
          if (at < 0) continue;
          const allowance = this.#allowances.find((candidate) => candidate.secret === secret.name && candidate.source === item.source && candidate.where.test(item.label));
          if (allowance) {
            this.allowedSeen.set(allowance, (this.allowedSeen.get(allowance) ?? 0) + 1);
            break;
          }
          const around = item.text.slice(Math.max(0, at - EXCERPT_CHARS), at + needle.length + EXCERPT_CHARS).split(needle).join(`«${secret.name}»`);
          findings.push({ secret: secret.name, path: secret.path, source: item.source, label: item.label, encoding, excerpt: this.#masked(around) });
          break;
        }
      }
    }
    return findings;
  }
}

/** Findings as lines a reader can act on: which secret, from which path, found where, in which form. */
export function describeFindings(findings: Finding[], limit = 40): string {
  const lines = findings.slice(0, limit).map((finding) => `- ${finding.source}: "${finding.secret}" (${finding.path}) as ${finding.encoding} in ${finding.label}: …${finding.excerpt}…`);
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more`);
  return lines.join('\n');
}
