import type { WorkingCalendar } from '../calendar/index.ts';
import { slaStatus, type SlaState } from '../workflow/sla.ts';
import type { IsoDate } from '../result.ts';

/** The queue's SLA column: the three states of R-3 step 4, or why there is none. */
export type QueueSla = SlaState | 'pending' | 'not_running';

export interface QueueSlaView {
  status: QueueSla;
  /** Working days left (negative once breached); null when pending or not running. */
  workingDaysLeft: number | null;
  dueDate: IsoDate | null;
  /** P-2: the calendar year the due date waits for. */
  pendingYear: number | null;
}

export interface QueueCase {
  state: string;
  slaDue: IsoDate | null;
  slaPendingYear: number | null;
}

/**
 * Where one case of the reviewer's queue stands. Only a case under review
 * runs against the clock (R-3; R-2 visits and returned cases do not). A due
 * date waiting for an unpublished calendar (P-2) says so and is never
 * guessed; a calendar missing for `today` itself (the due date is known, the
 * days between are not) is likewise pending rather than a number.
 */
export function queueSla(
  c: QueueCase,
  today: IsoDate,
  calendar: WorkingCalendar,
  atRiskWorkingDays: number,
): QueueSlaView {
  if (c.state !== 'under_review')
    return { status: 'not_running', workingDaysLeft: null, dueDate: null, pendingYear: null };
  if (c.slaPendingYear !== null || !c.slaDue) {
    return { status: 'pending', workingDaysLeft: null, dueDate: null, pendingYear: c.slaPendingYear };
  }
  const s = slaStatus(c.slaDue, today, calendar, { atRiskWorkingDays });
  if (!s.ok) {
    const year = (s.error.details as { year?: unknown } | undefined)?.year;
    return {
      status: 'pending',
      workingDaysLeft: null,
      dueDate: c.slaDue,
      pendingYear: typeof year === 'number' ? year : null,
    };
  }
  return { status: s.value.status, workingDaysLeft: s.value.workingDaysLeft, dueDate: c.slaDue, pendingYear: null };
}

export type SlaCounts = Record<QueueSla, number>;

/** Counts per SLA status, for the workbench's header. */
export function countSla(views: readonly Pick<QueueSlaView, 'status'>[]): SlaCounts {
  const counts: SlaCounts = { on_track: 0, at_risk: 0, breached: 0, pending: 0, not_running: 0 };
  for (const v of views) counts[v.status] += 1;
  return counts;
}

/** Most urgent first: breached, then by due date; pending and not running last. */
export function compareByDue(a: QueueSlaView, b: QueueSlaView): number {
  const rank = (v: QueueSlaView) =>
    (v.dueDate === null || v.status === 'pending' ? 1 : 0) + (v.status === 'not_running' ? 1 : 0);
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  if (a.dueDate && b.dueDate && a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return 0;
}
