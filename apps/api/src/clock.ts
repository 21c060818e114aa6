/** The clock seam: services read time from here, tests move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Issue 20: Intl's formatting was a visible share of a hot read, which asks for today's date at least once per
// request. Every offset the time-zone database has for Shanghai is a whole number of seconds, so two instants in
// the same second always fall on the same date: the last second's answer is kept.
let lastSecond = Number.NaN;
let lastDate = '';

/** The civil date in Shanghai (`YYYY-MM-DD`) at an instant: rules run on this date. */
export function shanghaiDate(at: Date): string {
  const second = Math.floor(at.getTime() / 1000);
  if (second !== lastSecond) {
    lastDate = shanghaiDay.format(at);
    lastSecond = second;
  }
  return lastDate;
}

/**
 * BUSINESS_DATE (training and acceptance environments): a clock that starts
 * on `date` in Shanghai at the current time of day and runs on at real speed,
 * so idle timeouts and SLA clocks behave as they would on that day.
 */
export function clockStartingOn(date: string, real: Clock = systemClock): Clock {
  const now = real.now().getTime();
  const msIntoShanghaiDay = (now + 8 * 3_600_000) % 86_400_000;
  const offset = Date.parse(`${date}T00:00:00+08:00`) + msIntoShanghaiDay - now;
  return { now: () => new Date(real.now().getTime() + offset) };
}
