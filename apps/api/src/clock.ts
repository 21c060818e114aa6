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

/** The civil date in Shanghai (`YYYY-MM-DD`) at an instant: rules run on this date. */
export function shanghaiDate(at: Date): string {
  return shanghaiDay.format(at);
}
