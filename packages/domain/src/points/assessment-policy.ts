import { addYears } from '../dates/index.ts';
import { selectPolicy } from '../policy/policy-set.ts';
import type { PolicySet } from '../policy/policy-set.ts';
import { ok, type IsoDate, type Result } from '../result.ts';
import type { AssessmentPolicy } from './compiled-policy.ts';

/** P-1: the version in force on `asOf` with the set's wage table, ready for `assessPoints`. */
export function assessmentPolicyOn(set: PolicySet, asOf: IsoDate): Result<AssessmentPolicy> {
  const selected = selectPolicy(set, asOf);
  if (!selected.ok) return selected;
  const p = selected.value;
  return ok({ id: p.id, hash: p.hash, params: p.params, wages: set.wages });
}

/** A version that takes effect after the evaluation date, within a projection's horizon (P-1). */
export interface LaterPolicy {
  /** Its first day in force. */
  from: IsoDate;
  /** Its last day in force (inclusive), or null when open-ended. */
  to: IsoDate | null;
  policy: AssessmentPolicy;
}

/**
 * P-1 over time: the versions of `set` that take effect after `asOf` and
 * within `horizonYears` of it, in order, for the earliest-date projection,
 * which scores each projected day by the version in force on that day (a
 * change of policy published ahead is data the projection must follow).
 * With `asOf`'s own version, the last day it is in force.
 */
export function laterPoliciesOf(
  set: PolicySet,
  asOf: IsoDate,
  horizonYears = 15,
): { asOfUntil: IsoDate | null; later: LaterPolicy[] } {
  const end = addYears(asOf, horizonYears);
  const current = selectPolicy(set, asOf);
  const later = set.versions
    .filter((v) => v.effectiveFrom > asOf && v.effectiveFrom <= end)
    .map((v) => ({
      from: v.effectiveFrom,
      to: v.effectiveTo,
      policy: { id: v.id, hash: v.hash, params: v.params, wages: set.wages },
    }));
  return { asOfUntil: current.ok ? current.value.effectiveTo : null, later };
}
