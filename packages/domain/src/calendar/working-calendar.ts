import { msg } from '@jifen/messages/domain';
import { toEpochDay, isoWeekday } from '../dates/index.ts';
import { isLeapYear } from '../dates/epoch-day.ts';
import { err, ok, type DomainError, type LocalizedText, type Result } from '../result.ts';
import type { CalendarYearDoc } from './calendar-schema.ts';

/** One loaded year, precomputed so that lookups never scan the lists. */
export interface CalendarYear {
  year: number;
  firstEpochDay: number;
  /** 1 when the day (index from 1 January) is a working day. */
  working: Uint8Array;
  /** Working days from 1 January up to and including the index. */
  cumulative: Uint16Array;
  doc: CalendarYearDoc;
}

/** D-1: the working-day calendar, passed in to every function that needs it, never fetched. */
export interface WorkingCalendar {
  years: ReadonlyMap<number, CalendarYear>;
}

export function calendarYearMissing(year: number, ruleId: 'D-1' | 'D-2' | 'L-7' = 'D-1'): DomainError {
  return {
    code: 'CALENDAR.YEAR_MISSING',
    ruleId: 'P-2',
    message: msg('calendar.yearMissing', { year }),
    details: { year, rule: ruleId },
  };
}

function invalidCalendar(year: number, problem: LocalizedText): DomainError {
  return {
    code: 'CALENDAR.INVALID',
    ruleId: 'D-1',
    message: msg('calendar.invalid', { year, problem }),
    details: { year },
  };
}

function compileYear(doc: CalendarYearDoc): Result<CalendarYear> {
  const { year } = doc;
  const firstEpochDay = toEpochDay(`${year}-01-01`);
  const length = isLeapYear(year) ? 366 : 365;
  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const weekday = ((((firstEpochDay + i + 3) % 7) + 7) % 7) + 1;
    working[i] = weekday <= 5 ? 1 : 0;
  }
  const seen = new Set<string>();
  const indexOf = (date: string): Result<number> => {
    if (!date.startsWith(`${year}-`)) {
      return err(invalidCalendar(year, msg('calendar.problem.outsideYear', { date })));
    }
    if (seen.has(date)) return err(invalidCalendar(year, msg('calendar.problem.listedTwice', { date })));
    seen.add(date);
    return ok(toEpochDay(date) - firstEpochDay);
  };
  for (const h of doc.holidays) {
    const i = indexOf(h.date);
    if (!i.ok) return i;
    working[i.value] = 0;
  }
  for (const m of doc.makeupWorkdays) {
    const i = indexOf(m.date);
    if (!i.ok) return i;
    if (isoWeekday(m.date) <= 5) {
      return err(invalidCalendar(year, msg('calendar.problem.makeupNotWeekend', { date: m.date })));
    }
    working[i.value] = 1;
  }
  const cumulative = new Uint16Array(length);
  let running = 0;
  for (let i = 0; i < length; i++) {
    running += working[i]!;
    cumulative[i] = running;
  }
  return ok({ year, firstEpochDay, working, cumulative, doc });
}

/** Builds the calendar from validated year documents; dates must be real and years unique. */
export function buildWorkingCalendar(docs: readonly CalendarYearDoc[]): Result<WorkingCalendar> {
  const years = new Map<number, CalendarYear>();
  for (const doc of docs) {
    if (years.has(doc.year)) {
      return err(invalidCalendar(doc.year, msg('calendar.problem.yearTwice')));
    }
    const compiled = compileYear(doc);
    if (!compiled.ok) return compiled;
    years.set(doc.year, compiled.value);
  }
  return ok({ years });
}

/** Years loaded, ascending. */
export function calendarYears(cal: WorkingCalendar): number[] {
  return [...cal.years.keys()].sort((a, b) => a - b);
}
