import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { extractFacts, firstAnswerClock, readNumber, termsOf, workingMinutesBetween } from './index.ts';

const cal = policySet.calendar;
const ASOF = '2026-12-01';

describe('question facts (L-8 from the words of a question)', () => {
  it.each([
    ['我的居住证2026年7月31日到期', '2026-07-31', 'date'],
    ['居住证 2026-07-31 到期', '2026-07-31', 'date'],
    ['居住证12月20日到期', '2026-12-20', 'date'],
    ['居住证过期70天了积分还有吗', '2026-09-22', 'overdue'],
    ['逾期七十天', '2026-09-22', 'overdue'],
    ['已经过期两个月了', '2026-10-01', 'overdue'],
    ['10天前就过期了', '2026-11-21', 'overdue'],
    ['还有15天到期', '2026-12-16', 'until'],
    ['My permit expired 75 days ago', '2026-09-17', 'overdue'],
    ['it expires in 10 days', '2026-12-11', 'until'],
    ['换了单位要什么材料', null, null],
    ['9999-12-31', null, null],
    ['2026年2月30日到期', null, null],
  ])('%s -> %s', (q, expiry, kind) => {
    const f = extractFacts(q, ASOF);
    expect(f.expiry).toBe(expiry);
    expect(f.basis?.kind ?? null).toBe(kind);
  });

  it.each([
    ['70', 70],
    ['七十', 70],
    ['二十五', 25],
    ['一百零五', 105],
    ['两', 2],
    ['十', 10],
    ['abc', null],
  ])('reads %s as %s', (s, n) => expect(readNumber(s)).toBe(n));
});

describe('terms (Intl.Segmenter words and their 2-3 word runs)', () => {
  it('joins what ICU splits, drops fillers', () => {
    const t = termsOf('社保补缴算不算');
    expect(t.has('社保')).toBe(true);
    expect(t.has('补缴')).toBe(true);
    expect([...termsOf('积分还有吗')]).not.toContain('吗');
    expect(termsOf('Back-paid insurance', 'en').has('insurance')).toBe(true);
  });
});

describe('first-answer goal in working hours (09:00-17:00 on D-1 working days)', () => {
  const m = (date: string, hh: number, mm = 0) => ({ date, minute: hh * 60 + mm });
  it.each([
    ['same morning', m('2026-12-01', 9), m('2026-12-01', 11, 30), 150],
    ['asked before opening', m('2026-12-01', 7), m('2026-12-01', 10), 60],
    ['asked in the evening, answered next morning', m('2026-11-30', 20), m('2026-12-01', 10), 60],
    ['over a weekend (Fri 16:00 to Mon 10:00)', m('2026-11-27', 16), m('2026-11-30', 10), 120],
    ['over National Day (9-30 16:00 to 10-8 10:00)', m('2026-09-30', 16), m('2026-10-08', 10), 120],
    ['make-up Saturday counts (2026-10-10)', m('2026-10-10', 9), m('2026-10-10', 17), 480],
    ['never negative', m('2026-12-01', 12), m('2026-12-01', 11), 0],
  ])('%s', (_label, from, to, minutes) => {
    const r = workingMinutesBetween(cal, from, to);
    expect(r.ok && r.value).toBe(minutes);
  });

  it('is overdue past the goal, and says so for a missing calendar year (P-2)', () => {
    const c = firstAnswerClock(cal, m('2026-12-01', 9), m('2026-12-01', 14), 4);
    expect(c.ok && c.value).toEqual({ waitedMinutes: 300, goalMinutes: 240, overdue: true, leftMinutes: -60 });
    const missing = workingMinutesBetween(cal, m('2031-01-02', 9), m('2031-01-02', 10));
    expect(missing.ok).toBe(false);
  });
});
