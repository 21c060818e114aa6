import { describe, expect, it } from 'vitest';
import { assessPoints } from './assess.ts';
import { fixturePolicy, monthsEnding, summaryInput } from './test-fixtures.ts';
import type { AssessmentInput } from './input.ts';

// shared/cases/README.md, "Points": asOf 2026-03-01, insured this month and >= 6 of the last 12.
const ASOF = '2026-03-01';
const policy = fixturePolicy();

const pointsOf = (lines: { indicator: string; points: number }[], indicator: string) =>
  lines.find((l) => l.indicator === indicator)?.points;

describe('worked cases (shared/cases)', () => {
  it.each<{
    name: string;
    input: AssessmentInput;
    total: number;
    meets: boolean;
    shortfall: number;
    parts: Record<string, number>;
  }>([
    {
      name: 'age 30, 本科+学士学位, 4 full years -> 132',
      input: summaryInput({ age: 30, education: 'benke_bachelor', qualifyingMonths: 48 }),
      total: 132,
      meets: true,
      shortfall: 0,
      parts: { age: 30, education: 90, siYears: 12 },
    },
    {
      name: 'age 45, 硕士, 1 full year -> 130',
      input: summaryInput({ age: 45, education: 'master', qualifyingMonths: 12 }),
      total: 130,
      meets: true,
      shortfall: 0,
      parts: { age: 27, education: 100, siYears: 3 },
    },
    {
      name: 'age 38, 中级职称 matching + 本科 -> 30 + max(100, 60) + SI',
      input: {
        ...summaryInput({ age: 38, education: 'benke', qualifyingMonths: 36 }),
        title: { level: 'intermediate', obtainedInShanghai: true, jobMatches: true },
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 36,
          insuredThisMonth: true,
          monthsPaidInWindow: 12,
          baseMultipleTier: null,
          titleBaseMonths: 12,
        },
      },
      total: 30 + 100 + 9,
      meets: true,
      shortfall: 0,
      parts: { age: 30, education: 0, title: 100, siYears: 9 },
    },
    {
      name: 'age 52, 大专, 6 full years -> 81, short by 39',
      input: summaryInput({ age: 52, education: 'dazhuan', qualifyingMonths: 72 }),
      total: 81,
      meets: false,
      shortfall: 39,
      parts: { age: 13, education: 50, siYears: 18 },
    },
  ])('$name', ({ input, total, meets, shortfall, parts }) => {
    const a = assessPoints(input, ASOF, policy);
    expect(a.total).toBe(total);
    expect(a.meetsStandard).toBe(meets);
    expect(a.shortfall).toBe(shortfall);
    expect(a.eligible).toBe(true);
    for (const [k, v] of Object.entries(parts)) expect(pointsOf(a.lines, k), k).toBe(v);
    expect(a.policyId).toBe('fixture');
    expect(a.policyHash).toBe('fixture-hash');
  });

  it('4 of the last 12 months insured: not eligible (C-1), breakdown still shown', () => {
    const records = monthsEnding('2026-03', 4);
    const a = assessPoints(
      {
        birthDate: '1996-01-15',
        education: 'benke_bachelor',
        contractEmployerUscc: records[0]?.employerUscc,
        socialInsurance: { kind: 'records', months: records },
      },
      ASOF,
      policy,
    );
    const c1 = a.eligibility.find((e) => e.ruleId === 'C-1');
    expect(c1?.passed).toBe(false);
    expect(c1?.months).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
    ]);
    expect(a.eligible).toBe(false);
    expect(a.total).toBe(30 + 90);
    expect(a.lines.length).toBeGreaterThanOrEqual(13);
    expect(c1?.message?.en).toContain('C-1 not met');
  });
});
