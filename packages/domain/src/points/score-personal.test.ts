import { describe, expect, it } from 'vitest';
import { assessPoints } from './assess.ts';
import type { AssessmentInput, TitleInput } from './input.ts';
import { EMPLOYER, fixturePolicy, monthsEnding, summaryInput } from './test-fixtures.ts';

const ASOF = '2026-03-01';
const policy = fixturePolicy();
const lineOf = (input: AssessmentInput, indicator: string, asOf = ASOF) =>
  assessPoints(input, asOf, policy).lines.find((l) => l.indicator === indicator);

describe('S-2 age in completed years on asOf', () => {
  it.each([
    ['1983-03-01', 43, 30], // birthday on asOf: 43 today
    ['1983-03-02', 42, 30],
    ['1982-03-01', 44, 29],
    ['1982-03-02', 43, 30], // turns 44 tomorrow
    ['1971-03-01', 55, 7],
    ['1970-03-01', 56, 5],
    ['1966-03-01', 60, 5],
    ['1965-03-02', 60, 5],
    ['1965-03-01', 61, 0],
    ['1996-03-01', 30, 30],
  ])('born %s -> age %i -> %i points', (birthDate, _age, points) => {
    const l = lineOf({ ...summaryInput(), age: undefined, birthDate }, 'age');
    expect(l?.points).toBe(points);
    expect(l?.ruleId).toBe('S-2');
    expect(l?.reason?.zh).toContain(`年龄${_age}周岁`);
  });
  it.each([
    [43, 30],
    [44, 29],
    [45, 27],
    [52, 13],
    [55, 7],
    [56, 5],
    [60, 5],
    [61, 0],
  ])('age %i given directly -> %i', (age, points) => {
    expect(lineOf(summaryInput({ age }), 'age')?.points).toBe(points);
  });
  it('29 February birthday completes the year on 1 March of a common year', () => {
    expect(
      lineOf({ ...summaryInput(), age: undefined, birthDate: '1972-02-29' }, 'age', '2028-02-28')?.reason?.en,
    ).toContain('Age 55');
    expect(
      lineOf({ ...summaryInput(), age: undefined, birthDate: '1972-02-29' }, 'age', '2028-02-29')?.reason?.en,
    ).toContain('Age 56');
    expect(
      lineOf({ ...summaryInput(), age: undefined, birthDate: '1972-02-29' }, 'age', '2027-03-01')?.reason?.en,
    ).toContain('Age 55');
    expect(
      lineOf({ ...summaryInput(), age: undefined, birthDate: '1972-02-29' }, 'age', '2027-02-28')?.reason?.en,
    ).toContain('Age 54');
  });
});

describe('S-3 education', () => {
  it.each([
    ['none', 0],
    ['dazhuan', 50],
    ['benke', 60],
    ['benke_bachelor', 90],
    ['master', 100],
    ['doctor', 110],
  ] as const)('%s -> %i', (education, points) => {
    const l = lineOf(summaryInput({ education }), 'education');
    expect(l?.points).toBe(points);
    expect(l?.ruleId).toBe('S-3');
  });
  it('C-1 scope "education": failing C-1 removes education points but does not bar the applicant', () => {
    const p = fixturePolicy({ compliance: { siRequirementScope: 'education' } });
    const input: AssessmentInput = {
      ...summaryInput({ education: 'master' }),
      socialInsurance: {
        kind: 'summary',
        qualifyingMonths: 12,
        insuredThisMonth: true,
        monthsPaidInWindow: 5,
        baseMultipleTier: null,
      },
    };
    const a = assessPoints(input, ASOF, p);
    expect(a.lines.find((l) => l.indicator === 'education')?.points).toBe(0);
    expect(a.eligible).toBe(true);
    expect(a.lines.find((l) => l.indicator === 'education')?.reason?.en).toContain('C-1');
  });
});

const title = (level: TitleInput['level'], over: Partial<TitleInput> = {}): TitleInput => ({
  level,
  obtainedInShanghai: true,
  jobMatches: true,
  ...over,
});
const withTitle = (
  t: TitleInput,
  titleBaseMonths: number | null = 12,
  education: AssessmentInput['education'] = 'none',
): AssessmentInput => ({
  ...summaryInput({ education }),
  title: t,
  socialInsurance: {
    kind: 'summary',
    qualifyingMonths: 12,
    insuredThisMonth: true,
    monthsPaidInWindow: 12,
    baseMultipleTier: null,
    titleBaseMonths: titleBaseMonths ?? undefined,
  },
});

describe('S-4 title or skill level with C-4 and the base requirement', () => {
  it.each([
    ['skill5', 15],
    ['skill4', 30],
    ['skill3', 60],
    ['skill2', 100],
    ['intermediate', 100],
    ['skill1', 140],
    ['senior', 140],
  ] as const)('%s -> %i', (level, points) => {
    expect(lineOf(withTitle(title(level)), 'title')?.points).toBe(points);
  });
  it.each([
    ['job does not match (C-4)', title('senior', { jobMatches: false }), 12, 'C-4'],
    ['not obtained in Shanghai', title('senior', { obtainedInShanghai: false }), 12, 'Shanghai'],
    ['5 of 6 base months', title('senior'), 5, '5 month(s)'],
    ['base months unknown (summary without them)', title('senior'), null, 'were not given (6 needed)'],
  ])('%s -> 0 with the reason', (_name, t, months, why) => {
    const l = lineOf(withTitle(t, months), 'title');
    expect(l?.points).toBe(0);
    expect(l?.reason?.en).toContain(why);
  });
  it('6 base months exactly is enough', () => {
    expect(lineOf(withTitle(title('skill2'), 6), 'title')?.points).toBe(100);
  });
  it('from records: 6 months in the last 12 at >= 1x the previous year wage, paid by the contract employer', () => {
    // 2026 months compare with the 2025 wage (12800); 2025 months with 2024 (12434).
    // 2025-10..12 at one fen below the 2024 wage: only 2026-01..03 (3 months) reach 1x.
    const months = [...monthsEnding('2025-12', 3, 12433.99), ...monthsEnding('2026-03', 3, 12800)];
    const input: AssessmentInput = {
      ...summaryInput(),
      title: title('intermediate'),
      contractEmployerUscc: EMPLOYER,
      socialInsurance: { kind: 'records', months },
    };
    expect(lineOf(input, 'title')?.points).toBe(0);
    const ok = [...monthsEnding('2025-12', 3, 12434), ...monthsEnding('2026-03', 3, 12800)];
    expect(lineOf({ ...input, socialInsurance: { kind: 'records', months: ok } }, 'title')?.points).toBe(100);
  });
});

describe('S-5 the higher of education and title counts, never both', () => {
  it.each([
    ['benke_bachelor', 'skill3', 90, 0],
    ['benke', 'intermediate', 0, 100],
    ['doctor', 'senior', 0, 140],
    ['master', 'skill2', 100, 0], // tie: education counts
  ] as const)('%s + %s -> education %i, title %i', (education, level, edu, t) => {
    const a = assessPoints(withTitle(title(level), 12, education), ASOF, policy);
    expect(a.lines.find((l) => l.indicator === 'education')?.points).toBe(edu);
    expect(a.lines.find((l) => l.indicator === 'title')?.points).toBe(t);
    expect(a.total).toBe(30 + 3 + Math.max(edu, t)); // age 30, S-6 for the 12 insured months
    expect(
      a.lines.find((l) => l.points === 0 && (l.indicator === 'education' || l.indicator === 'title'))?.reason?.en,
    ).toContain('S-5');
  });
});
