import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../src/platform/calendar/business-calendar.ts';

/** An instant written as São Paulo local time. */
const sp = (local: string): Date => new Date(`${local}-03:00`);
const HOUR = 3_600_000;

const calendar = createBusinessCalendar();

describe('BusinessCalendar: holidays', () => {
  it('knows the national holidays of 2026, on weekdays and on a Sunday', () => {
    expect(calendar.holidayOn(sp('2026-04-21T10:00:00'))).toEqual({ date: '2026-04-21', name: 'Dia de Tiradentes' });
    expect(calendar.holidayOn(sp('2026-12-25T23:59:59'))).toEqual({ date: '2026-12-25', name: 'Natal' });
    expect(calendar.holidayOn(sp('2026-11-15T12:00:00'))).toEqual({ date: '2026-11-15', name: 'Proclamação da República' });
    for (const day of ['2026-04-21', '2026-12-25', '2026-11-15']) expect(calendar.isBusinessDay(sp(`${day}T12:00:00`))).toBe(false);
    expect(calendar.isBusinessDay(sp('2026-04-20T12:00:00'))).toBe(true);
    expect(calendar.holidayOn(sp('2026-04-20T12:00:00'))).toBeNull();
  });

  it('reads the local date in the calendar zone: 02:00 UTC on 26 December is still Christmas in São Paulo', () => {
    expect(calendar.holidayOn(new Date('2026-12-26T02:00:00Z'))?.date).toBe('2026-12-25');
    expect(calendar.holidayOn(new Date('2026-12-26T03:00:00Z'))).toBeNull();
  });

  it('keeps Consciência Negra (20 November, national since 2024), also with a state whose date-holidays data ends it', () => {
    const negra = sp('2026-11-20T10:00:00');
    expect(calendar.holidayOn(negra)).toEqual({ date: '2026-11-20', name: 'Dia da Consciência Negra' });
    for (const state of ['SP', 'RJ', 'AM', 'MT']) {
      expect(createBusinessCalendar({ holidays: { country: 'BR', state } }).isBusinessDay(negra)).toBe(false);
    }
    expect(calendar.isBusinessDay(sp('2023-11-20T10:00:00'))).toBe(true);
  });

  it('takes Carnaval Monday and Tuesday and Corpus Christi off (bank holidays) and works Ash Wednesday (optional)', () => {
    expect(calendar.holidayOn(sp('2026-02-16T10:00:00'))?.name).toBe('Carnaval');
    expect(calendar.isBusinessDay(sp('2026-02-17T10:00:00'))).toBe(false);
    expect(calendar.isBusinessDay(sp('2026-06-04T10:00:00'))).toBe(false);
    expect(calendar.isOpen(sp('2026-02-18T10:00:00'))).toBe(true);
    expect(calendar.isOpen(sp('2026-12-24T15:00:00'))).toBe(true);
    expect(calendar.addBusinessDays(sp('2026-02-13T10:00:00'), 1)).toEqual(sp('2026-02-18T10:00:00'));
  });

  it('adds a state holiday only with the state configured, and a city holiday only with the city', () => {
    const constitutionalist = sp('2026-07-09T10:00:00');
    expect(calendar.isBusinessDay(constitutionalist)).toBe(true);
    const saoPauloState = createBusinessCalendar({ holidays: { country: 'BR', state: 'SP' } });
    expect(saoPauloState.holidayOn(constitutionalist)).toEqual({ date: '2026-07-09', name: 'Revolução Constitucionalista' });
    expect(createBusinessCalendar({ holidays: { country: 'BR', state: 'RJ' } }).isBusinessDay(constitutionalist)).toBe(true);
    const anniversary = sp('2027-01-25T10:00:00');
    expect(saoPauloState.isBusinessDay(anniversary)).toBe(true);
    expect(createBusinessCalendar({ holidays: { country: 'BR', state: 'SP', region: 'SP' } }).holidayOn(anniversary)?.name).toBe('Aniversário da Cidade');
  });

  it('takes extra holidays off', () => {
    const withEve = createBusinessCalendar({ extraHolidays: ['2026-12-24', '2026-12-31'] });
    expect(withEve.holidayOn(sp('2026-12-24T10:00:00'))).toEqual({ date: '2026-12-24', name: 'Feriado configurado' });
    expect(withEve.addBusinessDays(sp('2026-12-23T10:00:00'), 1)).toEqual(sp('2026-12-28T10:00:00'));
    expect(calendar.addBusinessDays(sp('2026-12-23T10:00:00'), 1)).toEqual(sp('2026-12-24T10:00:00'));
  });
});

