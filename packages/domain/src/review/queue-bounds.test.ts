import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { buildWorkingCalendar, type WorkingCalendar } from '../calendar/index.ts';
import { addDays } from '../dates/index.ts';
import { queueSlaBounds, type QueueSlaBounds } from './queue-bounds.ts';
import { queueSla, type QueueSla } from './workbench.ts';

/** The shipped calendars (2006-2026, D-1), with their make-up working days. */
const CALENDAR = policySet.calendar;

function only(...years: number[]): WorkingCalendar {
  const cal = buildWorkingCalendar(years.map((y) => CALENDAR.years.get(y)!.doc));
  if (!cal.ok) throw new Error('calendar');
  return cal.value;
}

/** What the bounds say of a case under review with a due date: the rule the SQL of the API applies. */
function byBounds(due: string, b: QueueSlaBounds): QueueSla {
  if (due < b.calendarFrom || due > b.calendarTo) return 'pending';
  if (due < b.today) return 'breached';
  return due < b.atRiskBefore ? 'at_risk' : 'on_track';
}

describe('the queue SLA as date bounds (issue 20, R-3 step 4, P-2)', () => {
  it('at risk up to the N-th working day after today, on track from the N+1-th (make-up Saturday 2026-02-28 counts)', () => {
    // From Tuesday 2026-02-24 (after Spring Festival): 2/25, 2/26, 2/27, 2/28 (make-up), 3/2 are 1-5; 3/3 is the 6th.
    expect(queueSlaBounds('2026-02-24', CALENDAR, 5)).toEqual({
      today: '2026-02-24',
      calendarFrom: '2006-01-01',
      calendarTo: '2026-12-31',
      atRiskBefore: '2026-03-03',
    });
  });

  it('past the last loaded year no working day is counted: the at-risk range stops at the calendar end', () => {
    expect(queueSlaBounds('2026-12-28', CALENDAR, 5).atRiskBefore).toBe('2027-01-01');
  });

  it("today's year not loaded: an empty calendar range, so every due date is pending", () => {
    const b = queueSlaBounds('2027-01-04', CALENDAR, 5);
    expect(b.calendarFrom > b.calendarTo).toBe(true);
    expect(byBounds('2027-01-04', b)).toBe('pending');
    expect(byBounds('2026-12-31', b)).toBe('pending');
  });

  it('a gap in the loaded years bounds the range on that side', () => {
    expect(queueSlaBounds('2026-05-06', only(2024, 2026), 5)).toMatchObject({
      calendarFrom: '2026-01-01',
      calendarTo: '2026-12-31',
    });
  });

  it.each([
    ['2026-02-13', 5, CALENDAR], // Friday before Spring Festival and its make-up Saturday
    ['2026-02-14', 5, CALENDAR], // the make-up Saturday itself
    ['2026-02-20', 0, CALENDAR], // inside the holiday, N = 0
    ['2025-09-28', 5, CALENDAR], // make-up Sunday before National Day
    ['2025-12-24', 10, CALENDAR], // across the new year
    ['2026-12-22', 5, CALENDAR], // near the end of the last loaded year
    ['2026-01-05', 5, only(2026)], // 2025 not loaded: earlier due dates are pending
    ['2025-12-30', 3, only(2025)], // 2026 not loaded
    ['2025-06-02', 5, only(2024, 2026)], // today's year missing
  ] as const)('from %s (N = %i): the bounds agree with queueSla on every due date within 400 days', (today, n, cal) => {
    const b = queueSlaBounds(today, cal, n);
    for (let d = -400; d <= 400; d++) {
      const due = addDays(today, d);
      const view = queueSla({ state: 'under_review', slaDue: due, slaPendingYear: null }, today, cal, n);
      expect([due, byBounds(due, b)]).toEqual([due, view.status]);
    }
  });
});
