import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { addDays } from '../dates/index.ts';
import { addWorkingDays, countWorkingDays, isWorkingDay } from './index.ts';

const cal = policySet.calendar;
const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: { en: string } } }): T => {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

describe('isWorkingDay (D-1)', () => {
  it.each([
    ['2026-01-01', false, 'New Year holiday on a Thursday'],
    ['2026-01-04', true, 'make-up Sunday'],
    ['2026-02-14', true, 'make-up Saturday before Spring Festival'],
    ['2026-02-23', false, 'Spring Festival Monday'],
    ['2026-02-24', true, 'first weekday after Spring Festival'],
    ['2026-02-28', true, 'make-up Saturday after Spring Festival'],
    ['2026-03-01', false, 'plain Sunday'],
    ['2026-03-02', true, 'plain Monday'],
    ['2025-09-28', true, 'make-up Sunday before National Day'],
    ['2025-10-08', false, 'last day of the 2025 National Day block'],
    ['2025-10-11', true, 'make-up Saturday after National Day'],
  ])('%s -> %s (%s)', (date, working) => {
    expect(value(isWorkingDay(cal, date))).toBe(working);
  });

  it('a year without a calendar is CALENDAR.YEAR_MISSING naming the year (P-2)', () => {
    const r = isWorkingDay(cal, '2027-03-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CALENDAR.YEAR_MISSING');
      expect(r.error.message.zh).toContain('2027');
      expect(r.error.message.en).toContain('2027');
    }
  });
});

describe('addWorkingDays (D-2: counted from the next working day after X)', () => {
  it.each([
    ['2026-02-10', 20, '2026-03-16'],
    ['2025-09-25', 20, '2025-10-29'],
    ['2026-12-01', 20, '2026-12-29'],
    ['2026-07-31', 3, '2026-08-05'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-15', 1, '2026-02-24'],
    ['2026-03-01', 0, '2026-03-01'],
    ['2026-03-16', -20, '2026-02-10'],
    ['2025-12-31', 1, '2026-01-04'],
  ])('%s + %i = %s', (date, n, expected) => {
    expect(value(addWorkingDays(cal, date, n))).toBe(expected);
  });

  it('walking into a year without a calendar is CALENDAR.YEAR_MISSING, never a guess', () => {
    const r = addWorkingDays(cal, '2026-12-20', 20);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CALENDAR.YEAR_MISSING');
      expect(r.error.details).toMatchObject({ year: 2027 });
    }
  });

  it('refuses a fractional count as a programming error', () => {
    expect(() => addWorkingDays(cal, '2026-03-01', 1.5)).toThrow(RangeError);
  });
});

describe('countWorkingDays: the half-open interval (from, to]', () => {
  it.each([
    ['2026-02-10', '2026-03-16', 20],
    ['2026-03-16', '2026-02-10', -20],
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-01', '2026-03-02', 1],
    ['2026-03-02', '2026-03-03', 1],
    ['2024-12-31', '2026-12-31', 2 * 248],
  ])('(%s, %s] = %i', (from, to, n) => {
    expect(value(countWorkingDays(cal, from, to))).toBe(n);
  });

  it('is the inverse of addWorkingDays on every loaded date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 4 }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const start = addDays('2022-01-01', offset);
        const end = value(addWorkingDays(cal, start, n));
        expect(value(countWorkingDays(cal, start, end))).toBe(n);
        if (n > 0) expect(value(isWorkingDay(cal, end))).toBe(true);
      }),
    );
  });

  it('needs every year the interval touches', () => {
    const r = countWorkingDays(cal, '2026-12-01', '2027-01-10');
    expect(!r.ok && r.error.code).toBe('CALENDAR.YEAR_MISSING');
  });
});
