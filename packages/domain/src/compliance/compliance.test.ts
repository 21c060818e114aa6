import { describe, expect, it } from 'vitest';
import { assessPoints } from '../points/assess.ts';
import type { AssessmentInput, RecordsInput, SiMonthRecord } from '../points/input.ts';
import { EMPLOYER, OTHER_EMPLOYER, fixturePolicy, monthsEnding, summaryInput } from '../points/test-fixtures.ts';
import { checkCompliance } from './check-compliance.ts';

const ASOF = '2026-03-01';
const policy = fixturePolicy();
const records = (months: SiMonthRecord[]): AssessmentInput => ({
  ...summaryInput({ age: 30, education: 'benke_bachelor' }),
  contractEmployerUscc: EMPLOYER,
  socialInsurance: { kind: 'records', months },
});
const check = (input: AssessmentInput, ruleId: string, p = policy) =>
  checkCompliance(input, ASOF, p).find((c) => c.ruleId === ruleId);

describe('C-1 insured this month and >= 6 of the last 12 months, back-payments excluded', () => {
  it.each([
    ['12 of 12', monthsEnding('2026-03', 12), true],
    ['6 of 12 ending this month', monthsEnding('2026-03', 6), true],
    ['5 of 12', monthsEnding('2026-03', 5), false],
    ['4 of 12', monthsEnding('2026-03', 4), false],
    ['12 months ending last month: not insured this month', monthsEnding('2026-02', 12), false],
    ['6 in the window + 6 just outside', [...monthsEnding('2025-03', 6), ...monthsEnding('2026-03', 6)], true],
    [
      '5 in the window + 1 back-paid',
      [...monthsEnding('2025-10', 1, 13000, { backPaid: true }), ...monthsEnding('2026-03', 5)],
      false,
    ],
    [
      'this month back-paid only',
      [...monthsEnding('2026-02', 11), ...monthsEnding('2026-03', 1, 13000, { backPaid: true })],
      false,
    ],
  ])('%s -> %s', (_name, months, passed) => {
    expect(check(records(months), 'C-1')?.passed).toBe(passed);
    const a = assessPoints(records(months), ASOF, policy);
    expect(a.eligible).toBe(passed);
    expect(a.lines.find((l) => l.indicator === 'education')?.points).toBe(90); // breakdown stays
  });
  it('names the months not paid normally', () => {
    const c = check(
      records([...monthsEnding('2025-10', 1, 13000, { backPaid: true }), ...monthsEnding('2026-03', 5)]),
      'C-1',
    );
    expect(c?.months).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10']);
    // Issue 22: each month with why it did not count.
    expect(c?.message?.zh).toContain('无缴费记录的月份：2025-04、2025-05、2025-06、2025-07、2025-08、2025-09');
    expect(c?.message?.zh).toContain('补缴（不计入）的月份：2025-10');
    expect(c?.message?.en).toContain('no record for 2025-04, 2025-05, 2025-06, 2025-07, 2025-08, 2025-09');
    expect(c?.message?.en).toContain('back-paid, so not counted: 2025-10');
  });
  it('tells a month recorded as unpaid from a month with no record (issue 22)', () => {
    const months = monthsEnding('2026-03', 5);
    const unpaid = { ...months[0]!, month: '2025-10', paid: false };
    const c = check(records([unpaid, ...months]), 'C-1');
    expect(c?.passed).toBe(false);
    expect(c?.message?.zh).toContain('未缴费的月份：2025-10');
    expect(c?.message?.zh).toContain('无缴费记录的月份：2025-04、2025-05、2025-06、2025-07、2025-08、2025-09；');
    expect(c?.message?.zh).not.toContain('补缴');
  });
  it.each([
    [true, 6, true],
    [true, 5, false],
    [false, 12, false],
  ])('summary: insured this month %s, %i in window -> %s', (insuredThisMonth, monthsPaidInWindow, passed) => {
    const input = {
      ...summaryInput(),
      socialInsurance: {
        kind: 'summary' as const,
        qualifyingMonths: 60,
        insuredThisMonth,
        monthsPaidInWindow,
        baseMultipleTier: null,
      },
    };
    expect(assessPoints(input, ASOF, policy).eligibility.find((e) => e.ruleId === 'C-1')?.passed).toBe(passed);
  });
});

