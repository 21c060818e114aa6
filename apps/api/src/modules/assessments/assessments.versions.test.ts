import type { Policy, PolicySet } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { describe, expect, it } from 'vitest';
import { evaluate } from './assessments.service.ts';

/**
 * P-1 through the API: a version published ahead (a test version from
 * 2027-07-01 whose standard score is 86) moves the earliest date the
 * assessment answers to its first day, and the reasoning names it; the
 * assessment and the what-ifs stay those of the version in force on asOf.
 */
const sh2026 = policySet.versions.find((v) => v.id === 'sh-2026') as Policy;
const ahead: PolicySet = {
  ...policySet,
  versions: [
    ...policySet.versions.map((v) => (v.id === 'sh-2026' ? { ...v, effectiveTo: '2027-06-30' } : v)),
    {
      ...sh2026,
      id: 'sh-test-ahead',
      effectiveFrom: '2027-07-01',
      effectiveTo: null,
      hash: 'test-ahead',
      params: { ...sh2026.params, points: { ...sh2026.params.points, standardScore: 86 } },
    },
  ],
};
const body = {
  input: {
    age: 30,
    education: 'dazhuan' as const,
    socialInsurance: {
      kind: 'summary' as const,
      qualifyingMonths: 24,
      insuredThisMonth: true,
      monthsPaidInWindow: 12,
      baseMultipleTier: null,
    },
  },
  asOf: '2026-12-07',
};

describe('the assessment API follows a version published ahead (P-1)', () => {
  it('answers the later version’s first day, named, while the assessment stays asOf’s', () => {
    const before = evaluate(policySet, body, '2026-12-07');
    expect(before.earliest.date).toBe('2038-12-01');
    const after = evaluate(ahead, body, '2026-12-07');
    expect(after.policy.id).toBe('sh-2026');
    expect(after.assessment).toEqual(before.assessment);
    expect(after.improvements).toEqual(before.improvements);
    expect(after.earliest).toMatchObject({ date: '2027-07-01', target: 86, totalNow: 86, totalThen: 86 });
    expect(after.earliest.reasoning.zh).toContain('2027-07-01起施行的政策版本sh-test-ahead');
  });
});
