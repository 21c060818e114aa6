// Issue 19, "Rule fidelity": S-4's base condition by level, S-9 thresholds and
// P-2 only when a missing wage year can change the result, C-6 clearing with
// deductions, C-9 record windows, S-2 impossible applicants, S-9 summary
// contradictions. Table-driven, with the boundary dates.
import { describe, expect, it } from 'vitest';
import { ageInputError } from './age-input.ts';
import { assessPoints } from './assess.ts';
import { earliestDateReaching } from './earliest-date.ts';
import type { AssessmentInput, SiMonthRecord, TitleLevel } from './input.ts';
import { EMPLOYER, FIXTURE_WAGES, fixturePolicy, monthsEnding, summaryInput } from './test-fixtures.ts';
import { wageYearOfMonth } from '../compliance/si-facts.ts';

const ASOF = '2026-03-01';
const policy = fixturePolicy();
const lineOf = (a: ReturnType<typeof assessPoints>, indicator: string) =>
  a.lines.find((l) => l.indicator === indicator);
const records = (months: SiMonthRecord[], over: Partial<AssessmentInput> = {}): AssessmentInput => ({
  ...summaryInput(),
  contractEmployerUscc: EMPLOYER,
  socialInsurance: { kind: 'records', months },
  ...over,
});
/** `count` months ending `last`, each at `multiple` x the figure in force that month (S-9 switch month July). */
function atMultiple(
  last: string,
  count: number,
  multiple: number,
  wages: Record<string, number> = FIXTURE_WAGES,
): SiMonthRecord[] {
  return monthsEnding(last, count).map((r) => {
    const w = wages[String(wageYearOfMonth(r.month, 7))] ?? 12000;
    const base = Math.round(multiple * w * 100) / 100;
    return { ...r, base, taxedIncome: base };
  });
}

