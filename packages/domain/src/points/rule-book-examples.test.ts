// Every worked example the rule book (shared/reference/rules.md) gives for
// the points and record rules, as a test. The shared cases table is in
// cases.test.ts; lifecycle, working days and identifiers in their folders.
import { describe, expect, it } from 'vitest';
import { wageYearOfMonth } from '../compliance/si-facts.ts';
import { assessPoints } from './assess.ts';
import type { AssessmentInput, SiMonthRecord, TitleLevel } from './input.ts';
import { EMPLOYER, fixturePolicy, monthsEnding, summaryInput } from './test-fixtures.ts';

const policy = fixturePolicy();
const lineOf = (input: AssessmentInput, asOf: string, indicator: string, p = policy) =>
  assessPoints(input, asOf, p).lines.find((l) => l.indicator === indicator);
const records = (months: SiMonthRecord[], over: Partial<AssessmentInput> = {}): AssessmentInput => ({
  ...summaryInput(),
  contractEmployerUscc: EMPLOYER,
  socialInsurance: { kind: 'records', months },
  ...over,
});

describe('rules.md S-2: 56-60 scores 5, each year younger +2, 43 and younger 30, over 60: 0', () => {
  it.each([
    [43, 30],
    [44, 29],
    [55, 7],
    [56, 5],
    [60, 5],
    [61, 0],
    [16, 30],
  ])('age %i -> %i', (age, points) => {
    expect(lineOf(summaryInput({ age }), '2026-03-01', 'age')?.points).toBe(points);
  });
});

describe('rules.md S-3 and S-4 values, S-5 the higher only', () => {
  it.each([
    ['dazhuan', 50],
    ['benke', 60],
    ['benke_bachelor', 90],
    ['master', 100],
    ['doctor', 110],
  ] as const)('S-3 %s -> %i', (education, points) => {
    expect(lineOf(summaryInput({ education }), '2026-03-01', 'education')?.points).toBe(points);
  });
  it.each([
    ['skill5', 15],
    ['skill4', 30],
    ['skill3', 60],
    ['skill2', 100],
    ['intermediate', 100],
    ['skill1', 140],
    ['senior', 140],
  ] as const)('S-4 %s with the base condition met -> %i', (level: TitleLevel, points) => {
    const input: AssessmentInput = {
      ...summaryInput(),
      title: { level, obtainedInShanghai: true, jobMatches: true },
      socialInsurance: {
        kind: 'summary',
        qualifyingMonths: 12,
        insuredThisMonth: true,
        monthsPaidInWindow: 12,
        baseMultipleTier: null,
        titleBaseMonths: 12,
      },
    };
    expect(lineOf(input, '2026-03-01', 'title')?.points).toBe(points);
  });
});

describe('rules.md S-9: the wage figure in force for a month (July switch)', () => {
  it.each([
    ['2026-01', 2024],
    ['2026-06', 2024],
    ['2026-07', 2025],
    ['2026-12', 2025],
  ])('%s compares with the %i figure', (month, year) => {
    expect(wageYearOfMonth(month, 7)).toBe(year);
  });
  it('a month at 2.5x counts toward the 2x, 1x and 0.8x tiers; the highest reached wins, "at least 2x"', () => {
    // 2.5 x the figure in force each month, 36 months to 2026-02.
    const months = monthsEnding('2026-02', 36).map((m) => {
      const w = { 2021: 11396, 2022: 12183, 2023: 12307, 2024: 12434 }[wageYearOfMonth(m.month, 7)] ?? 0;
      return { ...m, base: 2.5 * w, taxedIncome: 2.5 * w };
    });
    const l = lineOf(records(months), '2026-02-28', 'baseMultiple');
    expect(l?.points).toBe(100);
    expect(l?.reason?.en).toContain('at least 2x');
  });
  it('the issue 19 example: a base of 12,400 is >= 1x of 12,307 but < 1x of 12,434 (50 points become 25)', () => {
    // 36 months 2022-07..2025-06, judged against 2021 (11396), 2022 (12183) and 2023 (12307): all >= 1x.
    const before = records(monthsEnding('2025-06', 36, 12400, { taxedIncome: 12400 }));
    expect(lineOf(before, '2025-06-30', 'baseMultiple')?.points).toBe(50);
    // The same 36 months one month on (2022-08..2025-07): 2025-07 is judged against 2024 (12434), 35 at 1x, 25 points.
    const after = records(monthsEnding('2025-07', 36, 12400, { taxedIncome: 12400 }));
    expect(lineOf(after, '2025-07-31', 'baseMultiple')?.points).toBe(25);
  });
});

describe('rules.md C-6: clearing keeps the deductions', () => {
  it('133 positive points, one C-5 record, a general crime in clear mode: total -150', () => {
    const input: AssessmentInput = {
      ...summaryInput({ education: 'master', qualifyingMonths: 12 }),
      records: { falseMaterialDates: ['2025-01-01'], generalCrimeDates: ['2024-01-01'] },
    };
    expect(assessPoints({ ...input, records: {} }, '2026-03-01', policy).total).toBe(133);
    expect(assessPoints(input, '2026-03-01', policy).total).toBe(-150);
  });
});

describe('rules.md C-9: a C-5 record of 2023-02-20 counts on 2026-02-20 and not on 2026-02-21', () => {
  it.each([
    ['2026-02-20', true],
    ['2026-02-21', false],
  ])('on %s counts: %s', (asOf, counts) => {
    const a = assessPoints(
      {
        ...summaryInput({ education: 'master', qualifyingMonths: 48 }),
        records: { falseMaterialDates: ['2023-02-20'] },
      },
      asOf,
      policy,
    );
    expect(a.lines.some((l) => l.ruleId === 'C-5')).toBe(counts);
    expect(a.eligibility.find((e) => e.ruleId === 'C-5')?.passed).toBe(!counts);
  });
});
