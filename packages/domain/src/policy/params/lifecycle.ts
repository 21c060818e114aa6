import { z } from 'zod';
import { days, param, positiveInt } from '../param.ts';
import { reminderParams } from './reminders.ts';

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
  /** Issue 13: the sweep's reminders; optional so documents published before it still load. */
  reminders: reminderParams.optional(),
});
export type LifecycleParamsInput = z.input<typeof lifecycleParams>;
