export {
  calendarYearSchema,
  holidayNoticeSchema,
  type CalendarYearDoc,
  type HolidayNotice,
} from './calendar-schema.ts';
export {
  buildWorkingCalendar,
  calendarYearMissing,
  calendarYears,
  type CalendarYear,
  type WorkingCalendar,
} from './working-calendar.ts';
export { addWorkingDays, countWorkingDays, isWorkingDay, workingDaysInYear } from './working-days.ts';
