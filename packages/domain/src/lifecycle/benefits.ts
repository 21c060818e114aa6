import { addDays } from '../dates/index.ts';
import type { Policy } from '../policy/index.ts';
import type { IsoDate, LocalizedText } from '../result.ts';
import type { LifecycleState } from './lifecycle.ts';

type Benefit = Policy['params']['lifecycle']['suspendedBenefits'][number];

const BENEFIT_LABELS: Record<Benefit, LocalizedText> = {
  school_entrance: {
    zh: '子女入学（含在沪参加中考、高考）',
    en: "Children's school entrance (incl. zhongkao/gaokao in Shanghai)",
  },
  medical_reimbursement: { zh: '医保报销', en: 'Medical insurance reimbursement' },
  housing_purchase: { zh: '购房资格', en: 'Housing purchase eligibility' },
  hukou_accumulation: {
    zh: '积分失效期间缴纳的社保可能不计入落户累计',
    en: 'Social insurance paid during the lapse may not count toward hukou',
  },
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
  valid: {
    zh: '按时签注居住证并续办积分，待遇不中断',
    en: 'Endorse the permit and renew the points on time; benefits continue',
  },
  renewal_window: {
    zh: '到期前签注居住证并续办积分，待遇不中断',
    en: 'Endorse the permit and renew the points before expiry; benefits continue',
  },
  grace: {
    zh: '签注居住证并续办积分后恢复（逾期补办期内无需重新申请）',
    en: 'Restored by endorsing the permit and renewing the points (no new application within the late window)',
  },
  points_cleared: {
    zh: '签注居住证后重新申请积分，获批后恢复',
    en: 'Restored after endorsing the permit and a new points application is approved',
  },
  permit_lapsed: {
    zh: '重新办理居住证并重新申请积分，获批后恢复',
    en: 'Restored after a new residence permit and a new points application are approved',
  },
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
