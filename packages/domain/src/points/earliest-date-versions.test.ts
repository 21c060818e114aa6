import { policySet } from '@jifen/policies';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/index.ts';
import type { Policy, PolicySet } from '../policy/policy-set.ts';
import { assessmentPolicyOn, laterPoliciesOf } from './assessment-policy.ts';
import { earliestDateReaching } from './earliest-date.ts';
import type { AssessmentInput } from './input.ts';
import { assessWithOutlook } from './outlook.ts';

/**
 * P-1 over the earliest-date projection: each projected day is scored by the
 * version in force on it. A version published ahead (here a test version
 * from 2027-07-01 whose standard score is 86) changes the date from its
 * first day, never before; a day no version covers counts for nothing.
 */
const sh2026 = policySet.versions.find((v) => v.id === 'sh-2026') as Policy;

function withLater(from: string, standardScore: number, oldUntil: string, laterUntil: string | null = null): PolicySet {
  const later: Policy = {
    ...sh2026,
    id: 'sh-test-later',
    effectiveFrom: from,
    effectiveTo: laterUntil,
    hash: `test-${standardScore}`,
    params: { ...sh2026.params, points: { ...sh2026.params.points, standardScore } },
  };
  const versions = policySet.versions.map((v) => (v.id === 'sh-2026' ? { ...v, effectiveTo: oldUntil } : v));
  return { ...policySet, versions: [...versions, later] };
}

// 30 years old, a 大专 diploma, two years of social insurance: 86 today (asOf 2026-12-07), 120 only on 2038-12-01.
const input: AssessmentInput = {
  age: 30,
  education: 'dazhuan',
  socialInsurance: {
    kind: 'summary',
    qualifyingMonths: 24,
    insuredThisMonth: true,
    monthsPaidInWindow: 12,
    baseMultipleTier: null,
  },
};
const ASOF = '2026-12-07';

function earliestUnder(set: PolicySet, asOf = ASOF) {
  const p = assessmentPolicyOn(set, asOf);
  if (!p.ok) throw new Error(p.error.code);
  return earliestDateReaching(input, asOf, p.value, undefined, 15, laterPoliciesOf(set, asOf));
}

describe('the earliest date follows the version in force on each day (P-1)', () => {
  const single = earliestUnder(policySet);

  it('is unchanged when no version follows asOf’s', () => {
    expect(single.totalNow).toBe(86);
    expect(single.target).toBe(120);
    expect(single.date).toBe('2038-12-01');
    const p = assessmentPolicyOn(policySet, ASOF);
    if (!p.ok) throw new Error('no policy');
    expect(earliestDateReaching(input, ASOF, p.value)).toEqual(single);
  });

  it('reaches a lower standard score on the later version’s first day, and names that version', () => {
    const set = withLater('2027-07-01', 86, '2027-06-30');
    const e = earliestUnder(set);
    expect(e.date).toBe('2027-07-01');
    expect(e.target).toBe(86);
    expect(e.totalThen).toBe(86);
    expect(e.reasoning.zh).toContain('sh-test-later');
    expect(e.reasoning.zh).toContain('2027-07-01');
    expect(e.reasoning.en).toContain('policy version sh-test-later, in force from 2027-07-01');
  });

  it('scores the day before the change by the old version (2027-06-30 is not a date for 86)', () => {
    const set = withLater('2027-07-01', 86, '2027-06-30');
    const p = assessmentPolicyOn(set, '2027-06-30');
    if (!p.ok) throw new Error('no policy');
    expect(p.value.id).toBe('sh-2026');
    // Asked on the last day of the old version, the date is still the first day of the new one.
    expect(earliestUnder(set, '2027-06-30').date).toBe('2027-07-01');
    // Asked on the first day of the new one, it is reached that day, under the version in force on asOf.
    const onTheDay = earliestUnder(set, '2027-07-01');
    expect(onTheDay.date).toBe('2027-07-01');
    expect(onTheDay.reasoning.zh).not.toContain('sh-test-later');
  });

  it('never counts a day no version covers: a gap in July moves the date to August', () => {
    const set: PolicySet = withLater('2027-08-01', 86, '2027-06-30');
    const e = earliestUnder(set);
    expect(e.date).toBe('2027-08-01');
  });

  it('keeps a date reached before a version that raises the bar, and follows the raised bar after it', () => {
    expect(single.date).not.toBeNull();
    const day = single.date as string;
    expect(earliestUnder(withLater(addDays(day, 1), 200, day))).toEqual(single);
    const raised = earliestUnder(withLater('2027-07-01', 200, '2027-06-30'));
    expect(raised.date).toBeNull();
    expect(raised.target).toBe(200);
  });

  it('gives the API’s one-pass outlook the same earliest date as the separate call', () => {
    const set = withLater('2027-07-01', 86, '2027-06-30');
    const p = assessmentPolicyOn(set, ASOF);
    if (!p.ok) throw new Error('no policy');
    expect(assessWithOutlook(input, ASOF, p.value, laterPoliciesOf(set, ASOF)).earliest).toEqual(earliestUnder(set));
  });

  it('follows the shipped change of 2026-01-01 for an assessment dated in 2025 (sh-2018, then sh-2026)', () => {
    const withRecord: AssessmentInput = {
      ...input,
      education: 'benke_bachelor',
      socialInsurance: { ...input.socialInsurance, qualifyingMonths: 40 } as AssessmentInput['socialInsurance'],
      records: { generalCrimeDates: ['2024-03-01'] },
    };
    const p = assessmentPolicyOn(policySet, '2025-06-01');
    if (!p.ok) throw new Error('no policy');
    expect(p.value.id).toBe('sh-2018');
    const e = earliestDateReaching(
      withRecord,
      '2025-06-01',
      p.value,
      undefined,
      15,
      laterPoliciesOf(policySet, '2025-06-01'),
    );
    // The record's five years end on 2029-03-01; the date is scored by sh-2026, which is in force then.
    expect(e.date).toBe('2029-03-02');
    expect(e.reasoning.zh).toContain('2026-01-01起施行的政策版本sh-2026');
  });

  it('lists only the versions after asOf within the horizon, with the last day of asOf’s', () => {
    const set = withLater('2027-07-01', 86, '2027-06-30');
    const t = laterPoliciesOf(set, ASOF);
    expect(t.asOfUntil).toBe('2027-06-30');
    expect(t.later.map((l) => [l.policy.id, l.from, l.to])).toEqual([['sh-test-later', '2027-07-01', null]]);
    expect(laterPoliciesOf(set, '2027-07-01').later).toEqual([]);
    expect(laterPoliciesOf(set, '2010-01-01', 15).later.map((l) => l.policy.id)).toEqual(['sh-2018']);
    expect(laterPoliciesOf(policySet, '2025-12-31').later.map((l) => l.from)).toEqual(['2026-01-01']);
  });
});
