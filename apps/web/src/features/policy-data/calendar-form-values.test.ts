import { describe, expect, it } from 'vitest';
import calendar2026 from '../../../../../policies/calendars/2026.json' with { type: 'json' };
import { calendarDraftBody, importCalendarFile } from './calendar-form-values.ts';

/** The shipped file's text, as an administrator would pick it for import. */
const shipped2026 = JSON.stringify(calendar2026, null, 2);

describe('calendar import and draft body (D-1)', () => {
  it('imports a file in the shape of policies/calendars/2026.json and sends it back unchanged', () => {
    const result = importCalendarFile(shipped2026);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values.year).toBe(2026);
    expect(result.values.holidays[0]).toEqual({ date: '2026-01-01', zh: '元旦', en: "New Year's Day" });
    const original = JSON.parse(shipped2026) as {
      notices: unknown;
      holidays: unknown;
      makeupWorkdays: unknown;
      source: unknown;
    };
    const body = calendarDraftBody(result.values);
    expect(body.notices).toEqual(original.notices);
    expect(body.holidays).toEqual(original.holidays);
    expect(body.makeupWorkdays).toEqual(original.makeupWorkdays);
    expect(body.source).toEqual(original.source);
    expect(body).not.toHaveProperty('reason');
  });

  it('sorts the days, trims the texts, sends an empty notice number as null and a reason when given', () => {
    const body = calendarDraftBody({
      year: 2027,
      notices: [{ number: ' ', title: ' Test notice ', date: '2026-11-20', url: 'https://example.org/t' }],
      holidays: [
        { date: '2027-02-07', zh: '春节', en: 'Spring Festival' },
        { date: '2027-01-01', zh: ' 元旦 ', en: "New Year's Day" },
      ],
      makeupWorkdays: [],
      source: ' test data ',
      reason: ' correction ',
    });
    expect(body.notices[0]).toEqual({
      number: null,
      title: 'Test notice',
      date: '2026-11-20',
      url: 'https://example.org/t',
    });
    expect(body.holidays.map((d) => d.date)).toEqual(['2027-01-01', '2027-02-07']);
    expect(body.holidays[0]?.name.zh).toBe('元旦');
    expect(body.source).toBe('test data');
    expect(body.reason).toBe('correction');
  });

  it('refuses a file that is not JSON, not a calendar year, or has days of another year', () => {
    expect(importCalendarFile('{ nope').ok).toBe(false);
    const notCalendar = importCalendarFile(JSON.stringify({ year: 2027, holidays: [] }));
    expect(notCalendar.ok).toBe(false);
    if (!notCalendar.ok) expect(notCalendar.problem).toContain('notices');
    const wrongYear = JSON.parse(shipped2026) as { year: number };
    wrongYear.year = 2027;
    const result = importCalendarFile(JSON.stringify(wrongYear));
    expect(result).toEqual({ ok: false, problem: '2026-01-01 ∉ 2027' });
  });
});
