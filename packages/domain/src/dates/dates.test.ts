import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  compareDates,
  diffDays,
  fromEpochDay,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  periodLastDay,
  toEpochDay,
} from './index.ts';

describe('parseIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026/01/01', false],
    ['20260101', false],
    ['2026-01-01T00:00', false],
    ['abcd-ef-gh', false],
    ['', false],
  ])('%s valid=%s', (input, valid) => {
    expect(isIsoDate(input)).toBe(valid);
    const r = parseIsoDate(input);
    expect(r.ok).toBe(valid);
    if (!r.ok) {
      expect(r.error.code).toBe('DATE.INVALID');
      expect(r.error.message.zh).toContain(input);
      expect(r.error.message.en).toContain(input);
    }
  });
});

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-07-31', 20665],
  ])('%s is epoch day %i', (date, n) => {
    expect(toEpochDay(date)).toBe(n);
    expect(fromEpochDay(n)).toBe(date);
  });

  it('agrees with Date.UTC over any date 1900-2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84006 }), (n) => {
        const viaDate = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(n)).toBe(viaDate);
        expect(toEpochDay(viaDate)).toBe(n);
      }),
    );
  });

  it('throws on an unvalidated string (a bug, not an expected failure)', () => {
    expect(() => toEpochDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addDays / diffDays / compareDates', () => {
  it.each([
    ['2026-07-31', -30, '2026-07-01'],
    ['2026-07-31', 60, '2026-09-29'],
    ['2026-07-31', 90, '2026-10-29'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(diffDays(expected, date)).toBe(n);
  });

  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-01', 1],
    ['2026-01-01', '2026-01-01', 0],
  ] as const)('compare %s %s = %i', (a, b, c) => {
    expect(compareDates(a, b)).toBe(c);
  });

  it.each([
    ['2026-11-30', 1],
    ['2026-11-29', 7],
    ['2026-11-28', 6],
    ['1970-01-01', 4],
  ])('%s is ISO weekday %i', (date, wd) => {
    expect(isoWeekday(date)).toBe(wd);
  });
});

describe('addMonths (D-3 month-end rule)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-02-28', -1, '2026-01-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('addYears is 12 months with the same rule', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -4)).toBe('2020-02-29');
  });
});

describe('periodLastDay (D-3 for periods: the day before the same day, or the month end when there is none)', () => {
  it.each([
    ['2026-08-01', 12, '2027-07-31'],
    ['2026-01-01', 12, '2026-12-31'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-03-01', 12, '2028-02-29'],
    ['2028-03-01', 12, '2029-02-28'],
    ['2028-02-28', 12, '2029-02-27'],
    ['2024-02-29', 48, '2028-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-28', 1, '2026-02-27'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-31', 12, '2027-12-30'],
  ])('a period of %s + %i months ends %s', (first, months, last) => {
    expect(periodLastDay(first, months)).toBe(last);
  });

  it('a renewal period that follows an expiry loses no day and gains none (every day of four years)', () => {
    for (let d = toEpochDay('2026-01-01'); d < toEpochDay('2030-01-01'); d++) {
      const expiry = fromEpochDay(d);
      const next = periodLastDay(addDays(expiry, 1), 12);
      // One year on: the same day, or (from a 29 February, or to one) the neighbouring month end.
      const sameDay = addYears(expiry, 1);
      expect(Math.abs(diffDays(next, sameDay)), `${expiry} -> ${next}`).toBeLessThanOrEqual(1);
      expect(next > expiry).toBe(true);
      if (!expiry.endsWith('-02-28') && !expiry.endsWith('-02-29')) expect(next).toBe(sameDay);
    }
  });
});

describe('ageOn (completed years; 29 Feb birthdays fall on 1 Mar in non-leap years)', () => {
  it.each([
    ['1996-03-01', '2026-03-01', 30],
    ['1996-03-02', '2026-03-01', 29],
    ['1989-02-02', '2026-02-01', 36],
    ['1989-02-02', '2026-02-02', 37],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['2000-02-29', '2024-02-28', 23],
    ['2000-02-29', '2024-02-29', 24],
    ['2000-12-31', '2001-12-30', 0],
    ['2000-12-31', '2001-12-31', 1],
  ])('born %s, on %s: %i', (birth, asOf, age) => {
    expect(ageOn(birth, asOf)).toBe(age);
  });
});
