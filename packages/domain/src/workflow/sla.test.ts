import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../calendar/index.ts';
import { policySet } from '@jifen/policies';
import { slaStatus } from './sla.ts';

/** The shipped calendars (State Council notices, D-1). */
const CALENDAR = policySet.calendar;
/** Only 2026, to prove a missing year is an error (P-2). */
const only2026 = buildWorkingCalendar([CALENDAR.years.get(2026)!.doc]);
if (!only2026.ok) throw new Error(only2026.error.message.en);
const CALENDAR_2026_ONLY = only2026.value;

const AT_RISK = { atRiskWorkingDays: 5 };

describe('slaStatus for a review due 2026-03-16 (entered 2026-02-10)', () => {
  it.each([
    ['2026-02-10', 'on_track', 20], // the day review started
    ['2026-02-13', 'on_track', 17],
    ['2026-02-14', 'on_track', 16], // a make-up Saturday is a working day
    ['2026-02-20', 'on_track', 16], // Spring Festival: no working day passes
    ['2026-03-06', 'on_track', 6],
    ['2026-03-07', 'on_track', 6], // Saturday
    ['2026-03-09', 'at_risk', 5], // the threshold itself is at risk
    ['2026-03-13', 'at_risk', 1],
    ['2026-03-15', 'at_risk', 1], // Sunday before the due Monday
    ['2026-03-16', 'at_risk', 0], // due today, not yet breached
    ['2026-03-17', 'breached', -1],
    ['2026-03-23', 'breached', -5],
  ] as const)('on %s: %s, %i working days left', (today, status, left) => {
    const r = slaStatus('2026-03-16', today, CALENDAR, AT_RISK);
    expect(r).toEqual({ ok: true, value: { status, workingDaysLeft: left, dueDate: '2026-03-16' } });
  });

  it('is breached the day after the due date even when no working day has passed', () => {
    // Due Friday 2026-03-13; on Saturday no working day has passed since.
    const r = slaStatus('2026-03-13', '2026-03-14', CALENDAR, AT_RISK);
    expect(r).toEqual({ ok: true, value: { status: 'breached', workingDaysLeft: 0, dueDate: '2026-03-13' } });
  });

  it('takes the at-risk threshold from the caller', () => {
    const r = slaStatus('2026-03-16', '2026-03-06', CALENDAR, { atRiskWorkingDays: 10 });
    expect(r.ok && r.value.status).toBe('at_risk');
    const none = slaStatus('2026-03-16', '2026-03-13', CALENDAR, { atRiskWorkingDays: 0 });
    expect(none.ok && none.value.status).toBe('on_track');
  });

  it('counts across years with both calendars loaded', () => {
    const r = slaStatus('2026-01-20', '2025-12-31', CALENDAR, AT_RISK);
    // 2026: 1/1-1/3 off, Sunday 1/4 a make-up day; 1/4..1/20 has 13 working days
    expect(r).toEqual({ ok: true, value: { status: 'on_track', workingDaysLeft: 13, dueDate: '2026-01-20' } });
  });

  it('is an error, not a guess, when a year is missing (P-2)', () => {
    const r = slaStatus('2026-01-20', '2025-12-31', CALENDAR_2026_ONLY, AT_RISK);
    expect(!r.ok && r.error.code).toBe('CALENDAR.YEAR_MISSING');
  });
});
