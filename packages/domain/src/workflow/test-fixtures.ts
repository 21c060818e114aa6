import type { WorkingCalendar } from '../calendar/index.ts';
import type { IsoDate } from '../result.ts';
import type { DecisionContext } from './decide.ts';
import type { Application } from './types.ts';

/**
 * Shared by the workflow tests only. The calendar is passed in: the tests
 * take the shipped one from @jifen/policies (the State Council notices), so
 * the SLA dates they assert are the real ones.
 */
export function contextOn(today: IsoDate, calendar: WorkingCalendar, reviewWorkingDays = 20): DecisionContext {
  return { now: `${today}T09:30:00+08:00`, today, calendar, policy: { workflow: { reviewWorkingDays } } };
}

export function application(overrides: Partial<Application> = {}): Application {
  return {
    id: 'APP-1',
    number: 'JF2026-000001',
    kind: 'renewal_same_employer',
    state: 'draft',
    employerChanged: false,
    dataChanged: false,
    ...overrides,
  };
}
