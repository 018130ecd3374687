import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../src/platform/calendar/business-calendar.ts';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';

const KEY = Buffer.alloc(32, 7).toString('base64');

function problemsOf(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, logLevel: 'info', requestLogRetentionDays: 30 });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('names each wrong variable and what is wrong with it', () => {
    const problems = problemsOf({ PORT: 'eighty', LOG_LEVEL: 'loud', SMTP_URL: 'mail.example.com', PUBLIC_URL: 'ftp://x' });
    expect(problems.map((p) => p.variable).sort()).toEqual(['LOG_LEVEL', 'PORT', 'PUBLIC_URL', 'SMTP_URL']);
    expect(problems.find((p) => p.variable === 'LOG_LEVEL')!.message).toContain('must be one of');
    expect(problems.find((p) => p.variable === 'SMTP_URL')!.message).toContain('smtp://');
  });

  it('refuses a port out of range and a non-PostgreSQL DATABASE_URL', () => {
    expect(problemsOf({ PORT: '70000' })[0]).toMatchObject({ variable: 'PORT', message: 'must be between 0 and 65535' });
    expect(problemsOf({ DATABASE_URL: 'mysql://root@localhost/db', PONTE_MASTER_KEY: KEY })[0]!.variable).toBe('DATABASE_URL');
  });

  it('runs one process in every role by default; the api and worker roles need PostgreSQL and no sandboxes inside', () => {
    expect(loadConfig({})).toMatchObject({ role: 'all', sandboxes: true });
    const postgres = { DATABASE_URL: 'postgres://postgres@127.0.0.1/ponte', PONTE_MASTER_KEY: KEY };
    expect(loadConfig({ ...postgres, PONTE_ROLE: 'worker' })).toMatchObject({ role: 'worker', sandboxes: false });
    expect(problemsOf({ PONTE_ROLE: 'scheduler' })[0]).toMatchObject({ variable: 'PONTE_ROLE', message: 'must be one of api, worker, all' });
    const embedded = problemsOf({ PONTE_ROLE: 'api' })[0]!;
    expect(embedded.variable).toBe('PONTE_ROLE');
    expect(embedded.message).toContain('needs DATABASE_URL');
    expect(problemsOf({ ...postgres, PONTE_ROLE: 'api', PONTE_SANDBOXES: 'on' })[0]!.variable).toBe('PONTE_SANDBOXES');
  });

  it('refuses PostgreSQL without a master key, and a master key of the wrong size', () => {
    const missing = problemsOf({ DATABASE_URL: 'postgres://postgres@127.0.0.1/ponte' });
    expect(missing[0]!.variable).toBe('PONTE_MASTER_KEY');
    expect(missing[0]!.message).toContain('openssl rand -base64 32');
    expect(problemsOf({ PONTE_MASTER_KEY: 'c2hvcnQ=' })[0]!.variable).toBe('PONTE_MASTER_KEY');
  });

  it('posts escalations only with both the URL and a whsec_ secret, never echoing the secret', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    expect(loadConfig({ PONTE_ESCALATION_WEBHOOK_URL: 'https://tracker.example.com/hooks', PONTE_ESCALATION_WEBHOOK_SECRET: secret }).escalationWebhook).toEqual({ url: 'https://tracker.example.com/hooks', secret });
    expect(loadConfig({}).escalationWebhook).toBeUndefined();
    expect(problemsOf({ PONTE_ESCALATION_WEBHOOK_URL: 'https://tracker.example.com/hooks' })[0]!.variable).toBe('PONTE_ESCALATION_WEBHOOK_SECRET');
    expect(problemsOf({ PONTE_ESCALATION_WEBHOOK_SECRET: secret })[0]!.variable).toBe('PONTE_ESCALATION_WEBHOOK_URL');
    const weak = problemsOf({ PONTE_ESCALATION_WEBHOOK_URL: 'https://tracker.example.com/hooks', PONTE_ESCALATION_WEBHOOK_SECRET: 'senha-fraca-123' });
    expect(weak[0]!.variable).toBe('PONTE_ESCALATION_WEBHOOK_SECRET');
    expect(JSON.stringify(weak)).not.toContain('senha-fraca-123');
  });

  it('accepts PostgreSQL with a master key', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/ponte', PONTE_MASTER_KEY: KEY, PORT: '8080' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgresql://postgres@127.0.0.1:5432/ponte', masterKey: KEY });
  });

  it('reads provider base URLs for production as JSON, naming what is wrong', () => {
    const config = loadConfig({ PONTE_PROVIDER_BASE_URLS: '{"maxi-frota":{"api":"https://api.maxi.example"}}' });
    expect(config.providerBaseUrls).toEqual({ 'maxi-frota': { api: 'https://api.maxi.example' } });
    expect(problemsOf({ PONTE_PROVIDER_BASE_URLS: '{maxi' })[0]).toMatchObject({ variable: 'PONTE_PROVIDER_BASE_URLS', message: expect.stringContaining('must be JSON') });
    expect(problemsOf({ PONTE_PROVIDER_BASE_URLS: '{"maxi-frota":{"api":"ftp://x"}}' })[0]!.variable).toBe('PONTE_PROVIDER_BASE_URLS');
  });

  it('limits refused sign-ins, with bounds', () => {
    expect(loadConfig({}).authFailureLimits).toEqual({ perAddress: 30, perEmail: 10, windowMinutes: 15 });
    const config = loadConfig({ PONTE_AUTH_FAILURES_PER_ADDRESS: '100', PONTE_AUTH_FAILURES_PER_EMAIL: '5', PONTE_AUTH_FAILURE_WINDOW_MINUTES: '60' });
    expect(config.authFailureLimits).toEqual({ perAddress: 100, perEmail: 5, windowMinutes: 60 });
    const problems = problemsOf({ PONTE_AUTH_FAILURES_PER_ADDRESS: '0', PONTE_AUTH_FAILURES_PER_EMAIL: 'ten', PONTE_AUTH_FAILURE_WINDOW_MINUTES: '2000' });
    expect(problems.map((p) => p.variable).sort()).toEqual(['PONTE_AUTH_FAILURES_PER_ADDRESS', 'PONTE_AUTH_FAILURES_PER_EMAIL', 'PONTE_AUTH_FAILURE_WINDOW_MINUTES']);
  });

  it('trusts no proxy unless told which, and never every sender', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PONTE_TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ PONTE_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,fd00::/8,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8', 'loopback']);
    for (const wrong of ['true', '1', '10.0.0.0/33', 'proxy.example.com']) {
      expect(problemsOf({ PONTE_TRUST_PROXY: wrong })[0]).toMatchObject({ variable: 'PONTE_TRUST_PROXY', message: expect.stringContaining('must be off or') });
    }
  });

  it('runs no inbound mail listener unless given a port, on 127.0.0.1 by default', () => {
    expect(loadConfig({}).inboundSmtp).toEqual({ host: '127.0.0.1', port: undefined });
    expect(loadConfig({ PONTE_INBOUND_SMTP_PORT: '' }).inboundSmtp.port).toBeUndefined();
    expect(loadConfig({ PONTE_INBOUND_SMTP_PORT: '0' }).inboundSmtp.port).toBe(0);
    expect(loadConfig({ PONTE_INBOUND_SMTP_PORT: '2525', PONTE_INBOUND_SMTP_HOST: '0.0.0.0' }).inboundSmtp).toEqual({ host: '0.0.0.0', port: 2525 });
    expect(problemsOf({ PONTE_INBOUND_SMTP_PORT: '65536' })[0]).toMatchObject({ variable: 'PONTE_INBOUND_SMTP_PORT', message: 'must be between 0 and 65535' });
    expect(problemsOf({ PONTE_INBOUND_SMTP_PORT: 'smtp' })[0]).toMatchObject({ variable: 'PONTE_INBOUND_SMTP_PORT', message: 'must be a port number' });
  });

  it('takes the reply address from PONTE_MAIL_FROM\'s domain unless given one without +', () => {
    expect(loadConfig({}).replyAddress).toBe('suporte@localhost');
    expect(loadConfig({ PONTE_MAIL_FROM: 'Ponte <no-reply@Ponte.Example.com>' }).replyAddress).toBe('suporte@ponte.example.com');
    expect(loadConfig({ PONTE_MAIL_FROM: 'ponte@mail.example.com' }).replyAddress).toBe('suporte@mail.example.com');
    expect(loadConfig({ PONTE_REPLY_ADDRESS: 'Atendimento@Example.com' }).replyAddress).toBe('atendimento@example.com');
    const wrong = {
      'suporte+x@example.com': 'without +',
      'Suporte <suporte@example.com>': 'must be a bare address',
      'suporte@': 'must be a bare address',
      'atendimento-ao-cliente-x@example.com': 'at most 20 characters before the @',
    };
    for (const [address, message] of Object.entries(wrong)) {
      expect(problemsOf({ PONTE_REPLY_ADDRESS: address })[0]).toMatchObject({ variable: 'PONTE_REPLY_ADDRESS', message: expect.stringContaining(message) });
    }
    expect(problemsOf({ PONTE_MAIL_FROM: 'ponte@exa_mple.com' })[0]).toMatchObject({
      variable: 'PONTE_REPLY_ADDRESS',
      message: expect.stringContaining('default taken from PONTE_MAIL_FROM, suporte@exa_mple.com'),
    });
  });

  it('reads the business calendar: São Paulo, 08:00-18:00, Monday to Friday, national holidays by default', () => {
    expect(loadConfig({}).businessCalendar).toEqual({
      timeZone: 'America/Sao_Paulo',
      opensAt: '08:00',
      closesAt: '18:00',
      workdays: [1, 2, 3, 4, 5],
      holidays: { country: 'BR' },
      extraHolidays: [],
    });
    const config = loadConfig({
      PONTE_TIMEZONE: 'America/Manaus',
      PONTE_BUSINESS_HOURS: '09:30-24:00',
      PONTE_BUSINESS_DAYS: 'mon,tue,wed,thu,fri,sat',
      PONTE_HOLIDAYS: 'br-sp-sp',
      PONTE_EXTRA_HOLIDAYS: '2026-12-24, 2026-12-31',
    });
    expect(config.businessCalendar).toEqual({
      timeZone: 'America/Manaus',
      opensAt: '09:30',
      closesAt: '24:00',
      workdays: [1, 2, 3, 4, 5, 6],
      holidays: { country: 'BR', state: 'SP', region: 'SP' },
      extraHolidays: ['2026-12-24', '2026-12-31'],
    });
    expect(loadConfig({ PONTE_BUSINESS_DAYS: 'Mon-Wed, fri', PONTE_HOLIDAYS: 'BR-RJ' }).businessCalendar).toMatchObject({ workdays: [1, 2, 3, 5], holidays: { country: 'BR', state: 'RJ' } });
    expect(loadConfig({ PONTE_EXTRA_HOLIDAYS: '' }).businessCalendar.extraHolidays).toEqual([]);
  });

  it('its settings make a calendar that follows them', () => {
    const calendar = createBusinessCalendar(loadConfig({ PONTE_HOLIDAYS: 'BR-SP', PONTE_BUSINESS_DAYS: 'mon-sat' }).businessCalendar);
    expect(calendar.holidayOn(new Date('2026-07-09T12:00:00-03:00'))?.name).toBe('Revolução Constitucionalista');
    expect(calendar.isOpen(new Date('2026-03-14T10:00:00-03:00'))).toBe(true);
  });

  it('names each wrong business calendar variable and what it accepts', () => {
    const problems = problemsOf({
      PONTE_TIMEZONE: 'Brasil/Brasilia',
      PONTE_BUSINESS_HOURS: '8h-18h',
      PONTE_BUSINESS_DAYS: 'monday-friday',
      PONTE_HOLIDAYS: 'BR-XX',
      PONTE_EXTRA_HOLIDAYS: '2026-12-24,24/12/2026',
    });
    expect(Object.fromEntries(problems.map((p) => [p.variable, p.message]))).toEqual({
      PONTE_TIMEZONE: 'must be an IANA time zone, e.g. America/Sao_Paulo',
      PONTE_BUSINESS_HOURS: 'must be an opening and a closing time, HH:mm-HH:mm, e.g. 08:00-18:00',
      PONTE_BUSINESS_DAYS: expect.stringContaining('e.g. mon-fri or mon,tue,wed,thu,fri,sat; "monday-friday" is not'),
      PONTE_HOLIDAYS: expect.stringContaining('unknown state "XX" of BR (one of AC, AL'),
      PONTE_EXTRA_HOLIDAYS: expect.stringContaining('"24/12/2026" is not'),
    });
    expect(problemsOf({ PONTE_BUSINESS_HOURS: '18:00-08:00' })[0]!.message).toContain('must open before it closes');
    expect(problemsOf({ PONTE_BUSINESS_DAYS: 'fri-mon' })[0]!.variable).toBe('PONTE_BUSINESS_DAYS');
    expect(problemsOf({ PONTE_HOLIDAYS: 'XY' })[0]).toEqual({ variable: 'PONTE_HOLIDAYS', message: expect.stringContaining('unknown country "XY"') });
    expect(problemsOf({ PONTE_HOLIDAYS: 'BR-SP-XX' })[0]!.message).toContain('unknown region "XX" of BR-SP (one of SP)');
    expect(problemsOf({ PONTE_EXTRA_HOLIDAYS: '2026-02-30' })[0]!.variable).toBe('PONTE_EXTRA_HOLIDAYS');
  });
});
