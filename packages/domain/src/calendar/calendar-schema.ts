import { z } from 'zod';
import { isIsoDate } from '../dates/index.ts';

const isoDate = z.string().refine(isIsoDate, 'expected a real calendar date as YYYY-MM-DD');
const localized = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** A State Council (国务院办公厅) notice that sets a year's holidays (D-1). */
export const holidayNoticeSchema = z.strictObject({
  /**
   * Document number, e.g. 国办发明电〔2024〕12号; null only where no copy of
   * the notice with its number could be found (then `title`, `date` and
   * `url` still identify it).
   */
  number: z.string().min(3).nullable(),
  title: z.string().min(3),
  /** Date on the notice (成文日期), or its publication date on gov.cn where that is all that is known. */
  date: isoDate,
  url: z.url(),
});

const namedDay = z.strictObject({ date: isoDate, name: localized });

/**
 * D-1: one file per year. `holidays` lists every day off of the notice
 * (weekend days inside a holiday block included); `makeupWorkdays` lists the
 * weekend days worked instead (调休上班). Every other Monday-Friday is a
 * working day, every other Saturday and Sunday is not.
 */
export const calendarYearSchema = z.strictObject({
  year: z.number().int().min(1949).max(2200),
  notices: z.array(holidayNoticeSchema).min(1),
  holidays: z.array(namedDay),
  makeupWorkdays: z.array(namedDay),
  source: z.string().min(3),
});

export type HolidayNotice = z.output<typeof holidayNoticeSchema>;
export type CalendarYearDoc = z.output<typeof calendarYearSchema>;
