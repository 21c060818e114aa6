import { z } from 'zod';
import { param, positiveInt } from '../param.ts';

/** M-1..M-5: materials for a changed employer. */
export const materialsParams = z.strictObject({
  contractMinMonths: param(positiveInt),
  contractMinRemainingMonths: param(z.number().int().min(0)),
});
