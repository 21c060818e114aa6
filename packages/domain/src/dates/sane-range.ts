/**
 * The range of dates jifen accepts from any input (issue 18 item 5). Years
 * like 0000 or 9999 are real calendar dates, but none is a birth, a permit
 * expiry or a month of contributions anyone has; they only made the engine's
 * date arithmetic overflow (a 500) or sat in the database as a permit that
 * never expires. Wide enough for every real case: the oldest holder's birth
 * date and every policy, calendar and deadline this century.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2099-12-31';

/** Whether a well-formed `YYYY-MM-DD` lies in the range (zero-padded ISO dates compare as text). */
export const isDateInRange = (date: string): boolean => date >= EARLIEST_DATE && date <= LATEST_DATE;

/** Whether a well-formed `YYYY-MM` lies in the range. */
export const isMonthInRange = (month: string): boolean =>
  month >= EARLIEST_DATE.slice(0, 7) && month <= LATEST_DATE.slice(0, 7);
