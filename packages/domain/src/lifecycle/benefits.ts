import { msg } from '@jifen/messages/domain';
import { addDays } from '../dates/index.ts';
import type { Policy } from '../policy/index.ts';
import type { IsoDate, LocalizedText } from '../result.ts';
import type { LifecycleState } from './lifecycle.ts';

type Benefit = Policy['params']['lifecycle']['suspendedBenefits'][number];

const BENEFIT_LABELS: Record<Benefit, LocalizedText> = {
  school_entrance: msg('lifecycle.benefit.schoolEntrance'),
  medical_reimbursement: msg('lifecycle.benefit.medicalReimbursement'),
  housing_purchase: msg('lifecycle.benefit.housingPurchase'),
  hukou_accumulation: msg('lifecycle.benefit.hukouAccumulation'),
};

export interface BenefitsStatus {
  ruleId: 'L-6';
  suspended: boolean;
  /** First day of the suspension (V + 1), also given before it starts. */
  from: IsoDate;
  items: { benefit: Benefit; label: LocalizedText }[];
  restoredBy: LocalizedText;
}

const RESTORED_BY: Record<LifecycleState, LocalizedText> = {
  valid: msg('lifecycle.restoredBy.valid'),
  renewal_window: msg('lifecycle.restoredBy.renewalWindow'),
  grace: msg('lifecycle.restoredBy.grace'),
  points_cleared: msg('lifecycle.restoredBy.pointsCleared'),
  permit_lapsed: msg('lifecycle.restoredBy.permitLapsed'),
};

/**
 * L-6, read with L-1: points are valid exactly as long as the permit, so the
 * benefits that rest on valid points stop from the day after expiry (V + 1)
 * until the points are renewed; past the late window they need a new
 * application. The list of benefits is a policy parameter.
 */
export function benefitsOn(state: LifecycleState, expiry: IsoDate, policy: Policy): BenefitsStatus {
  return {
    ruleId: 'L-6',
    suspended: state !== 'valid' && state !== 'renewal_window',
    from: addDays(expiry, 1),
    items: policy.params.lifecycle.suspendedBenefits.map((benefit) => ({ benefit, label: BENEFIT_LABELS[benefit] })),
    restoredBy: RESTORED_BY[state],
  };
}
