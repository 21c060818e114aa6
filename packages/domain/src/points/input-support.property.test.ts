// Issue 19, "Keep it from coming back": no line ever scores more than its
// input can support, whatever the input says (contradictory summaries, any
// birth date, any evaluation date 2019-2027).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../dates/index.ts';
import { ageInputError } from './age-input.ts';
import { assessPoints } from './assess.ts';
import { compilePolicy } from './compiled-policy.ts';
import { EDUCATION_LEVELS, TITLE_LEVELS, titleNeedsBase, type AssessmentInput, type SiMonthRecord } from './input.ts';
import { agePoints } from './score-personal.ts';
import { EMPLOYER, OTHER_EMPLOYER, fixturePolicy, monthsEnding } from './test-fixtures.ts';

const policy = fixturePolicy();
const c = compilePolicy(policy);
const tierOfPoints = (points: number) => c.tiers.find((t) => t.points === points);

const day = fc
  .integer({ min: 0, max: 365 * 9 - 1 })
  .map((n) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const birth = fc
  .integer({ min: 0, max: 365 * 90 })
  .map((n) => new Date(Date.UTC(1940, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const month = (asOf: string, back: number) => {
  const i = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1 - back;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

const summary = fc.record({
  kind: fc.constant('summary' as const),
  qualifyingMonths: fc.integer({ min: 0, max: 80 }),
  insuredThisMonth: fc.boolean(),
  monthsPaidInWindow: fc.integer({ min: 0, max: 12 }),
  baseMultipleTier: fc.constantFrom(null, 0.5, 0.8, 1, 1.5, 2, 2.5, 3, 4),
  titleBaseMonths: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
});

const scenario = fc
  .record({
    asOf: day,
    birthDate: birth,
    education: fc.constantFrom(...EDUCATION_LEVELS),
    title: fc.option(
      fc.record({
        level: fc.constantFrom(...TITLE_LEVELS),
        obtainedInShanghai: fc.boolean(),
        jobMatches: fc.boolean(),
      }),
      { nil: undefined },
    ),
    summary,
    useRecords: fc.boolean(),
    count: fc.integer({ min: 0, max: 60 }),
    gap: fc.integer({ min: 0, max: 6 }),
    base: fc.integer({ min: 5000, max: 45000 }),
    backPaidEvery: fc.integer({ min: 0, max: 7 }),
    otherEmployerEvery: fc.integer({ min: 0, max: 7 }),
  })
  .map((s) => {
    let months: SiMonthRecord[] = [];
    if (s.useRecords) {
      months = monthsEnding(month(s.asOf, s.gap), s.count, s.base).map((m, i) => ({
        ...m,
        ...(s.backPaidEvery > 0 && i % s.backPaidEvery === 0 ? { backPaid: true } : {}),
        ...(s.otherEmployerEvery > 0 && i % s.otherEmployerEvery === 1 ? { employerUscc: OTHER_EMPLOYER } : {}),
      }));
    }
    const input: AssessmentInput = {
      birthDate: s.birthDate,
      education: s.education,
      ...(s.title ? { title: s.title } : {}),
      contractEmployerUscc: EMPLOYER,
      socialInsurance: s.useRecords ? { kind: 'records', months } : s.summary,
    };
    return { asOf: s.asOf, input, months };
  });

/** Months paid normally (not back-paid) within the `window` months ending with asOf's month. */
function normalMonthsWithin(months: readonly SiMonthRecord[], asOf: string, window: number): number {
  const first = month(asOf, window - 1);
  const last = asOf.slice(0, 7);
  return months.filter((m) => m.paid && m.backPaid !== true && m.month >= first && m.month <= last).length;
}

describe('no line exceeds what its input can support', () => {
  it('S-9 tier months, S-4 base months, S-6 years <= insured months; S-2 from a real birth date; education or title, never both', () => {
    fc.assert(
      fc.property(scenario, ({ asOf, input, months }) => {
        const a = assessPoints(input, asOf, policy);
        const pts = (indicator: string) => a.lines.find((l) => l.indicator === indicator)?.points ?? 0;
        const si = input.socialInsurance;
        const insured = si.kind === 'summary' ? si.qualifyingMonths : normalMonthsWithin(months, asOf, 1200);

        // S-9: the tier scored needs its months, and the input has them.
        const s9 = pts('baseMultiple');
        if (s9 > 0) {
          const tier = tierOfPoints(s9);
          expect(tier).toBeDefined();
          const have =
            si.kind === 'summary' ? si.qualifyingMonths : normalMonthsWithin(months, asOf, tier?.windowMonths ?? 0);
          expect(have).toBeGreaterThanOrEqual(tier?.months ?? Infinity);
          if (si.kind === 'summary')
            expect(si.baseMultipleTier ?? -1).toBeGreaterThanOrEqual(tier?.minMultiple ?? Infinity);
        }

        // S-4: a level that needs the base condition scores only with 6 supported months in the last 12.
        const s4 = pts('title');
        if (s4 > 0 && input.title && titleNeedsBase(input.title.level)) {
          const tb = c.params.points.titleSiBase;
          const have =
            si.kind === 'summary'
              ? Math.min(si.titleBaseMonths ?? 0, si.qualifyingMonths, tb.windowMonths)
              : normalMonthsWithin(months, asOf, tb.windowMonths);
          expect(have).toBeGreaterThanOrEqual(tb.months);
        }

        // S-6: 3 points per 12 insured months, never more.
        expect(pts('siYears')).toBeLessThanOrEqual(Math.floor(insured / 12) * c.params.points.siYearPoints);

        // S-2: points only for a real applicant (born on or before asOf, at least 16), and exactly the rule's.
        const ageLine = a.lines.find((l) => l.indicator === 'age');
        const invalid = ageInputError(input, asOf);
        if (invalid) {
          expect(ageLine?.points).toBe(0);
          expect(ageLine?.error?.code).toBe('VALIDATION.BIRTH_DATE');
        } else {
          expect(input.birthDate! <= asOf).toBe(true);
          expect(ageLine?.points).toBe(agePoints(ageOn(input.birthDate!, asOf), c));
        }

        // S-5: education and title never both.
        expect(pts('education') > 0 && s4 > 0).toBe(false);

        // The lines add up to the total.
        expect(a.lines.reduce((sum, l) => sum + l.points, 0)).toBe(a.total);
      }),
      { numRuns: 600 },
    );
  });
});