describe('BusinessCalendar: hours and deadlines', () => {
  it('is open from 08:00 up to 18:00 on business days', () => {
    expect(calendar.isOpen(sp('2026-03-16T08:00:00'))).toBe(true);
    expect(calendar.isOpen(sp('2026-03-16T17:59:59'))).toBe(true);
    expect(calendar.isOpen(sp('2026-03-16T18:00:00'))).toBe(false);
    expect(calendar.isOpen(sp('2026-03-16T07:59:59'))).toBe(false);
    expect(calendar.isOpen(sp('2026-03-14T10:00:00'))).toBe(false);
  });

  it('finds the next opening: the instant itself when open, today at 08:00 before it, the next business day after hours', () => {
    expect(calendar.nextOpen(sp('2026-03-16T10:30:00'))).toEqual(sp('2026-03-16T10:30:00'));
    expect(calendar.nextOpen(sp('2026-03-16T06:00:00'))).toEqual(sp('2026-03-16T08:00:00'));
    expect(calendar.nextOpen(sp('2026-03-13T18:00:00'))).toEqual(sp('2026-03-16T08:00:00'));
    expect(calendar.nextOpen(sp('2026-04-20T19:00:00'))).toEqual(sp('2026-04-22T08:00:00'));
  });

  it('adds business days at the same local time, skipping weekends and holidays', () => {
    expect(calendar.addBusinessDays(sp('2026-03-13T10:00:00'), 1)).toEqual(sp('2026-03-16T10:00:00'));
    expect(calendar.addBusinessDays(sp('2026-03-12T10:00:00'), 3)).toEqual(sp('2026-03-17T10:00:00'));
    expect(calendar.addBusinessDays(sp('2026-04-17T10:00:00'), 2)).toEqual(sp('2026-04-22T10:00:00'));
    expect(calendar.addBusinessDays(sp('2026-03-16T10:00:00'), 0)).toEqual(sp('2026-03-16T10:00:00'));
  });

  it('counts business days from the next opening when sent outside hours', () => {
    // Sent Wednesday night: Thursday 24 opens first; a day later, Christmas and the weekend are skipped.
    expect(calendar.addBusinessDays(sp('2026-12-23T22:00:00'), 1)).toEqual(sp('2026-12-28T08:00:00'));
    expect(calendar.addBusinessDays(sp('2026-12-24T22:00:00'), 1)).toEqual(sp('2026-12-29T08:00:00'));
    expect(calendar.addBusinessDays(sp('2026-03-16T06:30:00'), 1)).toEqual(sp('2026-03-17T08:00:00'));
    // Sent on Saturday: Monday is the first full business day, so one business day later is Tuesday's opening.
    expect(calendar.addBusinessDays(sp('2026-03-14T10:00:00'), 1)).toEqual(sp('2026-03-17T08:00:00'));
    expect(calendar.addBusinessDays(sp('2026-03-14T10:00:00'), 0)).toEqual(sp('2026-03-16T08:00:00'));
  });

  it('adds business hours across closing time, a weekend and a holiday', () => {
    expect(calendar.addBusinessHours(sp('2026-03-16T10:00:00'), 3)).toEqual(sp('2026-03-16T13:00:00'));
    expect(calendar.addBusinessHours(sp('2026-03-13T16:00:00'), 4)).toEqual(sp('2026-03-16T10:00:00'));
    expect(calendar.addBusinessHours(sp('2026-03-16T08:00:00'), 10)).toEqual(sp('2026-03-16T18:00:00'));
    expect(calendar.addBusinessHours(sp('2026-04-20T17:00:00'), 1.5)).toEqual(sp('2026-04-22T08:30:00'));
    expect(calendar.addBusinessHours(sp('2026-03-14T10:00:00'), 0)).toEqual(sp('2026-03-16T08:00:00'));
  });

  it('measures the open time between two instants, across a weekend and a holiday', () => {
    expect(calendar.businessMillisBetween(sp('2026-03-13T16:00:00'), sp('2026-03-16T10:00:00'))).toBe(4 * HOUR);
    expect(calendar.businessMillisBetween(sp('2026-03-16T10:00:00'), sp('2026-03-13T16:00:00'))).toBe(-4 * HOUR);
    expect(calendar.businessMillisBetween(sp('2026-03-14T09:00:00'), sp('2026-03-15T17:00:00'))).toBe(0);
    expect(calendar.businessMillisBetween(sp('2026-04-17T20:00:00'), sp('2026-04-22T09:00:00'))).toBe(11 * HOUR);
    expect(calendar.businessMillisBetween(sp('2026-03-16T12:00:00'), sp('2026-03-16T12:30:00'))).toBe(HOUR / 2);
    const from = sp('2026-12-23T15:00:00');
    expect(calendar.businessMillisBetween(from, calendar.addBusinessHours(from, 25))).toBe(25 * HOUR);
  });

  it('adds calendar days at the same local time, holidays included: the 15-day approval and its day-12 warning', () => {
    const submitted = sp('2026-12-20T10:00:00');
    expect(calendar.addCalendarDays(submitted, 12)).toEqual(sp('2027-01-01T10:00:00'));
    expect(calendar.addCalendarDays(submitted, 15)).toEqual(sp('2027-01-04T10:00:00'));
  });

  it('formats a deadline for e-mails in pt-BR and en', () => {
    const deadline = sp('2026-12-28T08:00:00');
    expect(calendar.formatDeadline(deadline, 'pt-BR')).toBe('segunda-feira, 28/12/2026 às 08:00 (horário de Brasília)');
    expect(calendar.formatDeadline(deadline, 'en')).toBe('Monday, 12/28/2026 at 8:00 AM (Brasília time)');
    expect(calendar.formatDeadline(sp('2026-12-28T17:30:00'), 'en')).toBe('Monday, 12/28/2026 at 5:30 PM (Brasília time)');
  });
});

