import { z } from 'zod';
import { days, param, positiveInt } from '../param.ts';

/** L-1..L-8: validity, renewal window, late window, clearing, re-application. */
export const lifecycleParams = z.strictObject({
  permitPeriodMonths: param(positiveInt),
  renewalWindowDays: param(days),
  graceDays: param(days),
  graceKeepsHoldingYears: param(z.boolean()),
  pointsClearedAfterDays: param(days),
  permitReapplyAfterDays: param(days),
  permitSyncWorkingDays: param(days),
  suspendedBenefits: param(
    z.array(z.enum(['school_entrance', 'medical_reimbursement', 'housing_purchase', 'hukou_accumulation'])).min(1),
  ),
});
export type LifecycleParamsInput = z.input<typeof lifecycleParams>;
