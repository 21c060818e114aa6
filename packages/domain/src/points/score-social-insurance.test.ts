import { describe, expect, it } from 'vitest';
import { wageYearOfMonth } from '../compliance/si-facts.ts';
import { assessPoints } from './assess.ts';
import type { AssessmentInput, SiMonthRecord } from './input.ts';
import { EMPLOYER, FIXTURE_WAGES, OTHER_EMPLOYER, fixturePolicy, monthsEnding, summaryInput } from './test-fixtures.ts';

const ASOF = '2026-03-01';
const policy = fixturePolicy();

/** `count` months ending with `last`, each at `multiple` x the figure in force for that month (S-9 switch-month rule). */
function atMultiple(last: string, count: number, multiple: number, delta = 0): SiMonthRecord[] {
  return monthsEnding(last, count).map((r) => {
    const wage = FIXTURE_WAGES[String(wageYearOfMonth(r.month, 7))] ?? 0;
    const base = Math.round(multiple * wage * 100) / 100 + delta;
    return { ...r, base, taxedIncome: base };
  });
}
const recordsInput = (months: SiMonthRecord[]): AssessmentInput => ({
  ...summaryInput(),
  contractEmployerUscc: EMPLOYER,
  socialInsurance: { kind: 'records', months },
});
const lineOf = (input: AssessmentInput, indicator: string, p = policy) =>
  assessPoints(input, ASOF, p).lines.find((l) => l.indicator === indicator);

describe('S-6 three points per full 12 qualifying months', () => {
  it.each([
    [11, 0],
    [12, 3],
    [23, 3],
    [24, 6],
    [48, 12],
    [120, 30],
  ])('%i months -> %i', (n, points) => {
    expect(lineOf(recordsInput(monthsEnding('2026-03', n)), 'siYears')?.points).toBe(points);
    expect(lineOf(summaryInput({ qualifyingMonths: n }), 'siYears')?.points).toBe(points);
  });
  it('back-paid months and months after asOf do not count', () => {
    const months = monthsEnding('2026-03', 12);
    months[3] = { ...months[3]!, backPaid: true };
    const l = lineOf(recordsInput([...months, ...monthsEnding('2026-09', 6)]), 'siYears');
    expect(l?.points).toBe(0);
    expect(l?.reason?.en).toContain('11 month(s)');
    expect(l?.raise?.en).toContain('1 more month');
  });
});