describe('S-4: the base condition applies only to 中级/高级职称 and 技能二级/一级', () => {
  // 12 months paid at 0.5x: 0 of 12 at >= 1x.
  const low = monthsEnding('2026-03', 12, 6000);
  it.each([
    ['skill5', 15],
    ['skill4', 30],
    ['skill3', 60],
    ['skill2', 0],
    ['intermediate', 0],
    ['skill1', 0],
    ['senior', 0],
  ] as const)('%s with 0 of 12 months at 1x -> %i', (level: TitleLevel, points) => {
    const a = assessPoints(
      records(low, { title: { level, obtainedInShanghai: true, jobMatches: true } }),
      ASOF,
      policy,
    );
    const l = lineOf(a, 'title');
    expect(l?.points).toBe(points);
    if (points === 0) {
      expect(l?.reason?.en).toContain('0 month(s) of the last 12');
      expect(l?.reason?.en).toContain('6 needed');
      expect(l?.reason?.zh).toContain('月份0个，需6个');
    } else expect(l?.reason?.en).not.toContain('needed');
  });

  it.each([
    ['skill5', 15, undefined],
    ['skill3', 60, undefined],
    ['intermediate', 0, 'were not given'],
  ] as const)('summary without base months: %s -> %i', (level: TitleLevel, points, why) => {
    const l = lineOf(
      assessPoints(
        { ...summaryInput({ qualifyingMonths: 12 }), title: { level, obtainedInShanghai: true, jobMatches: true } },
        ASOF,
        policy,
      ),
      'title',
    );
    expect(l?.points).toBe(points);
    if (why) expect(l?.reason?.en).toContain(why);
  });

  it('the refusal names the months, never a missing wage year the decision did not need', () => {
    // 2025 figure missing; 2026-07..09 judged against it. 0 of the 9 known months at 1x and 3 unknown: 3 < 6 whatever 2025 is.
    const { '2025': _2025, ...wages } = FIXTURE_WAGES;
    const p = fixturePolicy({ wages });
    const months = [...monthsEnding('2026-06', 9, 6000), ...monthsEnding('2026-09', 3, 30000)];
    const l = lineOf(
      assessPoints(
        records(months, { title: { level: 'senior', obtainedInShanghai: true, jobMatches: true } }),
        '2026-09-15',
        p,
      ),
      'title',
    );
    expect(l?.points).toBe(0);
    expect(l?.error).toBeUndefined();
    expect(l?.reason?.en).toContain('0 month(s) of the last 12');
    expect(l?.reason?.en).not.toContain('not in the wage table');
  });

  it.each([
    // known months at 1x, unknown months (2025 figure missing), points, pending year
    [6, 0, 140, null], // known months reach 6: met, the missing year is not needed
    [6, 3, 140, null],
    [5, 1, 0, 2025], // 5 known + 1 unknown could reach 6: pending, naming 2025
    [3, 3, 0, 2025],
    [2, 3, 0, null], // 2 + 3 < 6: not met whatever 2025 is
  ])(
    'senior, %i known months at 1x and %i judged against the missing 2025 figure -> %i (pending %s)',
    (known, unknown, points, pending) => {
      const { '2025': _2025, ...wages } = FIXTURE_WAGES;
      const p = fixturePolicy({ wages });
      const lowCount = 9 - known;
      const months = [
        ...monthsEnding('2026-06', 9, 6000).map((m, i) =>
          i >= lowCount ? { ...m, base: 13000, taxedIncome: 13000 } : m,
        ),
        ...monthsEnding('2026-09', 3, 30000).map((m, i) => (i < unknown ? m : { ...m, paid: false })),
      ];
      const l = lineOf(
        assessPoints(
          records(months, { title: { level: 'senior', obtainedInShanghai: true, jobMatches: true } }),
          '2026-09-15',
          p,
        ),
        'title',
      );
      expect(l?.points).toBe(points);
      if (pending === null) expect(l?.error).toBeUndefined();
      else expect(l?.error).toMatchObject({ code: 'WAGE.YEAR_MISSING', ruleId: 'S-4', details: { year: pending } });
    },
  );

  it('a failed base condition is named in the raise text of the level held', () => {
    const a = assessPoints(
      records(low, { title: { level: 'intermediate', obtainedInShanghai: true, jobMatches: true } }),
      ASOF,
      policy,
    );
    const l = lineOf(a, 'title');
    expect(l?.raise?.en).toContain(
      'meeting the base condition of the intermediate professional title would add 100 points',
    );
    expect(l?.raise?.en).toContain('(0 now)');
    // A lower level with no base condition raises to a level that needs it: the condition is named.
    const s3 = lineOf(
      assessPoints(
        records(low, { title: { level: 'skill3', obtainedInShanghai: true, jobMatches: true } }),
        ASOF,
        policy,
      ),
      'title',
    );
    expect(s3?.raise?.en).toContain('skill level 2');
    expect(s3?.raise?.en).toContain('at least 1x');
  });
});

describe('S-9: thresholds, not bands; P-2 only when a missing year can change the result', () => {
  const { '2025': _2025, ...wages } = FIXTURE_WAGES;
  const no2025 = fixturePolicy({ wages });
  it.each([
    // multiple of the known months, known count, unknown count (base 3.5x of 12800), points, pending
    [2, 36, 1, 100, null], // 2x reached, 1 unknown cannot make 24 at 3x
    [3, 24, 1, 120, null], // top tier reached on published figures
    [3, 23, 1, 0, 2025], // 23 + 1 could make 24 at 3x: pending
    [1, 35, 1, 0, 2025], // 35 + 1 could make 36 at 1x... and nothing reached yet: pending
    [1, 20, 3, 0, null], // no tier can be reached even if every unknown month counts
    [2.5, 36, 0, 100, null], // 2.5x counts for 2x, 1x and 0.8x: the best reached wins
  ])('%sx x %i known + %i unknown -> %i (pending %s)', (multiple, known, unknown, points, pending) => {
    const months = [...atMultiple('2026-06', known, multiple), ...monthsEnding('2026-09', 3, 45000).slice(0, unknown)];
    const asOf = unknown > 0 ? '2026-09-15' : '2026-06-30';
    const a = assessPoints(records(months), asOf, no2025);
    const l = lineOf(a, 'baseMultiple');
    expect(l?.points).toBe(points);
    if (pending === null) expect(l?.error).toBeUndefined();
    else {
      expect(l?.error).toMatchObject({ code: 'WAGE.YEAR_MISSING', ruleId: 'S-9', details: { year: pending } });
      expect(l?.reason?.zh).toContain(`${pending}年`);
    }
  });

  it('the reason says "at least Nx", never a band', () => {
    const l = lineOf(assessPoints(records(atMultiple('2026-03', 36, 1.5)), ASOF, policy), 'baseMultiple');
    expect(l?.points).toBe(50);
    expect(l?.reason?.en).toContain('at least 1x');
    expect(l?.reason?.en).not.toMatch(/\dx-\dx/);
    expect(l?.raise?.en).toContain('at least 2x');
    expect(l?.reason?.zh).toContain('不低于上年平均工资1倍');
  });

  it('the boundary of the July switch: 2026-06 is judged on 2024, 2026-07 on 2025', () => {
    // 36 months at exactly 2x of the figure in force each month reach 100; one fen less in July 2026 does not.
    const exact = atMultiple('2026-07', 36, 2);
    expect(lineOf(assessPoints(records(exact), '2026-07-31', policy), 'baseMultiple')?.points).toBe(100);
    const july = exact.map((m) =>
      m.month === '2026-07' ? { ...m, base: 2 * 12800 - 0.01, taxedIncome: 2 * 12800 } : m,
    );
    expect(lineOf(assessPoints(records(july), '2026-07-31', policy), 'baseMultiple')?.points).toBe(50);
  });
});