describe('BusinessCalendar: other settings', () => {
  it('reads hours in its own zone', () => {
    const manaus = createBusinessCalendar({ timeZone: 'America/Manaus' });
    const spNineManausEight = new Date('2026-03-16T12:00:00Z');
    expect(calendar.isOpen(new Date('2026-03-16T11:30:00Z'))).toBe(true);
    expect(manaus.isOpen(new Date('2026-03-16T11:30:00Z'))).toBe(false);
    expect(manaus.nextOpen(new Date('2026-03-16T11:30:00Z'))).toEqual(spNineManausEight);
    expect(manaus.formatDeadline(spNineManausEight, 'pt-BR')).toMatch(/^segunda-feira, 16\/03\/2026 às 08:00 \(.+\)$/);
    expect(manaus.formatDeadline(spNineManausEight, 'pt-BR')).not.toContain('Brasília');
  });

  it('works the weekdays and hours it is given, up to midnight', () => {
    const shop = createBusinessCalendar({ workdays: [1, 2, 3, 4, 5, 6], opensAt: '09:30', closesAt: '24:00' });
    expect(shop.isOpen(sp('2026-03-14T23:59:00'))).toBe(true);
    expect(shop.isOpen(sp('2026-03-15T10:00:00'))).toBe(false);
    expect(shop.isOpen(sp('2026-03-16T09:00:00'))).toBe(false);
    expect(shop.addBusinessHours(sp('2026-03-14T23:00:00'), 2)).toEqual(sp('2026-03-16T10:30:00'));
    expect(shop.businessMillisBetween(sp('2026-03-13T00:00:00'), sp('2026-03-16T00:00:00'))).toBe(2 * 14.5 * HOUR);
  });

  it('refuses wrong settings, naming each one', () => {
    const attempt = () =>
      createBusinessCalendar({
        timeZone: 'America/Atlantis',
        opensAt: '18:00',
        closesAt: '08:00',
        workdays: [],
        holidays: { country: 'BR', state: 'XX' },
        extraHolidays: ['2026-02-30'],
      });
    expect(attempt).toThrow(/timeZone "America\/Atlantis"/);
    expect(attempt).toThrow(/opensAt-closesAt must open before it closes/);
    expect(attempt).toThrow(/workdays must be ISO weekdays/);
    expect(attempt).toThrow(/holidays has an unknown state "XX" of BR/);
    expect(attempt).toThrow(/extraHolidays .*"2026-02-30" is not/);
    expect(() => createBusinessCalendar({ holidays: { country: 'ZZ' } })).toThrow(/unknown country "ZZ"/);
    expect(() => calendar.addBusinessDays(sp('2026-03-16T10:00:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addBusinessDays(sp('2026-03-16T10:00:00'), 1.5)).toThrow(RangeError);
    expect(() => calendar.isOpen(new Date(Number.NaN))).toThrow(RangeError);
  });
});
