import { err, type AssessmentInput, type Result } from '@jifen/domain';
import type { Db } from '../../adapters/db/sql.ts';

/**
 * The seam to the holder's recorded indicator claims and SI/tax records
 * (the holder-data module owns them). Until that module's
 * `loadAssessmentInput` is wired here, no record exists to check, and a
 * submission is refused with a clear message rather than checked against
 * invented data.
 */
export async function loadHolderInput(_db: Db, holderId: string): Promise<Result<AssessmentInput>> {
  return err({
    code: 'APPLICATION.INPUT_MISSING',
    ruleId: 'R-1',
    message: {
      zh: '持证人的积分指标与社保个税记录尚未登记，无法进行自动核查',
      en: "The holder's indicator claims and social-insurance/tax records are not recorded yet; the automatic checks cannot run",
    },
    details: { holderId },
  });
}
