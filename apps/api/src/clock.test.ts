import { describe, expect, it } from 'vitest';
import { shanghaiDate } from './clock.ts';

describe('shanghaiDate (issue 20: the last second is remembered)', () => {
  it('turns at midnight in Shanghai, also between two calls in one millisecond of each other', () => {
    expect(shanghaiDate(new Date('2026-12-06T15:59:59.999Z'))).toBe('2026-12-06');
    expect(shanghaiDate(new Date('2026-12-06T16:00:00.000Z'))).toBe('2026-12-07');
    expect(shanghaiDate(new Date('2026-12-06T15:59:59.000Z'))).toBe('2026-12-06');
  });

  it('answers instants in the same second alike and any other instant afresh', () => {
    expect(shanghaiDate(new Date('2026-12-07T03:00:00.100Z'))).toBe('2026-12-07');
    expect(shanghaiDate(new Date('2026-12-07T03:00:00.900Z'))).toBe('2026-12-07');
    // Going back in time (a test clock) is answered for that instant, not from the kept one.
    expect(shanghaiDate(new Date('2020-02-28T16:00:00.000Z'))).toBe('2020-02-29');
    // 1988 had daylight saving time in China: 15:30 UTC on 1 June was 00:30 on 2 June (UTC+9), not 23:30.
    expect(shanghaiDate(new Date('1988-06-01T15:30:00.000Z'))).toBe('1988-06-02');
  });

  it('still refuses an invalid date', () => {
    expect(() => shanghaiDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(shanghaiDate(new Date('2026-12-07T03:00:00.000Z'))).toBe('2026-12-07');
  });
});
