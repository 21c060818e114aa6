import { msg } from '@jifen/messages/domain';
import { err, ok, type DomainError, type IsoDate, type Result } from '../result.ts';
import {
  daysInMonth,
  epochDayFromParts,
  formatDateParts,
  isoWeekdayOfEpochDay,
  partsFromEpochDay,
  readDateParts,
} from './epoch-day.ts';

/**
 * Pure arithmetic on `YYYY-MM-DD` strings (Asia/Shanghai civil dates).
 *
 * Input from outside (API, CLI, files) goes through `parseIsoDate`, which
 * returns a Result. The arithmetic functions below take dates that were
 * already validated; an invalid string there is a programming error and
 * throws.
 */

export function invalidDateError(input: string): DomainError {
  return {
    code: 'DATE.INVALID',
    ruleId: 'D-3',
    message: msg('dates.invalidDate', { input }),
    details: { input },
  };
}

export function isIsoDate(s: string): boolean {
  return readDateParts(s) !== null;
}

export function parseIsoDate(s: string): Result<IsoDate> {
  return readDateParts(s) ? ok(s) : err(invalidDateError(s));
}

export function toEpochDay(date: IsoDate): number {
  const p = readDateParts(date);
  if (!p) throw new RangeError(`not a valid ISO date: ${JSON.stringify(date)}`);
  return epochDayFromParts(p.year, p.month, p.day);
}

export function fromEpochDay(epochDay: number): IsoDate {
  const p = partsFromEpochDay(epochDay);
  return formatDateParts(p.year, p.month, p.day);
}

/** -1, 0 or 1. Valid ISO dates of four-digit years sort as strings. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** `a - b` in calendar days (positive when `a` is later). */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/**
 * D-3, the month-end rule, stated once: adding months keeps the day of the
 * month when the target month has it, and otherwise gives the target month's
 * last day. So 2026-01-31 + 1 month = 2026-02-28, 2024-01-31 + 1 month =
 * 2024-02-29, and a permit issued 2024-02-29 plus 12 months = 2025-02-28.
 * The rule is not reversible (2026-02-28 - 1 month = 2026-01-28), so chains
 * of month arithmetic always start again from the original date.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const p = readDateParts(date);
  if (!p) throw new RangeError(`not a valid ISO date: ${JSON.stringify(date)}`);
  const index = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(p.day, daysInMonth(year, month));
  return formatDateParts(year, month, day);
}

/**
 * D-3 for periods, stated once: a period of `months` months whose first day
 * is `firstDay` ends the day before the same day `months` months later; when
 * that month has no such day (a period from 29 February, or from the 31st),
 * it ends on that month's last day, as 民法典 第二百零二条 reads (没有对应日的，
 * 月末日为期间的最后一日). So 2026-08-01 + 12 months ends 2027-07-31,
 * 2027-03-01 ends 2028-02-29, and 2028-02-29 ends 2029-02-28: a permit
 * renewed from 2028-02-28 loses no day (the day-before of the clamped
 * 2029-02-28 would be 27 February, and every later cycle with it).
 */
export function periodLastDay(firstDay: IsoDate, months: number): IsoDate {
  const first = readDateParts(firstDay);
  if (!first) throw new RangeError(`not a valid ISO date: ${JSON.stringify(firstDay)}`);
  const same = addMonths(firstDay, months);
  return readDateParts(same)!.day < first.day ? same : addDays(same, -1);
}

/** Years as 12 months, with the D-3 month-end rule. */
export function addYears(date: IsoDate, n: number): IsoDate {
  return addMonths(date, n * 12);
}

/**
 * Age in completed years on `asOf` (S-2). A birthday is reached when the
 * (month, day) of `asOf` is on or after the (month, day) of birth. For a
 * person born on 29 February this means that in a non-leap year they turn a
 * year older on 1 March (28 February is still before 29 February). Returns
 * a negative number when `asOf` is before birth; callers reject that.
 */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const b = readDateParts(birthDate);
  const a = readDateParts(asOf);
  if (!b || !a) throw new RangeError(`not a valid ISO date: ${JSON.stringify(b ? asOf : birthDate)}`);
  const beforeBirthday = a.month < b.month || (a.month === b.month && a.day < b.day);
  return a.year - b.year - (beforeBirthday ? 1 : 0);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return isoWeekdayOfEpochDay(toEpochDay(date));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
