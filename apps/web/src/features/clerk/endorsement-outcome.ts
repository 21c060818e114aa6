import { lifecycleOn, selectPolicy, type LocalizedText } from '@jifen/domain';
import { policySet } from '@jifen/policies';

export interface EndorsementPreview {
  /** The rule that decides the outcome. */
  ruleId: 'L-2' | 'L-3' | 'L-4' | 'L-5';
  kind: 'continuous' | 'years_restart' | 'new_application' | 'must_reapply';
  daysOverdue: number;
  stateLabel: LocalizedText;
  holdingReason: LocalizedText;
}

/**
 * What endorsing on `endorsedOn` a permit that expires on `expiresOn` will
 * mean (L-2..L-5), computed in the browser with the policy in force that
 * day, so the clerk sees it before saving. The API decides again on save.
 */
export function previewEndorsement(expiresOn: string, endorsedOn: string): EndorsementPreview | null {
  const policy = selectPolicy(policySet, endorsedOn);
  if (!policy.ok) return null;
  const status = lifecycleOn({ expiry: expiresOn }, endorsedOn, policy.value);
  if (!status.ok) return null;
  const s = status.value;
  const base = { daysOverdue: Math.max(0, s.n), stateLabel: s.stateLabel, holdingReason: s.holdingYearsRestart.reason };
  switch (s.state) {
    case 'permit_lapsed':
      return { ...base, ruleId: 'L-5', kind: 'must_reapply' };
    case 'points_cleared':
      return { ...base, ruleId: 'L-4', kind: 'new_application' };
    case 'grace':
      return { ...base, ruleId: 'L-3', kind: s.holdingYearsRestart.restart ? 'years_restart' : 'continuous' };
    default:
      return { ...base, ruleId: 'L-2', kind: 'continuous' };
  }
}