describe('S-9 summary: the engine never scores what the input cannot support', () => {
  const summary = (
    qualifyingMonths: number,
    baseMultipleTier: number | null,
    titleBaseMonths?: number,
  ): AssessmentInput => ({
    ...summaryInput(),
    socialInsurance: {
      kind: 'summary',
      qualifyingMonths,
      insuredThisMonth: true,
      monthsPaidInWindow: Math.min(12, qualifyingMonths),
      baseMultipleTier,
      ...(titleBaseMonths === undefined ? {} : { titleBaseMonths }),
    },
  });
  it.each([
    // insured months, tier claimed, points
    [24, 2, 0], // 2x-3x needs 36 months: cannot score (was 100)
    [35, 2, 0],
    [36, 2, 100],
    [23, 3, 0], // at least 3x needs 24
    [24, 3, 120],
    [30, 3, 120], // 3x with 30 months: the 3x tier (24) holds, the 36-month tiers do not
    [35, 1, 0],
    [36, 1, 50],
    [36, 0.8, 25],
    [0, 3, 0],
  ])('%i insured months claiming at least %sx -> %i', (months, tier, points) => {
    const l = lineOf(assessPoints(summary(months, tier), ASOF, policy), 'baseMultiple');
    expect(l?.points).toBe(points);
    if (points === 0) expect(l?.reason?.en).toContain(`only ${months} were paid normally`);
  });
  it('the new user of the issue: 24 insured months claiming at least 2x never scores the 100 (126, not 226)', () => {
    const input: AssessmentInput = { ...summary(24, 2), age: 30, education: 'benke_bachelor' };
    // 30 (age) + 90 (education) + 6 (24 months, S-6) = 126; the claimed 100 never counts.
    expect(assessPoints(input, ASOF, policy).total).toBe(126);
  });
  it.each([
    [12, 12, 100],
    [5, 12, 0], // 12 months at 1x claimed with 5 insured months: 5 < 6
    [6, 12, 100],
  ])('S-4 base months are capped by the insured months: %i insured, %i claimed -> %i', (insured, claimed, points) => {
    const input: AssessmentInput = {
      ...summary(insured, null, claimed),
      title: { level: 'intermediate', obtainedInShanghai: true, jobMatches: true },
    };
    expect(lineOf(assessPoints(input, ASOF, policy), 'title')?.points).toBe(points);
  });
});

describe('C-6 clear mode: the positive points go to 0, the deductions still count', () => {
  it('the rule book example: 133 positive, one C-5, a general crime in clear mode -> -150', () => {
    // 30 (age) + 100 (master) + 3 (12 insured months) = 133.
    const input: AssessmentInput = {
      ...summaryInput({ education: 'master', qualifyingMonths: 12 }),
      records: { falseMaterialDates: ['2025-01-01'], generalCrimeDates: ['2024-01-01'] },
    };
    const withoutRecords = assessPoints({ ...input, records: {} }, ASOF, policy);
    expect(withoutRecords.total).toBe(133);
    const a = assessPoints(input, ASOF, policy);
    expect(a.total).toBe(-150);
    expect(lineOf(a, 'generalCrime')?.points).toBe(-133);
  });
});

