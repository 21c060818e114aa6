import { z } from 'zod';
import { param, points, positiveInt } from '../param.ts';

/** C-1..C-8: social insurance, tax match, records. */
export const complianceParams = z.strictObject({
  /** C-1: months insured normally within the window (back-payments excluded). */
  siMinMonthsLastYear: param(positiveInt),
  siWindowMonths: param(positiveInt),
  /** C-1: the seed states it for education points, the measures for everyone. */
  siRequirementScope: param(z.enum(['all', 'education'])),
  /** C-3: at most this many companies declaring tax in one month. */
  maxTaxDeclarersPerMonth: param(positiveInt),
  falseMaterialPenalty: param(points),
  falseMaterialYears: param(positiveInt),
  falseMaterialBarYears: param(positiveInt),
  generalCrimeEffect: param(z.enum(['clear', 'deduct'])),
  generalCrimePenalty: param(points),
  generalCrimeYears: param(positiveInt),
  detentionPenalty: param(points),
  detentionYears: param(positiveInt),
  familyPlanningVeto: param(z.boolean()),
});
