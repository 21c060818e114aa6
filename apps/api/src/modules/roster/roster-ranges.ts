import { addDays, type LifecycleState, type Policy } from '@jifen/domain';

/**
 * L-2..L-5 turned around: on `asOf`, which permit expiry dates V put a holder
 * in each state, and which V give a next deadline in a range. The state is a
 * function of n = asOf - V over contiguous intervals and, within a state, the
 * next deadline is V plus a fixed offset (L-8), so every filter of the roster
 * becomes a range (or a union of disjoint ranges) of one indexed column.
 * Inclusive bounds; null means unbounded on that side.
 */
export interface ExpiryRange {
  from: string | null;
  to: string | null;
}

type LifecycleParams = Policy['params']['lifecycle'];

export function expiryRangeOfState(state: LifecycleState, asOf: string, l: LifecycleParams): ExpiryRange {
  switch (state) {
    case 'valid': // n < -window
      return { from: addDays(asOf, l.renewalWindowDays + 1), to: null };
    case 'renewal_window': // -window <= n <= 0
      return { from: asOf, to: addDays(asOf, l.renewalWindowDays) };
    case 'grace': // 1 <= n <= grace
      return { from: addDays(asOf, -l.graceDays), to: addDays(asOf, -1) };
    case 'points_cleared': // grace < n <= reapply
      return { from: addDays(asOf, -l.permitReapplyAfterDays), to: addDays(asOf, -l.graceDays - 1) };
    case 'permit_lapsed': // n > reapply
      return { from: null, to: addDays(asOf, -l.permitReapplyAfterDays - 1) };
  }
}

/** Next deadline = V + offset within each state (L-8); permit_lapsed has none. */
export function deadlineOffset(state: LifecycleState, l: LifecycleParams): number | null {
  switch (state) {
    case 'valid':
      return -l.renewalWindowDays;
    case 'renewal_window':
      return 0;
    case 'grace':
      return l.graceDays;
    case 'points_cleared':
      return l.permitReapplyAfterDays;
    case 'permit_lapsed':
      return null;
  }
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

function intersect(a: ExpiryRange, b: ExpiryRange): ExpiryRange | null {
  const r = { from: later(a.from, b.from), to: earlier(a.to, b.to) };
  return r.from !== null && r.to !== null && r.from > r.to ? null : r;
}

const STATES: readonly LifecycleState[] = ['permit_lapsed', 'points_cleared', 'grace', 'renewal_window', 'valid'];

/**
 * The expiry ranges (ascending, disjoint) of the holders in `state` (all
 * states when absent) whose next deadline falls in [deadlineFrom, deadlineTo].
 * An empty list: nobody can match.
 */
export function expiryRanges(
  asOf: string,
  l: LifecycleParams,
  f: { state?: LifecycleState | undefined; deadlineFrom?: string | undefined; deadlineTo?: string | undefined },
): ExpiryRange[] {
  const byDeadline = f.deadlineFrom !== undefined || f.deadlineTo !== undefined;
  const ranges: ExpiryRange[] = [];
  for (const s of STATES) {
    if (f.state && f.state !== s) continue;
    let r: ExpiryRange | null = expiryRangeOfState(s, asOf, l);
    if (byDeadline) {
      const k = deadlineOffset(s, l);
      if (k === null) continue;
      r = intersect(r, {
        from: f.deadlineFrom === undefined ? null : addDays(f.deadlineFrom, -k),
        to: f.deadlineTo === undefined ? null : addDays(f.deadlineTo, -k),
      });
    }
    if (r) ranges.push(r);
  }
  // Adjacent states join into one range (fewer OR branches for the planner).
  return ranges.reduce<ExpiryRange[]>((out, r) => {
    const last = out[out.length - 1];
    if (last && last.to !== null && r.from !== null && addDays(last.to, 1) === r.from) last.to = r.to;
    else out.push({ ...r });
    return out;
  }, []);
}