describe('C-9: "within N years" ends on the anniversary, inclusive', () => {
  const base = summaryInput({ education: 'master', qualifyingMonths: 48 }); // 30 + 100 + 12 = 142
  it.each([
    // kind, record date, evaluation date, counts
    ['falseMaterialDates', '2023-02-20', '2026-02-20', true], // the rule book's example
    ['falseMaterialDates', '2023-02-20', '2026-02-21', false],
    ['falseMaterialDates', '2023-02-20', '2026-02-19', true],
    ['falseMaterialDates', '2024-02-29', '2027-02-28', true], // art. 202: the month's last day
    ['falseMaterialDates', '2024-02-29', '2027-03-01', false],
    ['detentionDates', '2021-02-20', '2026-02-20', true],
    ['detentionDates', '2021-02-20', '2026-02-21', false],
    ['generalCrimeDates', '2021-02-20', '2026-02-20', true],
    ['generalCrimeDates', '2021-02-20', '2026-02-21', false],
  ] as const)('%s %s on %s counts: %s', (kind, date, asOf, counts) => {
    const a = assessPoints({ ...base, records: { [kind]: [date] } }, asOf, policy);
    const indicator =
      kind === 'falseMaterialDates' ? 'falseMaterial' : kind === 'detentionDates' ? 'detention' : 'generalCrime';
    expect(lineOf(a, indicator) !== undefined).toBe(counts);
    if (kind !== 'detentionDates') expect(a.eligible).toBe(!counts);
  });
  it.each([
    ['2023-02-20', '2026-02-20', false, '2026-02-21'], // the C-5 bar: still barred on the anniversary
    ['2023-02-20', '2026-02-21', true, null],
  ])('C-5 bar of %s on %s: may apply %s (again from %s)', (date, asOf, passed, from) => {
    const bar = assessPoints({ ...base, records: { falseMaterialDates: [date] } }, asOf, policy).eligibility.find(
      (e) => e.ruleId === 'C-5',
    );
    expect(bar?.passed).toBe(passed);
    if (from) expect(bar?.message?.en).toContain(`may apply again from ${from}`);
  });
  it('the earliest date after a record is the day after its anniversary', () => {
    const e = earliestDateReaching({ ...base, records: { falseMaterialDates: ['2023-02-20'] } }, '2026-01-10', policy);
    expect(e.date).toBe('2026-02-21');
  });
});

describe('S-2: impossible applicants are invalid input, never 30 points', () => {
  it.each([
    ['2026-03-02', 'after the evaluation date'], // one day after asOf
    ['2030-01-01', 'after the evaluation date'],
    ['2010-03-02', 'under 16'], // 15 the day before the 16th birthday
    ['2026-03-01', 'under 16'], // born on the evaluation date: age 0
  ])('born %s on 2026-03-01: refused (%s), naming birthDate', (birthDate, why) => {
    const err = ageInputError({ birthDate }, ASOF);
    expect(err).toMatchObject({ code: 'VALIDATION.BIRTH_DATE', ruleId: 'S-2', details: { path: 'birthDate' } });
    expect(err?.message.en).toContain(why);
    expect(err?.message.zh).toContain('出生日期');
    const l = lineOf(assessPoints({ ...summaryInput(), age: undefined, birthDate }, ASOF, policy), 'age');
    expect(l?.points).toBe(0);
    expect(l?.error?.code).toBe('VALIDATION.BIRTH_DATE');
  });
  it.each([
    ['2010-03-01', 16, 30], // the 16th birthday: valid
    ['1966-03-01', 60, 5],
  ])('born %s: age %i, %i points', (birthDate, age, points) => {
    expect(ageInputError({ birthDate }, ASOF)).toBeNull();
    const l = lineOf(assessPoints({ ...summaryInput(), age: undefined, birthDate }, ASOF, policy), 'age');
    expect(l?.points).toBe(points);
    expect(l?.reason?.zh).toContain(`年龄${age}周岁`);
  });
  it('the S-2 text separates the cap from the over-60 rule', () => {
    const l = lineOf(assessPoints(summaryInput({ age: 30 }), ASOF, policy), 'age');
    expect(l?.reason?.zh).toContain('最高30分；60岁以上0分');
    expect(l?.reason?.zh).not.toContain('最高30分60岁');
  });
});
