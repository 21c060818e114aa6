import { msg } from '@jifen/messages/domain';
import { addWorkingDays, type WorkingCalendar } from '../calendar/index.ts';
import type { Policy } from '../policy/index.ts';
import { ok, type IsoDate, type LocalizedText, type Result } from '../result.ts';

export interface PermitSyncAdvice {
  ruleId: 'L-7';
  endorsedOn: IsoDate;
  /** Expected first day the renewed permit shows in the points system. */
  expectedSyncDate: IsoDate;
  workingDays: number;
  /** Advice only: the points renewal is not blocked before this date. */
  advice: LocalizedText;
}

/**
 * L-7: after endorsement (签注) the renewed permit reaches the points system
 * after `permitSyncWorkingDays` working days, counted as in D-2. Shown as
 * advice, never as a block.
 */
export function permitSyncDate(cal: WorkingCalendar, endorsedOn: IsoDate, policy: Policy): Result<PermitSyncAdvice> {
  const workingDays = policy.params.lifecycle.permitSyncWorkingDays;
  const date = addWorkingDays(cal, endorsedOn, workingDays);
  if (!date.ok) return date;
  return ok({
    ruleId: 'L-7',
    endorsedOn,
    expectedSyncDate: date.value,
    workingDays,
    advice: msg('lifecycle.permitSync.advice', { endorsedOn, workingDays, syncDate: date.value }),
  });
}
