import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { REDACTED, redactSecrets, redactText } from '../../src/platform/logging/redact.ts';

const key = `pk_production_${'a'.repeat(43)}`;
const token = `pat_${'b'.repeat(43)}`;

describe('secrets never reach the logs', () => {
  it('blanks secret fields and secret-looking text at any depth', () => {
    const redacted = redactSecrets({
      body: { apiKey: key, user: 'ana@example.com', nested: [{ password: 'hunter22', note: `use ${token} please` }] },
      headers: { authorization: `Bearer ${token}` },
      senha: 'segredo',
    });
    expect(redacted).toEqual({
      body: { apiKey: REDACTED, user: 'ana@example.com', nested: [{ password: REDACTED, note: `use ${REDACTED} please` }] },
      headers: { authorization: REDACTED },
      senha: REDACTED,
    });
  });

  it('blanks the user and password of a URL, wherever it is written', () => {
    expect(redactSecrets({ webhookUrl: 'https://ops:hunter22@hooks.example.com/x', note: 'see ftp://me@files.example' })).toEqual({
      webhookUrl: `https://${REDACTED}@hooks.example.com/x`,
      note: `see ftp://${REDACTED}@files.example`,
    });
  });

  it('writes log lines with the configured paths blanked', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination: sink });
    logger.info({ req: { headers: { authorization: `Bearer ${token}`, 'x-api-key': key } }, credentials: { password: 'hunter22', apiKey: key } }, 'call');
    const text = lines.join('');
    expect(text).toContain('"msg":"call"');
    expect(text).not.toContain(token);
    expect(text).not.toContain(key);
    expect(text).not.toContain('hunter22');
  });
});

describe('redaction of hostile text', () => {
  // The timeout is the bound: the quadratic version took minutes on this input (it stalled the server in the fuzz).
  it('stays linear on a long run of word characters and dots without a URL (a deep validation path)', { timeout: 30_000 }, () => {
    const path = `body.environment${'.a.0'.repeat(200_000)}`;
    expect(redactText(`${path}: Invalid option`)).toBe(`${path}: Invalid option`);
    expect(redactText('see https://joao:segredo@example.com/x')).toBe('see https://[REDACTED]@example.com/x');
  });
});
