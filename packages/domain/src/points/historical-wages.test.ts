// Issue 19 item 8: historical assessments, replays and appeals dated 2018-2023 run on the
// shipped wage table without a missing year (P-2): every figure from 2012 is in it, each
// applying from the month the city switched (April until 2018, May 2019, July since 2020).
import { policySet } from '@jifen/policies';
import { describe, expect, it } from 'vitest';
import { assessPoints } from './assess.ts';
import { assessmentPolicyOn } from './assessment-policy.ts';
import { compilePolicy, wageYearOfMonthIndex } from './compiled-policy.ts';
import type { AssessmentInput } from './input.ts';
import { EMPLOYER, monthsEnding, summaryInput } from './test-fixtures.ts';

const idx = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

function policyOn(asOf: string) {
  const p = assessmentPolicyOn(policySet, asOf);
  if (!p.ok) throw new Error(p.error.message.en);
  return p.value;
}

function recordsInput(lastMonth: string, base: number): AssessmentInput {
  return {
    ...summaryInput(),
    contractEmployerUscc: EMPLOYER,
    title: { level: 'intermediate', obtainedInShanghai: true, jobMatches: true },
    socialInsurance: { kind: 'records', months: monthsEnding(lastMonth, 48, base) },
  };
}

describe('historical assessments on the shipped wage table (issue 19 item 8)', () => {
  it.each([
    '2018-01-15',
    '2018-06-30',
    '2019-04-30',
    '2019-06-01',
    '2020-03-01',
    '2020-09-30',
    '2021-01-01',
    '2022-05-01',
    '2023-06-30',
    '2023-12-31',
  ])('an assessment dated %s computes S-9 and S-4 with no missing wage year', (asOf) => {
    const last = asOf.slice(0, 7);
    const a = assessPoints(recordsInput(last, 30000), asOf, policyOn(asOf));
    for (const ruleId of ['S-9', 'S-4'] as const) {
      const l = a.lines.find((x) => x.ruleId === ruleId);
      expect(l?.error, `${asOf} ${ruleId}`).toBeUndefined();
      expect(l?.points, `${asOf} ${ruleId}`).toBeGreaterThan(0);
    }
  });

  it('2016-01..2019-12 at 16,000: 2x of every figure up to 7132 (40 months), only 1x of 8211 from 2019-05: S-9 = 100', () => {
    const a = assessPoints(recordsInput('2019-12', 16000), '2020-01-01', policyOn('2020-01-01'));
    const s9 = a.lines.find((x) => x.ruleId === 'S-9');
    expect(s9?.error).toBeUndefined();
    expect(s9?.points).toBe(100);
    // S-4: 12 of the last 12 months at >= 1x of the figure in force (8211 from 2019-05, 7132 before).
    expect(a.lines.find((x) => x.ruleId === 'S-4')?.points).toBe(100);
  });

  it('a base between 1x of 7132 and 1x of 8211 loses S-4 for the months after the May 2019 switch', () => {
    // 8,000 >= 7132 but < 8211: 2019-01..2019-04 count, 2019-05..2019-12 do not -> 4 of 12 < 6.
    const a = assessPoints(recordsInput('2019-12', 8000), '2020-01-01', policyOn('2020-01-01'));
    const s4 = a.lines.find((x) => x.ruleId === 'S-4');
    expect(s4?.error).toBeUndefined();
    expect(s4?.points).toBe(0);
  });

  it('the figure in force each month: April switches to 2018-04, May 2019, July since 2020', () => {
    const c = compilePolicy(policyOn('2021-01-01'));
    expect(wageYearOfMonthIndex(c, idx('2014-03'))).toBe(2012);
    expect(wageYearOfMonthIndex(c, idx('2014-04'))).toBe(2013);
    expect(wageYearOfMonthIndex(c, idx('2017-04'))).toBe(2016);
    expect(wageYearOfMonthIndex(c, idx('2019-04'))).toBe(2017);
    expect(wageYearOfMonthIndex(c, idx('2019-05'))).toBe(2018);
    expect(wageYearOfMonthIndex(c, idx('2020-06'))).toBe(2018);
    expect(wageYearOfMonthIndex(c, idx('2020-07'))).toBe(2019);
    expect(wageYearOfMonthIndex(c, idx('2021-06'))).toBe(2019);
    expect(wageYearOfMonthIndex(c, idx('2021-07'))).toBe(2020);
  });
});
