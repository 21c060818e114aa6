export { isLeapYear, daysInMonth } from './epoch-day.ts';
export {
  addDays,
  addMonths,
  addYears,
  ageOn,
  compareDates,
  diffDays,
  fromEpochDay,
  invalidDateError,
  isIsoDate,
  isoWeekday,
  maxDate,
  minDate,
  parseIsoDate,
  periodLastDay,
  toEpochDay,
  yearOf,
} from './iso-date.ts';
export {
  addMonthsToMonth,
  isIsoMonth,
  isWithinLastNMonths,
  lastNMonths,
  monthFromIndex,
  monthIndex,
  monthOf,
  monthsBetween,
  parseIsoMonth,
} from './iso-month.ts';
export { EARLIEST_DATE, LATEST_DATE, isDateInRange, isMonthInRange } from './sane-range.ts';
