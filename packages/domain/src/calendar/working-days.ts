import { fromEpochDay, toEpochDay } from '../dates/index.ts';
import { partsFromEpochDay } from '../dates/epoch-day.ts';
import { err, ok, type IsoDate, type Result } from '../result.ts';
import { calendarYearMissing, type CalendarYear, type WorkingCalendar } from './working-calendar.ts';

function yearAt(cal: WorkingCalendar, epochDay: number): Result<CalendarYear> {
  const { year } = partsFromEpochDay(epochDay);
  const loaded = cal.years.get(year);
  return loaded ? ok(loaded) : err(calendarYearMissing(year));
}

/** D-1: Monday-Friday that is not a holiday, or a make-up working day. A year not loaded is an error (P-2). */
export function isWorkingDay(cal: WorkingCalendar, date: IsoDate): Result<boolean> {
  const day = toEpochDay(date);
  const y = yearAt(cal, day);
  if (!y.ok) return y;
  return ok(y.value.working[day - y.value.firstEpochDay] === 1);
}

/**
 * D-2: the date `n` working days after `date`, counting from the next
 * working day after `date` (`date` itself never counts, whether or not it is
 * a working day). n = 0 gives `date`; a negative n counts backwards the same
 * way ("n working days before"). Every year walked through must be loaded.
 */
export function addWorkingDays(cal: WorkingCalendar, date: IsoDate, n: number): Result<IsoDate> {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`);
  let day = toEpochDay(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current: CalendarYear | undefined;
  while (remaining > 0) {
    day += step;
    if (!current || day < current.firstEpochDay || day >= current.firstEpochDay + current.working.length) {
      const y = yearAt(cal, day);
      if (!y.ok) return y;
      current = y.value;
    }
    remaining -= current.working[day - current.firstEpochDay]!;
  }
  return ok(fromEpochDay(day));
}

/**
 * Working days in the half-open interval (from, to]: `from` is excluded and
 * `to` included, matching D-2, so that addWorkingDays(cal, X, n) = Y implies
 * countWorkingDays(cal, X, Y) = n. When `to` is before `from` the result is
 * the negative count of (to, from]. Every year the interval touches must be
 * loaded, including `from`'s.
 */
export function countWorkingDays(cal: WorkingCalendar, from: IsoDate, to: IsoDate): Result<number> {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  if (b < a) {
    const reversed = countWorkingDays(cal, to, from);
    return reversed.ok ? ok(-reversed.value) : reversed;
  }
  // Cumulative count up to and including a day: sum of whole earlier years
  // is not needed because only the difference between two days matters.
  const first = yearAt(cal, a);
  if (!first.ok) return first;
  let total = -first.value.cumulative[a - first.value.firstEpochDay]!;
  let y = first.value;
  while (b >= y.firstEpochDay + y.working.length) {
    total += y.cumulative[y.working.length - 1]!;
    const next = cal.years.get(y.year + 1);
    if (!next) return err(calendarYearMissing(y.year + 1));
    y = next;
  }
  total += y.cumulative[b - y.firstEpochDay]!;
  return ok(total);
}

/** Working days in a whole loaded year (248 in 2025 and 2026). */
export function workingDaysInYear(cal: WorkingCalendar, year: number): Result<number> {
  const y = cal.years.get(year);
  if (!y) return err(calendarYearMissing(year));
  return ok(y.cumulative[y.working.length - 1]!);
}
