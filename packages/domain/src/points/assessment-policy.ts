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
