import fc from 'fast-check';
import { COMMENDATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from './input.ts';
import { EMPLOYER, monthsEnding } from './test-fixtures.ts';

/**
 * The random assessment inputs the domain's property tests share: the fields
 * every such test varies, each over the values the rules distinguish. A test
 * spreads them into its own `fc.record` and adds what it is about (dates,
 * records, investment). Test support only: excluded from the build.
 */
export const coreInputFields = {
  education: fc.constantFrom(...EDUCATION_LEVELS),
  title: fc.option(
    fc.record({ level: fc.constantFrom(...TITLE_LEVELS), obtainedInShanghai: fc.boolean(), jobMatches: fc.boolean() }),
    { nil: undefined },
  ),
  contractEmployerUscc: fc.constant(EMPLOYER),
  socialInsurance: fc.oneof(
    fc.record({
      kind: fc.constant('summary' as const),
      qualifyingMonths: fc.integer({ min: 0, max: 240 }),
      insuredThisMonth: fc.boolean(),
      monthsPaidInWindow: fc.integer({ min: 0, max: 12 }),
      baseMultipleTier: fc.constantFrom(null, 0.8, 1, 2, 3),
      titleBaseMonths: fc.integer({ min: 0, max: 12 }),
    }),
    fc.record({
      kind: fc.constant('records' as const),
      months: fc
        .tuple(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 8000, max: 45000 }))
        .map(([n, base]) => monthsEnding('2026-03', n, base)),
    }),
  ),
  publicServiceYears: fc.integer({ min: 0, max: 20 }),
  remoteSuburbYears: fc.integer({ min: 0, max: 20 }),
  freshGraduate: fc.boolean(),
  commendations: fc.array(fc.constantFrom(...COMMENDATION_LEVELS), { maxLength: 2 }),
};
