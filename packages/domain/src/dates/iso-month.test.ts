import { describe, expect, it } from 'vitest';
import { addMonthsToMonth, isWithinLastNMonths, lastNMonths, monthOf, monthsBetween, parseIsoMonth } from './index.ts';

describe('ISO months', () => {
  it.each([
    ['2026-03', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-3', false],
    ['202603', false],
  ])('parseIsoMonth(%s) ok=%s', (input, valid) => {
    const r = parseIsoMonth(input);
    expect(r.ok).toBe(valid);
    if (!r.ok) expect(r.error.code).toBe('MONTH.INVALID');
  });

  it.each([
    ['2025-12', '2026-03', 3],
    ['2026-03', '2025-12', -3],
    ['2026-01', '2026-01', 0],
    ['2022-03', '2026-03', 48],
  ])('monthsBetween(%s, %s) = %i', (from, to, n) => {
    expect(monthsBetween(from, to)).toBe(n);
  });

  it.each([
    ['2026-03', 3, ['2026-01', '2026-02', '2026-03']],
    ['2026-02', 4, ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-02', 1, ['2026-02']],
    ['2026-02', 0, []],
  ])('lastNMonths(%s, %i)', (asOf, n, expected) => {
    expect(lastNMonths(asOf, n)).toEqual(expected);
  });

  it('lastNMonths(…, 12) has 12 distinct months, the last being asOf', () => {
    const months = lastNMonths('2026-03', 12);
    expect(new Set(months).size).toBe(12);
    expect(months[0]).toBe('2025-04');
    expect(months[11]).toBe('2026-03');
  });

  it.each([
    ['2025-04', true],
    ['2025-03', false],
    ['2026-03', true],
    ['2026-04', false],
  ])('isWithinLastNMonths(%s, 2026-03, 12) = %s', (m, inside) => {
    expect(isWithinLastNMonths(m, '2026-03', 12)).toBe(inside);
  });

  it('monthOf and addMonthsToMonth cross year ends', () => {
    expect(monthOf('2026-12-31')).toBe('2026-12');
    expect(addMonthsToMonth('2026-12', 1)).toBe('2027-01');
    expect(addMonthsToMonth('2026-01', -1)).toBe('2025-12');
  });
});
