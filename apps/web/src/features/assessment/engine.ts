import {
  assessmentPolicyOn,
  assessPoints,
  earliestDateReaching,
  laterPoliciesOf,
  rankImprovements,
  type AssessmentInput,
  type AssessmentPolicy,
  type DomainError,
  type EarliestDate,
  type Improvement,
  type PointsAssessment,
  type PolicySet,
} from '@jifen/domain';
import { recentPolicySet as bundledPolicySet } from '@jifen/policies/recent';

/** What the page shows; the same shape as `POST /api/v1/assessments` answers (P-3). */
export interface Evaluation {
  policy: { id: string; hash: string };
  assessment: PointsAssessment;
  improvements: Improvement[];
  earliest: EarliestDate;
}

export type EvaluationResult = { ok: true; value: Evaluation } | { ok: false; error: DomainError };

/**
 * P-1: the version in force on `asOf` in `set` (memoised by date and set:
 * the page recomputes on every keystroke). `set` is the published data from
 * `usePolicySet()`; the bundled set is only the default for callers
 * outside React (tests, share links).
 */
let cached: { asOf: string; set: PolicySet; policy: ReturnType<typeof assessmentPolicyOn> } | null = null;
export function policyOn(asOf: string, set: PolicySet = bundledPolicySet): ReturnType<typeof assessmentPolicyOn> {
  if (cached?.asOf !== asOf || cached.set !== set) cached = { asOf, set, policy: assessmentPolicyOn(set, asOf) };
  return cached.policy;
}

/**
 * Principle 2: the browser runs the very domain calls the API runs in
 * `assessments.service.ts` (policy on asOf, explained assessment, ranked
 * what-ifs, earliest date reaching the standard score).
 */
export function evaluateInBrowser(
  input: AssessmentInput,
  asOf: string,
  set: PolicySet = bundledPolicySet,
): EvaluationResult {
  const policy = policyOn(asOf, set);
  if (!policy.ok) return policy;
  const p: AssessmentPolicy = policy.value;
  return {
    ok: true,
    value: {
      policy: { id: p.id, hash: p.hash },
      assessment: assessPoints(input, asOf, p, { explain: true }),
      improvements: rankImprovements(input, asOf, p),
      // P-1: each projected day by the version in force on it, as the API does.
      earliest: earliestDateReaching(input, asOf, p, undefined, 15, laterPoliciesOf(set, asOf)),
    },
  };
}

/** Only the total, for trying what-if patches (no texts). */
export function totalInBrowser(input: AssessmentInput, asOf: string, set: PolicySet = bundledPolicySet): number | null {
  const policy = policyOn(asOf, set);
  return policy.ok ? assessPoints(input, asOf, policy.value, { explain: false }).total : null;
}