describe('C-2 months that cannot count towards the base multiple', () => {
  it('names the reasons', () => {
    const months = monthsEnding('2026-03', 12);
    months[0] = { ...months[0]!, backPaid: true };
    months[1] = { ...months[1]!, employerUscc: OTHER_EMPLOYER, taxDeclarers: [OTHER_EMPLOYER] };
    const c = check(records(months), 'C-2');
    expect(c?.passed).toBe(false);
    expect(c?.message?.en).toMatch(/1 back-paid month\(s\), 1 paid by a company other/);
    expect(check(records(monthsEnding('2026-03', 12)), 'C-2')?.passed).toBe(true);
  });
  it('a month whose wage year is not loaded and could change S-9 cannot be checked automatically: not passed, and it names the year (P-2)', () => {
    const noWage2025 = fixturePolicy({ wages: { '2021': 11396, '2022': 12183, '2023': 12307, '2024': 12434 } });
    // From the switch month (July) a 2026 base is judged against the 2025 figure: 35 known months at >= 1x, the 36th unknown.
    const c = checkCompliance(records(monthsEnding('2026-07', 36)), '2026-07-01', noWage2025).find(
      (x) => x.ruleId === 'C-2',
    );
    expect(c?.passed).toBe(false);
    expect(c?.message?.zh).toContain('缺少2025年本市职工月平均工资');
    expect(c?.message?.en).toContain("Shanghai's 2025 average wage");
    // 12 months: the one unknown month cannot reach any tier (36 needed), so the published figures decide.
    expect(
      checkCompliance(records(monthsEnding('2026-07', 12)), '2026-07-01', noWage2025).find((x) => x.ruleId === 'C-2')
        ?.passed,
    ).toBe(true);
    // 2026-01..2026-06 are judged against the 2024 figure: checkable (S-9 switch month).
    expect(check(records(monthsEnding('2026-03', 12)), 'C-2', noWage2025)?.passed).toBe(true);
    expect(
      checkCompliance(records(monthsEnding('2026-06', 12)), '2026-06-30', noWage2025).find((x) => x.ruleId === 'C-2')
        ?.passed,
    ).toBe(true);
  });
});

describe('C-3 social insurance and income tax match', () => {
  it.each([
    ['every month declared by the SI employer', {}, true],
    ['declared by another company', { taxDeclarers: [OTHER_EMPLOYER] }, false],
    ['declared by two companies', { taxDeclarers: [EMPLOYER, OTHER_EMPLOYER] }, false],
    ['no company declared', { taxDeclarers: [] }, false],
    ['no tax data for the month', { taxDeclarers: undefined }, true],
  ])('%s -> %s, failing months named', (_name, patch, passed) => {
    const months = monthsEnding('2026-03', 12);
    months[4] = { ...months[4]!, ...patch };
    const c = check(records(months), 'C-3');
    expect(c?.passed).toBe(passed);
    if (!passed) {
      expect(c?.months).toEqual(['2025-08']);
      expect(c?.message?.zh).toContain('2025-08');
      expect(assessPoints(records(months), ASOF, policy).eligible).toBe(false);
    }
  });
  it('the limit of declarers is a parameter', () => {
    const months = monthsEnding('2026-03', 12, 13000, { taxDeclarers: [EMPLOYER, OTHER_EMPLOYER] });
    expect(check(records(months), 'C-3', fixturePolicy({ compliance: { maxTaxDeclarersPerMonth: 2 } }))?.passed).toBe(
      true,
    );
  });
});

describe('C-4 job match', () => {
  it.each([
    [{}, true],
    [{ title: { level: 'senior', obtainedInShanghai: true, jobMatches: false } }, false],
    [{ shortageMajor: { jobMatches: false } }, false],
    [
      { title: { level: 'senior', obtainedInShanghai: true, jobMatches: true }, shortageMajor: { jobMatches: true } },
      true,
    ],
  ] as const)('%j -> %s', (patch, passed) => {
    expect(check({ ...summaryInput(), ...patch } as AssessmentInput, 'C-4')?.passed).toBe(passed);
  });
});

const withRecords = (r: RecordsInput) =>
  assessPoints({ ...summaryInput({ age: 30, education: 'master', qualifyingMonths: 48 }), records: r }, ASOF, policy);

