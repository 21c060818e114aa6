import { addDays } from '../dates/index.ts';
import { buildWorkingCalendar, type WorkingCalendar } from '../calendar/index.ts';
import type { CalendarYearDoc } from '../calendar/index.ts';
import type { IsoDate } from '../result.ts';
import type { DecisionContext } from './decide.ts';
import type { Application } from './types.ts';

/**
 * Shared by the workflow tests only. The 2025 and 2026 calendars are the
 * State Council notices as rules.md D-1 lists them, built through the same
 * schema path as the data files, so the SLA dates are the real ones.
 */

function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const named = (dates: IsoDate[], zh: string, en: string) => dates.map((date) => ({ date, name: { zh, en } }));

function year(y: number, off: [IsoDate, IsoDate][], makeup: IsoDate[], number: string): CalendarYearDoc {
  return {
    year: y,
    notices: [{ number, title: `国务院办公厅关于${y}年部分节假日安排的通知`, date: `${y - 1}-11-12`, url: 'https://www.gov.cn/' }],
    holidays: off.flatMap(([a, b]) => named(range(a, b), '假日', 'holiday')),
    makeupWorkdays: named(makeup, '调休上班', 'make-up workday'),
    source: 'rules.md D-1',
  };
}

const Y2025 = year(
  2025,
  [
    ['2025-01-01', '2025-01-01'],
    ['2025-01-28', '2025-02-04'],
    ['2025-04-04', '2025-04-06'],
    ['2025-05-01', '2025-05-05'],
    ['2025-05-31', '2025-06-02'],
    ['2025-10-01', '2025-10-08'],
  ],
  ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  '国办发明电〔2024〕12号',
);

const Y2026 = year(
  2026,
  [
    ['2026-01-01', '2026-01-03'],
    ['2026-02-15', '2026-02-23'],
    ['2026-04-04', '2026-04-06'],
    ['2026-05-01', '2026-05-05'],
    ['2026-06-19', '2026-06-21'],
    ['2026-09-25', '2026-09-27'],
    ['2026-10-01', '2026-10-07'],
  ],
  ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  'State Council notice of 2025-11-04',
);

function build(docs: CalendarYearDoc[]): WorkingCalendar {
  const cal = buildWorkingCalendar(docs);
  if (!cal.ok) throw new Error(cal.error.message.en);
  return cal.value;
}

export const CALENDAR: WorkingCalendar = build([Y2025, Y2026]);
/** Only 2026, to prove a missing year is an error (P-2). */
export const CALENDAR_2026_ONLY: WorkingCalendar = build([Y2026]);

export function ctxOn(today: IsoDate, calendar: WorkingCalendar = CALENDAR): DecisionContext {
  return { now: `${today}T09:30:00+08:00`, today, calendar, policy: { workflow: { reviewWorkingDays: 20 } } };
}

export function application(overrides: Partial<Application> = {}): Application {
  return {
    id: 'APP-1',
    kind: 'renewal_same_employer',
    state: 'draft',
    employerChanged: false,
    dataChanged: false,
    ...overrides,
  };
}
