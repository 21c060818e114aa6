import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKnownRuleId } from '../rules.ts';
import { assessPoints } from './assess.ts';
import { EDUCATION_LEVELS, TITLE_LEVELS, titleNeedsBase, type AssessmentInput } from './input.ts';
import { FIXTURE_WAGES, fixturePolicy, monthsEnding } from './test-fixtures.ts';
import { coreInputFields } from './test-support-inputs.ts';

const ASOF = '2026-03-01';
const policy = fixturePolicy();

const inputArb: fc.Arbitrary<AssessmentInput> = fc.record({
  ...coreInputFields,
  age: fc.integer({ min: 18, max: 70 }),
  shortageMajor: fc.option(fc.record({ jobMatches: fc.boolean() }), { nil: undefined }),
  investment: fc.record({ averageAnnualTaxYuan: fc.integer({ min: 0, max: 2_000_000 }) }),
});

const total = (i: AssessmentInput) => assessPoints(i, ASOF, policy, { explain: false }).total;

describe('properties', () => {
  it('explain:false and explain:true give the same points, lines and eligibility', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const fast = assessPoints(input, ASOF, policy, { explain: false });
        const full = assessPoints(input, ASOF, policy);
        expect(fast.total).toBe(full.total);
        expect(fast.lines.map((l) => [l.indicator, l.ruleId, l.points])).toEqual(
          full.lines.map((l) => [l.indicator, l.ruleId, l.points]),
        );
        expect(fast.eligibility.map((e) => e.passed)).toEqual(full.eligibility.map((e) => e.passed));
        expect(fast.lines.every((l) => l.reason === undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every explained line and check names a rule of the rule book, in both languages', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = assessPoints(input, ASOF, policy);
        for (const l of a.lines) {
          expect(isKnownRuleId(l.ruleId), l.ruleId).toBe(true);
          expect(l.reason?.zh.length).toBeGreaterThan(0);
          expect(l.reason?.en.length).toBeGreaterThan(0);
        }
        for (const e of a.eligibility) {
          expect(isKnownRuleId(e.ruleId)).toBe(true);
          expect(e.message?.zh && e.message.en).toBeTruthy();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a further qualification never lowers the total', () => {
    const up = <T>(list: readonly T[], v: T): T => list[Math.min(list.length - 1, list.indexOf(v) + 1)] as T;
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = total(input);
        expect(total({ ...input, education: up(EDUCATION_LEVELS, input.education) })).toBeGreaterThanOrEqual(before);
        // S-4: 技能三级 -> 二级 adds the base condition, which may fail; every other step only adds points.
        const nextTitle = input.title ? up(TITLE_LEVELS, input.title.level) : undefined;
        if (input.title && nextTitle && titleNeedsBase(nextTitle) === titleNeedsBase(input.title.level))
          expect(total({ ...input, title: { ...input.title, level: nextTitle } })).toBeGreaterThanOrEqual(before);
        expect(
          total({ ...input, commendations: [...(input.commendations ?? []), 'provincial'] }),
        ).toBeGreaterThanOrEqual(before);
        expect(total({ ...input, shortageMajor: { jobMatches: true } })).toBeGreaterThanOrEqual(before);
        expect(total({ ...input, publicServiceYears: (input.publicServiceYears ?? 0) + 1 })).toBeGreaterThanOrEqual(
          before,
        );
        expect(total({ ...input, remoteSuburbYears: (input.remoteSuburbYears ?? 0) + 1 })).toBeGreaterThanOrEqual(
          before,
        );
        const si = input.socialInsurance;
        if (si.kind === 'summary') {
          expect(
            total({ ...input, socialInsurance: { ...si, qualifyingMonths: si.qualifyingMonths + 1 } }),
          ).toBeGreaterThanOrEqual(before);
          expect(total({ ...input, socialInsurance: { ...si, baseMultipleTier: 3 } })).toBeGreaterThanOrEqual(before);
        } else {
          const more = monthsEnding('2026-03', si.months.length + 1, si.months[0]?.base ?? 13000);
          expect(total({ ...input, socialInsurance: { kind: 'records', months: more } })).toBeGreaterThanOrEqual(
            before,
          );
          const higher = si.months.map((m) => ({ ...m, base: (m.base ?? 0) * 1.5, taxedIncome: (m.base ?? 0) * 1.5 }));
          expect(total({ ...input, socialInsurance: { kind: 'records', months: higher } })).toBeGreaterThanOrEqual(
            before,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the fixture wages cover every year the generated records need', () => {
    expect(Object.keys(FIXTURE_WAGES)).toContain('2025');
  });
});
