import { addWorkingDays, type WorkingCalendar } from '../calendar/index.ts';
import { addDays, compareDates } from '../dates/index.ts';
import type { IsoDate } from '../result.ts';

/**
 * Issue 20: the queue's SLA status (`queueSla`) as date bounds, worked out
 * once per request, so the database can filter, count and order a
 * district's cases by status without the calendar. For a case under review
 * with a due date and no pending year:
 *   - outside [calendarFrom, calendarTo]: pending (P-2: a year between the
 *     due date and today is not loaded, so no working day is counted);
 *   - before today: breached;
 *   - before `atRiskBefore`: at risk (R-3 step 4: at most N working days
 *     left, the count being monotone in the due date);
 *   - otherwise on track.
 * Any other state does not run; a pending year or no due date is pending.
 * `queue-sla-sql.test.ts` (API) holds the SQL to `queueSla` around every
 * boundary.
 */
export interface QueueSlaBounds {
  today: IsoDate;
  /**
   * The run of loaded calendar years around today, first and last day. When
   * today's own year is not loaded the run is empty (`calendarFrom` is after
   * `calendarTo`), so every due date is pending.
   */
  calendarFrom: IsoDate;
  calendarTo: IsoDate;
  /** The first due date that leaves more than `atRiskWorkingDays` working days: on track from here. */
  atRiskBefore: IsoDate;
}

export function queueSlaBounds(today: IsoDate, calendar: WorkingCalendar, atRiskWorkingDays: number): QueueSlaBounds {
  const year = Number(today.slice(0, 4));
  if (!calendar.years.has(year)) {
    return { today, calendarFrom: addDays(today, 1), calendarTo: today, atRiskBefore: today };
  }
  let first = year;
  while (calendar.years.has(first - 1)) first -= 1;
  let last = year;
  while (calendar.years.has(last + 1)) last += 1;
  const calendarFrom = `${String(first).padStart(4, '0')}-01-01`;
  const calendarTo = `${String(last).padStart(4, '0')}-12-31`;
  // N + 1 working days after today is the first due date with more than N left; past the
  // calendar's end it cannot be counted, so every countable due date up to there is at risk.
  const next = addWorkingDays(calendar, today, atRiskWorkingDays + 1);
  const afterCalendar = addDays(calendarTo, 1);
  const atRiskBefore = next.ok && compareDates(next.value, afterCalendar) < 0 ? next.value : afterCalendar;
  return { today, calendarFrom, calendarTo, atRiskBefore };
}