describe('C-5..C-8 records and S-16 deductions', () => {
  // Base total without records: 30 + 100 + 12 = 142.
  it.each([
    ['no records', {}, 142, true],
    [
      'false material 2024-01-01: -150 and barred through 2027-01-01',
      { falseMaterialDates: ['2024-01-01'] },
      -8,
      false,
    ],
    [
      'false material exactly 3 years ago: the anniversary still counts (C-9)',
      { falseMaterialDates: ['2023-03-01'] },
      -8,
      false,
    ],
    ['false material 3 years and 1 day ago: no longer counts (C-9)', { falseMaterialDates: ['2023-02-28'] }, 142, true],
    ['false material 3 years ago + 1 day: counts', { falseMaterialDates: ['2023-03-02'] }, -8, false],
    ['two false materials', { falseMaterialDates: ['2024-01-01', '2025-01-01'] }, -158, false],
    ['detention within 5 years: -50', { detentionDates: ['2022-01-01'] }, 92, true],
    ['detention exactly 5 years ago: the anniversary still counts (C-9)', { detentionDates: ['2021-03-01'] }, 92, true],
    ['detention 5 years and 1 day ago: nothing (C-9)', { detentionDates: ['2021-02-28'] }, 142, true],
    ['two detentions', { detentionDates: ['2022-01-01', '2025-06-30'] }, 42, true],
    [
      'general crime within 5 years, "clear": total 0, not eligible (C-6)',
      { generalCrimeDates: ['2023-05-05'] },
      0,
      false,
    ],
    ['general crime 6 years ago', { generalCrimeDates: ['2020-01-01'] }, 142, true],
    ['serious crime: disqualified, breakdown kept', { seriousCrime: true }, 142, false],
    ['family-planning record with the veto off: ignored (PI-2)', { familyPlanningViolation: true }, 142, true],
  ])('%s -> total %i, eligible %s', (_name, r, total, eligible) => {
    const a = withRecords(r);
    expect(a.total).toBe(total);
    expect(a.eligible).toBe(eligible);
  });
  it('C-5 names the first day the holder may apply again: the day after the anniversary (C-9)', () => {
    const a = withRecords({ falseMaterialDates: ['2024-01-01'] });
    const bar = a.eligibility.find((e) => e.ruleId === 'C-5');
    expect(bar?.passed).toBe(false);
    expect(bar?.message?.en).toContain('may apply again from 2027-01-02');
    expect(a.lines.find((l) => l.ruleId === 'C-5')?.points).toBe(-150);
  });
  it('C-6 "clear": the line takes the positive points, the C-7 deduction still counts', () => {
    const a = withRecords({ generalCrimeDates: ['2023-05-05'], detentionDates: ['2022-01-01'] });
    expect(a.total).toBe(-50);
    expect(a.lines.reduce((s, l) => s + l.points, 0)).toBe(-50);
    expect(a.lines.find((l) => l.ruleId === 'C-6')?.reason?.en).toContain('clears');
  });
  it('C-6 "deduct": -150 per record', () => {
    const p = fixturePolicy({ compliance: { generalCrimeEffect: 'deduct' } });
    const a = assessPoints(
      {
        ...summaryInput({ age: 30, education: 'master', qualifyingMonths: 48 }),
        records: { generalCrimeDates: ['2023-05-05', '2024-05-05'] },
      },
      ASOF,
      p,
    );
    expect(a.total).toBe(142 - 300);
  });
  it('C-8 vetoes only when the policy turns it on', () => {
    const p = fixturePolicy({ compliance: { familyPlanningVeto: true } });
    const input = { ...summaryInput(), records: { familyPlanningViolation: true } };
    expect(assessPoints(input, ASOF, p).eligibility.find((e) => e.ruleId === 'C-8')?.passed).toBe(false);
    expect(assessPoints(input, ASOF, p).eligible).toBe(false);
    expect(assessPoints(input, ASOF, policy).eligibility.some((e) => e.ruleId === 'C-8')).toBe(false);
    expect(checkCompliance(input, ASOF, policy).some((e) => e.ruleId === 'C-8')).toBe(false);
  });
  it('checkCompliance returns every check C-1..C-7 with a message', () => {
    const all = checkCompliance(records(monthsEnding('2026-03', 12)), ASOF, policy);
    expect(all.map((c) => c.ruleId)).toEqual(['C-1', 'C-2', 'C-3', 'C-4', 'C-5', 'C-6', 'C-7']);
    for (const c of all) {
      expect(c.passed).toBe(true);
      expect(c.message?.zh.length).toBeGreaterThan(0);
      expect(c.message?.en.length).toBeGreaterThan(0);
    }
  });
});
