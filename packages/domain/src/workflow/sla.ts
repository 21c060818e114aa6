import { countWorkingDays, type WorkingCalendar } from '../calendar/index.ts';
import { compareDates } from '../dates/index.ts';
import { ok, type IsoDate, type Result } from '../result.ts';

export type SlaState = 'on_track' | 'at_risk' | 'breached';

export interface SlaStatus {
  status: SlaState;
  /**
   * Working days after `today` up to and including the due date (D-2's
   * counting). 0 on the due date itself: the decision is due today. When
   * breached, minus the working days since the due date (it can be 0 if
   * only a weekend or holiday has passed; the status still says breached).
   */
  workingDaysLeft: number;
  dueDate: IsoDate;
}

export interface SlaOptions {
  /**
   * At risk when this many working days or fewer are left. A policy value,
   * passed in by the caller like every other number of the rules.
   */
  atRiskWorkingDays: number;
}

/**
 * R-3 step 4: where a review stands against its 20-working-day due date, for
 * the reviewer's queue. Breached is decided by the dates, not by the count,
 * so a due date that falls before a long holiday is breached the day after,
 * even though no working day has passed since.
 */
export function slaStatus(
  dueDate: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
  options: SlaOptions,
): Result<SlaStatus> {
  const left = countWorkingDays(calendar, today, dueDate);
  if (!left.ok) return left;
  // countWorkingDays gives -0 for an empty reversed interval; report 0.
  const workingDaysLeft = left.value === 0 ? 0 : left.value;
  const status: SlaState =
    compareDates(today, dueDate) > 0
      ? 'breached'
      : workingDaysLeft <= options.atRiskWorkingDays
        ? 'at_risk'
        : 'on_track';
  return ok({ status, workingDaysLeft, dueDate });
}
