// Issue 19, the July wage change: the tier before and after a year's average wage is published,
// at the boundaries of the rule book's example (12,400 vs 12,307 / 12,434: 50 becomes 25).
import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from './input.ts';
import { EMPLOYER, fixturePolicy, monthsEnding, summaryInput } from './test-fixtures.ts';
import { wageChangeImpact } from './wage-change.ts';

// The table as it stands before 2024's figure is published (2023: 12,307 in force from 2024-07).
const policy = fixturePolicy({ wages: { '2020': 10338, '2021': 11396, '2022': 12183, '2023': 12307 } });
const FIGURE_2024 = { year: 2024, monthlyAverage: 12434, appliesFrom: '2025-07' };
const AS_OF = '2025-12-01';

/** 36 months up to 2025-11 at `base`: the 5 months from 2025-07 are judged against the new figure. */
function insured(base: number, over: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    ...summaryInput({ age: 30, education: 'benke_bachelor' }),
    contractEmployerUscc: EMPLOYER,
    socialInsurance: { kind: 'records', months: monthsEnding('2025-11', 36, base) },
    ...over,
  };
}

describe('wageChangeImpact (S-9, S-4 under a newly published figure)', () => {
  it('12,400: >= 1x of 12,307 but < 1x of 12,434, so 50 becomes 25; 12,434 keeps the tier', () => {
    const impact = wageChangeImpact(insured(12400), AS_OF, policy, FIGURE_2024);
    expect(impact?.lines).toEqual([
      { ruleId: 'S-9', before: 50, after: 25, multiple: 1, figureBefore: 12307, figureAfter: 12434, baseToKeep: 12434 },
    ]);
    expect(impact?.totalBefore).toBe((impact?.totalAfter ?? 0) + 25);
  });

  it.each([
    [12434, null], // exactly 1x of the new figure: thresholds are inclusive, nothing changes
    [12433, 25], // one yuan under: the 5 new-figure months drop below 1x
    [12307, 25], // exactly 1x of the old figure: counted before, not after
    [12306, null], // below 1x of the old figure already: 25 before and after
  ])('base %i -> S-9 after %s', (base, after) => {
    const impact = wageChangeImpact(insured(base), AS_OF, policy, FIGURE_2024);
    if (after === null) expect(impact).toBeNull();
    else expect(impact?.lines[0]).toMatchObject({ ruleId: 'S-9', before: 50, after });
  });

  it('the 0.8x tier: the base to keep it is 0.8 x 12,434 rounded up (9,948)', () => {
    const impact = wageChangeImpact(insured(9900), AS_OF, policy, FIGURE_2024);
    // 9,900 >= 0.8 x 12,307 (9,845.6) but < 0.8 x 12,434 (9,947.2): 25 becomes 0.
    expect(impact?.lines[0]).toMatchObject({ ruleId: 'S-9', before: 25, after: 0, multiple: 0.8, baseToKeep: 9948 });
  });

  it('S-4: a 中级职称 needs 6 of the last 12 months at >= 1x; the new figure takes 5 of them away', () => {
    // 10 months at 12,400 (S-9 has too few months either way): 2025-02..2025-11, of which 2025-07..11 are new-figure months.
    const input: AssessmentInput = {
      ...insured(12400),
      socialInsurance: { kind: 'records', months: monthsEnding('2025-11', 10, 12400) },
      title: { level: 'intermediate', obtainedInShanghai: true, jobMatches: true },
    };
    const impact = wageChangeImpact(input, AS_OF, policy, FIGURE_2024);
    expect(impact?.lines).toEqual([
      { ruleId: 'S-4', before: 100, after: 0, multiple: 1, figureBefore: 12307, figureAfter: 12434, baseToKeep: 12434 },
    ]);
  });

  it('crossing 120 either way is named', () => {
    // 大专 50 + age 45 (27) + S-6 36 months (9) + S-9: 136 with 50, 111 with 25.
    const down = wageChangeImpact(insured(12400, { education: 'dazhuan', age: 45 }), AS_OF, policy, FIGURE_2024);
    expect(down).toMatchObject({ totalBefore: 136, totalAfter: 111, standardScore: 120, crossed: 'down' });
    // A figure below the one in force lifts people: the 5 new-figure months at 12,303 are < 1x of 12,307, >= 1x of 12,300.
    const months = [...monthsEnding('2025-06', 31, 13000), ...monthsEnding('2025-11', 5, 12303)];
    const lifted = insured(0, { education: 'dazhuan', age: 45, socialInsurance: { kind: 'records', months } });
    const up = wageChangeImpact(lifted, AS_OF, policy, {
      ...FIGURE_2024,
      monthlyAverage: 12300,
    });
    expect(up).toMatchObject({ totalBefore: 111, totalAfter: 136, crossed: 'up' });
    expect(up?.lines[0]).toMatchObject({ ruleId: 'S-9', before: 25, after: 50 });
    // 12,350 is >= 1x of both: nothing changes.
    expect(wageChangeImpact(insured(12350), AS_OF, policy, { ...FIGURE_2024, monthlyAverage: 12300 })).toBeNull();
  });

  it('a person whose months are all before the switch is not affected', () => {
    const input: AssessmentInput = {
      ...insured(12400),
      socialInsurance: { kind: 'records', months: monthsEnding('2025-06', 36, 12400) },
    };
    expect(wageChangeImpact(input, '2025-07-01', policy, FIGURE_2024)).toBeNull();
  });

  it('a correction of a published year compares with the published figure, not the year before', () => {
    const published = fixturePolicy({
      wages: { '2020': 10338, '2021': 11396, '2022': 12183, '2023': 12307, '2024': 12434 },
    });
    // 12,500 is >= 1x of the published 12,434: 50; a corrected 12,600 takes the 5 months from 2025-07 below 1x.
    const impact = wageChangeImpact(insured(12500), AS_OF, published, { year: 2024, monthlyAverage: 12600 });
    expect(impact?.lines).toEqual([
      { ruleId: 'S-9', before: 50, after: 25, multiple: 1, figureBefore: 12434, figureAfter: 12600, baseToKeep: 12600 },
    ]);
  });
});
