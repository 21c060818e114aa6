const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's civil date in Shanghai, where the rules run (the domain never reads a clock). */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDay.format(now);
}
