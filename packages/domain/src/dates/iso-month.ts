import { msg } from '@jifen/messages/domain';
import { err, ok, type IsoDate, type IsoMonth, type Result } from '../result.ts';

/**
 * Calendar months as `YYYY-MM` (social-insurance and tax records are
 * monthly). Internally a month is the integer `year * 12 + (month - 1)`.
 */

function readMonthIndex(s: string): number | null {
  if (s.length !== 7 || s.charCodeAt(4) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    year = year * 10 + d;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9) return null;
  const month = m1 * 10 + m2;
  if (year < 1 || month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

export function isIsoMonth(s: string): boolean {
  return readMonthIndex(s) !== null;
}

export function parseIsoMonth(s: string): Result<IsoMonth> {
  if (readMonthIndex(s) !== null) return ok(s);
  return err({
    code: 'MONTH.INVALID',
    ruleId: 'D-3',
    message: msg('dates.invalidMonth', { input: s }),
    details: { input: s },
  });
}

export function monthIndex(month: IsoMonth): number {
  const i = readMonthIndex(month);
  if (i === null) throw new RangeError(`not a valid ISO month: ${JSON.stringify(month)}`);
  return i;
}

export function monthFromIndex(index: number): IsoMonth {
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  return `${`${year}`.padStart(4, '0')}-${m < 10 ? `0${m}` : m}`;
}

/** The month a date falls in. */
export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function addMonthsToMonth(month: IsoMonth, n: number): IsoMonth {
  return monthFromIndex(monthIndex(month) + n);
}

/** `to - from` in months: 2026-03 minus 2025-12 is 3. */
export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  return monthIndex(to) - monthIndex(from);
}

/**
 * The `n` months ending with `asOfMonth`, inclusive, oldest first:
 * lastNMonths('2026-03', 3) = ['2026-01', '2026-02', '2026-03']. For a
 * window that excludes the current month, pass the previous month.
 */
export function lastNMonths(asOfMonth: IsoMonth, n: number): IsoMonth[] {
  const end = monthIndex(asOfMonth);
  const out: IsoMonth[] = [];
  for (let i = end - n + 1; i <= end; i++) out.push(monthFromIndex(i));
  return out;
}

/** Whether `month` lies in the `n` months ending with `asOfMonth` (inclusive). */
export function isWithinLastNMonths(month: IsoMonth, asOfMonth: IsoMonth, n: number): boolean {
  const d = monthIndex(asOfMonth) - monthIndex(month);
  return d >= 0 && d < n;
}