describe('S-9 base multiple: one tier, exact thresholds, previous-year wage', () => {
  it.each([
    ['36 months at exactly 0.8x', atMultiple('2026-03', 36, 0.8), 25],
    ['36 months one fen under 0.8x', atMultiple('2026-03', 36, 0.8, -0.01), 0],
    ['35 months at 0.8x', atMultiple('2026-03', 35, 0.8), 0],
    ['36 months at exactly 1x', atMultiple('2026-03', 36, 1), 50],
    ['36 months one fen under 1x', atMultiple('2026-03', 36, 1, -0.01), 25],
    ['36 months at exactly 2x', atMultiple('2026-03', 36, 2), 100],
    ['35 months at 2x', atMultiple('2026-03', 35, 2), 0],
    ['24 months at exactly 3x', atMultiple('2026-03', 24, 3), 120],
    ['23 months at 3x', atMultiple('2026-03', 23, 3), 0],
    ['24 months one fen under 3x', atMultiple('2026-03', 24, 3, -0.01), 0],
    ['36 months at 3x (one tier only)', atMultiple('2026-03', 36, 3), 120],
    ['24 months at 3x ending 2025-02: 2023-03 is outside the 3 years', atMultiple('2025-02', 24, 3), 0],
    ['24 months at 3x ending 2025-03: all within 3 years', atMultiple('2025-03', 24, 3), 120],
    [
      '20 months at 2.5x + 16 at 1.5x: 36 at >= 1x',
      [...atMultiple('2024-11', 16, 1.5), ...atMultiple('2026-03', 20, 2.5)],
      50,
    ],
    ['36 months at 1x but the oldest outside 4 years', atMultiple('2023-02', 36, 1), 0],
  ])('%s -> %i', (_name, months, points) => {
    const l = lineOf(recordsInput(months), 'baseMultiple');
    expect(l?.points).toBe(points);
    expect(l?.ruleId).toBe('S-9');
    expect(l?.error).toBeUndefined();
  });

  it.each([
    ['a back-paid month', { backPaid: true }, 'back-paid'],
    ['a month paid by another company', { employerUscc: OTHER_EMPLOYER }, 'contract employer'],
    ['a month whose base the taxed income does not support', { taxedIncome: 1000 }, 'taxed income'],
    ['a month without taxed income', { taxedIncome: undefined }, 'taxed income'],
  ])('36 months at 1x with %s: 35 count -> 0', (_name, patch, why) => {
    const months = atMultiple('2026-03', 36, 1);
    months[10] = { ...months[10]!, ...patch };
    const l = lineOf(recordsInput(months), 'baseMultiple');
    expect(l?.points).toBe(0);
    expect(l?.reason?.en).toContain(why);
  });

  it.each([
    ['2026-06', 2024],
    ['2026-07', 2025],
    ['2026-01', 2024],
    ['2025-12', 2024],
    ['2025-06', 2023],
    ['2024-02', 2022],
  ])('S-9 switch month: a base paid in %s is judged against the %i figure', (month, year) => {
    expect(wageYearOfMonth(month, 7)).toBe(year);
  });

  it('a month from July 2026 is compared with the 2025 wage, one before July with the 2024 wage', () => {
    const months = atMultiple('2026-07', 36, 1);
    // 2026-07 at the 2024 wage (12434) is below the 2025 wage (12800): it no longer reaches 1x.
    months[35] = { ...months[35]!, base: 12434, taxedIncome: 12434 };
    expect(
      assessPoints(recordsInput(months), '2026-07-01', policy).lines.find((l) => l.indicator === 'baseMultiple')
        ?.points,
    ).toBe(25);
    // 2026-06 at the 2024 wage is exactly 1x: the 2025 figure does not apply to it yet.
    const june = atMultiple('2026-06', 36, 1);
    june[35] = { ...june[35]!, base: 12434, taxedIncome: 12434 };
    expect(
      assessPoints(recordsInput(june), '2026-06-01', policy).lines.find((l) => l.indicator === 'baseMultiple')?.points,
    ).toBe(50);
  });

  it('P-2: a wage year missing -> WAGE.YEAR_MISSING on the line from the switch month on when it can change the result, no guess', () => {
    const { '2025': _missing, ...wages } = FIXTURE_WAGES;
    const p = fixturePolicy({ wages });
    // 2026-01..2026-06 use the 2024 figure: checkable without 2025 (asOf 2026-03-01).
    const l = lineOf(recordsInput(atMultiple('2026-03', 36, 2)), 'baseMultiple', p);
    expect(l?.points).toBe(100);
    expect(l?.error).toBeUndefined();
    const june = assessPoints(recordsInput(atMultiple('2026-06', 36, 2)), '2026-06-30', p).lines.find(
      (x) => x.indicator === 'baseMultiple',
    );
    expect(june?.error).toBeUndefined();
    // From 2026-07 a month needs the 2025 figure. 36 known months at 2x already reach 100, and
    // one unknown month cannot make the 24 months at 3x: the tier stands (S-9, P-2 only when it matters).
    const stands = assessPoints(
      recordsInput([...atMultiple('2026-06', 36, 2), ...monthsEnding('2026-07', 1, 30000)]),
      '2026-07-01',
      p,
    ).lines.find((x) => x.indicator === 'baseMultiple');
    expect(stands?.points).toBe(100);
    expect(stands?.error).toBeUndefined();
    // 23 known months at 3x and the unknown 24th could make 120: pending, naming the year.
    const gap = assessPoints(
      recordsInput([...atMultiple('2026-06', 23, 3), ...monthsEnding('2026-07', 1, 40000)]),
      '2026-07-01',
      p,
    ).lines.find((x) => x.indicator === 'baseMultiple');
    expect(gap?.points).toBe(0);
    expect(gap?.error?.code).toBe('WAGE.YEAR_MISSING');
    expect(gap?.error?.details).toEqual({ year: 2025 });
    expect(gap?.reason?.en).toContain('2025');
  });

  it.each([
    [null, 0],
    [0.8, 25],
    [1, 50],
    [1.5, 50],
    [2, 100],
    [3, 120],
  ])('summary tier %s -> %i', (tier, points) => {
    const input: AssessmentInput = {
      ...summaryInput(),
      socialInsurance: {
        kind: 'summary',
        qualifyingMonths: 48,
        insuredThisMonth: true,
        monthsPaidInWindow: 12,
        baseMultipleTier: tier,
      },
    };
    expect(lineOf(input, 'baseMultiple')?.points).toBe(points);
  });
});
