import { z } from 'zod';
import { days, param } from '../param.ts';

/** R-3..R-5: review time at the district talent service centre. */
export const workflowParams = z.strictObject({
  reviewWorkingDays: param(days),
  /** Internal service target, not a seed rule: a review is at risk with this many working days or fewer left. */
  reviewAtRiskWorkingDays: param(days),
  /**
   * Internal service target of online consultation (issue #14): the first
   * answer to a question is due within this many working hours (09:00-17:00
   * on the D-1 working days). Optional so that versions published before it
   * existed still load; the consultation service then uses 4.
   */
  firstAnswerWorkingHours: param(z.number().int().min(1).max(80)).optional(),
});
