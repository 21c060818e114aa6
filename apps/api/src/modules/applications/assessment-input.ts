import { err, type AssessmentInput, type Result } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { loadAssessmentInput } from '../holder-data/holder-data.service.ts';
import { falseMaterialDatesOf } from '../findings/findings.service.ts';

/**
 * The holder's AssessmentInput for the automatic checks, from the
 * holder-data module's claims and SI/tax records (its service, never its
 * repository). A holder without usable data cannot be checked: 422
 * APPLICATION.INPUT_MISSING with the holder-data module's reason.
 */
export async function loadHolderInput(
  deps: { db: Sql; pii: PiiCipher },
  holderId: string,
): Promise<Result<AssessmentInput>> {
  const input = await loadAssessmentInput(deps, holderId);
  if (input.ok) {
    // C-5 (issue #12): a false-material finding of the centre counts in every later assessment (penalty and bar) with its date.
    const found = await falseMaterialDatesOf(deps.db, holderId);
    if (found.length === 0) return input;
    const declared = input.value.records?.falseMaterialDates ?? [];
    const dates = [...new Set([...declared, ...found])].sort();
    return { ok: true, value: { ...input.value, records: { ...input.value.records, falseMaterialDates: dates } } };
  }
  return err({
    ...input.error,
    code: 'APPLICATION.INPUT_MISSING',
    ruleId: 'R-1',
    details: { ...input.error.details, cause: input.error.code },
  });
}
