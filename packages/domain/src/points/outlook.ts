import { assessFacts, type PointsAssessment } from './assess.ts';
import { compilePolicy, type AssessmentPolicy } from './compiled-policy.ts';
import { earliestDateOfFacts, type EarliestDate, type PolicyTimeline } from './earliest-date.ts';
import { factsOf } from './facts.ts';
import { rankImprovementsOfFacts, type Improvement } from './improvements.ts';
import type { AssessmentInput } from './input.ts';

export interface AssessmentOutlook {
  assessment: PointsAssessment;
  improvements: Improvement[];
  earliest: EarliestDate;
}

/**
 * The explained assessment, the ranked what-ifs and the earliest date
 * reaching the standard score, from one working-out of the facts: the same
 * answers as `assessPoints` (explained), `rankImprovements` and
 * `earliestDateReaching` called one by one, which each work out the facts of
 * every month again (issue 20: that was a third of an assessment request).
 * `over` (`laterPoliciesOf`) lets the earliest date follow the versions in
 * force after asOf (P-1); the what-ifs are worth what they are on asOf.
 */
export function assessWithOutlook(
  input: AssessmentInput,
  asOf: string,
  policy: AssessmentPolicy,
  over?: PolicyTimeline,
): AssessmentOutlook {
  const c = compilePolicy(policy);
  const facts = factsOf(input, asOf, c);
  return {
    assessment: assessFacts(facts, asOf, c, true),
    improvements: rankImprovementsOfFacts(facts, c),
    earliest: earliestDateOfFacts(facts, c, undefined, 15, over),
  };
}
