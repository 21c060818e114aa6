import { z } from 'zod';
import { days, param } from '../param.ts';

/** R-3..R-5: review time at the district talent service centre. */
export const workflowParams = z.strictObject({
  reviewWorkingDays: param(days),
  /** Internal service target, not a seed rule: a review is at risk with this many working days or fewer left. */
  reviewAtRiskWorkingDays: param(days),
});
