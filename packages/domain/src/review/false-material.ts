import { msg } from '@jifen/messages/domain';
import { addDays, addYears } from '../dates/index.ts';
import type { PolicyParams } from '../policy/schema.ts';
import type { IsoDate, LocalizedText } from '../result.ts';

export interface FalseMaterialFinding {
  ruleId: 'C-5';
  foundOn: IsoDate;
  /** Points deducted from every assessment within `countsUntil` (negative). */
  penalty: number;
  /** C-5: no application before this day (the bar's first free day). */
  barredUntil: IsoDate;
  /** The deduction counts in assessments up to and including this day (C-9: the anniversary). */
  countsUntil: IsoDate;
  message: LocalizedText;
}

/**
 * C-5: a false-material finding deducts the policy's penalty (150 points in
 * the shipped versions) and bars applications for the policy's years, both
 * counted from the day of the finding; C-9: each period's last day is the
 * anniversary, inclusive, so the bar's first free day is the day after. The assessment engine reads the same
 * date from `records.falseMaterialDates`, so what is shown here is what
 * later assessments apply.
 */
export function falseMaterialFinding(
  foundOn: IsoDate,
  params: {
    compliance: Pick<
      PolicyParams['compliance'],
      'falseMaterialPenalty' | 'falseMaterialBarYears' | 'falseMaterialYears'
    >;
  },
): FalseMaterialFinding {
  const cp = params.compliance;
  const barredUntil = addDays(addYears(foundOn, cp.falseMaterialBarYears), 1);
  const countsUntil = addYears(foundOn, cp.falseMaterialYears);
  return {
    ruleId: 'C-5',
    foundOn,
    penalty: -cp.falseMaterialPenalty,
    barredUntil,
    countsUntil,
    message: msg('review.falseMaterial.finding', {
      foundOn,
      penalty: cp.falseMaterialPenalty,
      countsUntil,
      barYears: cp.falseMaterialBarYears,
      barredUntil,
    }),
  };
}
