import { describe, expect, it } from 'vitest';
import { assessPoints } from './assess.ts';
import { earliestDateReaching } from './earliest-date.ts';
import { rankImprovements } from './improvements.ts';
import type { AssessmentInput } from './input.ts';
import { fixturePolicy, summaryInput } from './test-fixtures.ts';

const ASOF = '2026-03-01';
const policy = fixturePolicy();

describe('rankImprovements', () => {
  it('ranks by points gained, each with a rule and texts; gains match a re-assessment', () => {
    const input = summaryInput({ age: 52, education: 'dazhuan', qualifyingMonths: 72 });
    const list = rankImprovements(input, ASOF, policy);
    expect(list.length).toBeGreaterThan(5);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.gain).toBeGreaterThanOrEqual(list[i]!.gain);
    expect(list[0]).toMatchObject({ ruleId: 'S-9', gain: 120 }); // 3x base tier
    expect(list.find((i) => i.ruleId === 'S-4')?.gain).toBe(90); // senior title 140 replaces 大专 50
    const master = list.find((i) => i.ruleId === 'S-3' && i.text.en.includes("master's"));
    expect(master?.gain).toBe(50);
    expect(master?.newTotal).toBe(assessPoints({ ...input, education: 'master' }, ASOF, policy).total);
    expect(list.find((i) => i.ruleId === 'S-7')?.gain).toBe(30);
    for (const i of list) expect(i.text.zh && i.text.en).toBeTruthy();
  });
  it('a title with a mismatched job suggests fixing C-4 first', () => {
    const input = {
      ...summaryInput({ education: 'benke' }),
      title: { level: 'intermediate' as const, obtainedInShanghai: true, jobMatches: false },
    };
    const fix = rankImprovements(input, ASOF, policy).find((i) => i.ruleId === 'C-4');
    expect(fix?.gain).toBe(40);
    expect(fix?.text.en).toContain('job description');
  });
  it('S-9: a tier is offered only when the insured months so far can hold its months, and then gains what a re-assessment gives', () => {
    const short = rankImprovements(summaryInput({ age: 45, education: 'master', qualifyingMonths: 12 }), ASOF, policy);
    expect(short.some((i) => i.ruleId === 'S-9')).toBe(false);
    const input = summaryInput({ age: 45, education: 'master', qualifyingMonths: 48 });
    const offered = rankImprovements(input, ASOF, policy).filter((i) => i.ruleId === 'S-9');
    expect(offered.length).toBeGreaterThan(0);
    for (const i of offered) expect(i.newTotal - i.gain).toBe(assessPoints(input, ASOF, policy).total);
  });
  it('nothing above the top: a doctor does not get an education suggestion', () => {
    expect(rankImprovements(summaryInput({ education: 'doctor' }), ASOF, policy).some((i) => i.ruleId === 'S-3')).toBe(
      false,
    );
  });
});

describe('earliestDateReaching', () => {
  it('already there on asOf', () => {
    const r = earliestDateReaching(
      summaryInput({ age: 30, education: 'benke_bachelor', qualifyingMonths: 48 }),
      ASOF,
      policy,
    );
    expect(r.date).toBe(ASOF);
    expect(r.totalThen).toBe(132);
  });
  it('SI years accrue monthly: 30 + 60 + 27 = 117 now; the 120th month on 2026-04-01 gives 120', () => {
    const r = earliestDateReaching(
      { ...summaryInput({ education: 'benke', qualifyingMonths: 119 }), birthDate: '1996-01-01', age: undefined },
      ASOF,
      policy,
    );
    expect(r.date).toBe('2026-04-01');
    expect(r.totalThen).toBe(120);
    expect(r.reasoning.en).toContain('2026-04-01');
  });
  it('age points fall while SI points rise (age 52, 大专, 6 years: never within 15 years)', () => {
    const r = earliestDateReaching(summaryInput({ age: 52, education: 'dazhuan', qualifyingMonths: 72 }), ASOF, policy);
    // +3 a year from SI, -2 a year from age until 56, so the total stalls far below 120.
    expect(r.date).toBeNull();
    expect(r.totalNow).toBe(81);
    expect(r.reasoning.zh).toContain('15年');
  });
  it('marriage anniversaries count', () => {
    // 30 + 90 = 120 already; with 本科 (60) the first anniversary on 2026-06-15 adds 4 -> 94.
    // 11 months insured: C-1 met (6 of the last 12), no full S-6 year yet.
    const input = {
      ...summaryInput({ education: 'benke_bachelor', qualifyingMonths: 11 }),
      spouseHukouMarriageDate: '2025-06-15',
    };
    const r = earliestDateReaching(input, ASOF, policy);
    expect(r.totalNow).toBe(120);
    expect(r.date).toBe(ASOF);
    const r2 = earliestDateReaching({ ...input, education: 'benke' }, ASOF, policy, 94);
    expect(r2.date).toBe('2026-06-15');
  });
  it('a C-5 bar delays the date until it ends; a serious crime means never', () => {
    const input = {
      ...summaryInput({ education: 'master', qualifyingMonths: 48 }),
      records: { falseMaterialDates: ['2025-01-10'] },
    };
    const r = earliestDateReaching(input, ASOF, policy);
    expect(r.date).toBe('2028-01-11'); // C-9: barred through the anniversary 2028-01-10
    expect(earliestDateReaching({ ...input, records: { seriousCrime: true } }, ASOF, policy).date).toBeNull();
  });
});

describe('earliestDateReaching: anniversaries of 29 February count on 1 March (as ageOn does)', () => {
  it('marriage years (S-14) of a 2020-02-29 marriage: 117 on 2027-02-28, 121 on 2027-03-01', () => {
    const input = {
      ...summaryInput({ age: 44, education: 'benke', qualifyingMonths: 20 }),
      spouseHukouMarriageDate: '2020-02-29',
    };
    const asOf = '2026-01-15';
    expect(assessPoints(input, '2027-02-28', policy).total).toBeLessThan(120);
    expect(assessPoints(input, '2027-03-01', policy).total).toBeGreaterThanOrEqual(120);
    // What the projection assumes (paying on monthly) is what assessPoints sees with the months added.
    const r = earliestDateReaching(input, asOf, policy);
    expect(r.date).toBe('2027-03-01');
  });
});

describe('earliestDateReaching: a date counts only if C-1 lets the applicant apply then', () => {
  it('132 points but 4 of the last 12 months paid: not "reached today"; reached once the window holds 6 paid months', () => {
    const input = {
      ...summaryInput({ age: 30, education: 'benke_bachelor', qualifyingMonths: 48 }),
    };
    const c1Failing: AssessmentInput = {
      ...input,
      socialInsurance: {
        kind: 'summary',
        qualifyingMonths: 48,
        insuredThisMonth: true,
        monthsPaidInWindow: 4,
        baseMultipleTier: null,
      },
    };
    const today = assessPoints(c1Failing, ASOF, policy);
    expect(today.total).toBeGreaterThanOrEqual(120);
    expect(today.eligible).toBe(false);
    const r = earliestDateReaching(c1Failing, ASOF, policy);
    expect(r.date).toBe('2026-05-01');
    expect(earliestDateReaching(input, ASOF, policy).date).toBe(ASOF);
  });
});
