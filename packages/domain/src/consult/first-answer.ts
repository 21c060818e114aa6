import { isWorkingDay, type WorkingCalendar } from '../calendar/index.ts';
import { addDays, compareDates } from '../dates/index.ts';
import { ok, type IsoDate, type Result } from '../result.ts';

/** A wall-clock moment in Asia/Shanghai: the date and the minute of the day (0..1439). */
export interface LocalMoment {
  date: IsoDate;
  minute: number;
}

/** The consultants' working day, Asia/Shanghai: 09:00-17:00 on the D-1 working days (8 working hours). */
export const CONSULT_OFFICE = { opensMinute: 9 * 60, closesMinute: 17 * 60 } as const;

export interface FirstAnswerClock {
  /** Working minutes between the question and `now` (or the first answer). */
  waitedMinutes: number;
  goalMinutes: number;
  /** The goal is met or still open (false), or missed (true). */
  overdue: boolean;
  /** Working minutes left before the goal; negative when overdue. */
  leftMinutes: number;
}

/**
 * Working minutes from `from` to `to` on the working-day calendar (D-1),
 * counting only office hours. A year the calendar lacks is an error (P-2).
 */
export function workingMinutesBetween(cal: WorkingCalendar, from: LocalMoment, to: LocalMoment): Result<number> {
  if (compareDates(to.date, from.date) < 0 || (to.date === from.date && to.minute <= from.minute)) return ok(0);
  let total = 0;
  let day = from.date;
  for (let guard = 0; guard < 3700 && compareDates(day, to.date) <= 0; guard++, day = addDays(day, 1)) {
    const working = isWorkingDay(cal, day);
    if (!working.ok) return working;
    if (!working.value) continue;
    const start = Math.max(CONSULT_OFFICE.opensMinute, day === from.date ? from.minute : 0);
    const end = Math.min(CONSULT_OFFICE.closesMinute, day === to.date ? to.minute : 24 * 60);
    if (end > start) total += end - start;
  }
  return ok(total);
}

/** The first-answer goal (`firstAnswerWorkingHours`) against the time a question has waited. */
export function firstAnswerClock(
  cal: WorkingCalendar,
  asked: LocalMoment,
  until: LocalMoment,
  goalHours: number,
): Result<FirstAnswerClock> {
  const waited = workingMinutesBetween(cal, asked, until);
  if (!waited.ok) return waited;
  const goalMinutes = goalHours * 60;
  return ok({
    waitedMinutes: waited.value,
    goalMinutes,
    overdue: waited.value > goalMinutes,
    leftMinutes: goalMinutes - waited.value,
  });
}
