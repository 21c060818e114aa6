import { countWorkingDays } from '../calendar/working-days.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { addDays, diffDays, fromEpochDay, toEpochDay, yearOf } from '../dates/index.ts';
import type { Policy } from '../policy/index.ts';
import type { ReminderRule } from '../policy/params/reminders.ts';
import type { IsoDate, LocalizedText, RuleId } from '../result.ts';
import { endorsedPast, permitLapsesOn, pointsStateFor, stateForOffset, type LifecycleState } from './lifecycle.ts';
import { renderReminderOn } from './reminder-render.ts';

/**
 * Issue 13: the pure core of the daily lifecycle sweep. A points record is
 * valid until its permit's expiry V (L-1); its state on a day follows
 * L-2..L-5 (`stateForOffset`). Every record carries the next day on which
 * something happens to it (a state change or a reminder), so a day's sweep
 * reads only the records due that day, never the whole table.
 */
export interface SweptRecord {
  id: string;
  cycle: number;
  expiresOn: IsoDate;
  state: LifecycleState;
  /** A renewal submitted in time (on or before V) cancels the cycle's remaining reminders. */
  renewalSubmittedOn: IsoDate | null;
  /**
   * The expiry of the holder's latest permit. Endorsed past V (L-7), the
   * cycle's permit does not lapse at V + 91: no "can no longer be endorsed"
   * reminder, the points stay cleared, and the record lapses (L-5) only
   * with the endorsed permit.
   */
  permitExpiresOn: IsoDate | null;
}

export interface StateChange {
  recordId: string;
  cycle: number;
  on: IsoDate;
  from: LifecycleState;
  to: LifecycleState;
  ruleId: RuleId;
  /** L-6: benefits stop when the points lapse (V + 1). */
  benefitsSuspended: boolean;
  /** L-4: the points notice is revoked when the points are cleared. */
  revokeNotice: boolean;
}

export interface ReminderDue {
  recordId: string;
  cycle: number;
  kind: ReminderRule['kind'];
  ruleId: RuleId;
  dueOn: IsoDate;
  holder: ReminderRule['holder'];
  hr: ReminderRule['hr'];
  /** The cycle's expiry: the reminder is rendered again on the day it is actually sent (`reminderOnDay`). */
  expiresOn: IsoDate;
  /** As rendered for the due day. */
  title: LocalizedText;
  text: LocalizedText;
}

export interface DayOutcome {
  record: SweptRecord;
  changes: StateChange[];
  reminders: ReminderDue[];
  /** The next day anything happens to this record, or null when nothing will (permit lapsed). */
  nextEventOn: IsoDate | null;
}

const RULE_OF_STATE: Record<LifecycleState, RuleId> = {
  valid: 'L-1',
  renewal_window: 'L-2',
  grace: 'L-3',
  points_cleared: 'L-4',
  permit_lapsed: 'L-5',
};

/** Days from the expiry V to each anchor (V - window, V, V + cleared + 1, V + reapply + 1). */
function anchorOffset(anchor: ReminderRule['anchor'], policy: Policy): number {
  const l = policy.params.lifecycle;
  switch (anchor) {
    case 'window_opens':
      return -l.renewalWindowDays;
    case 'expiry':
      return 0;
    case 'points_cleared':
      return l.pointsClearedAfterDays + 1;
    case 'permit_lapsed':
      return l.permitReapplyAfterDays + 1;
  }
}

interface Offsets {
  /** Every event offset from V (state changes and reminders), ascending, without repeats. */
  events: number[];
  /** The first offset decided by the permit's lapse (its reminders and its state change). */
  permitLapseFrom: number;
  /** Each reminder rule with its offset from V. */
  reminders: { rule: ReminderRule; offset: number }[];
}

// Policies are immutable values: their offsets are computed once (the sweep reads them per record).
const offsetCache = new WeakMap<Policy, Offsets>();

function offsetsOf(policy: Policy): Offsets {
  const cached = offsetCache.get(policy);
  if (cached) return cached;
  const l = policy.params.lifecycle;
  const reminders = reminderRules(policy).map((rule) => ({
    rule,
    offset: anchorOffset(rule.anchor, policy) + rule.offsetDays,
  }));
  const all = new Set([
    -l.renewalWindowDays,
    1,
    l.pointsClearedAfterDays + 1,
    l.permitReapplyAfterDays + 1,
    ...reminders.map((r) => r.offset),
  ]);
  let permitLapseFrom = l.permitReapplyAfterDays + 1;
  for (const r of reminders)
    if (r.rule.anchor === 'permit_lapsed') permitLapseFrom = Math.min(permitLapseFrom, r.offset);
  const out = { events: [...all].sort((a, b) => a - b), reminders, permitLapseFrom };
  offsetCache.set(policy, out);
  return out;
}

/** The reminder rules of the policy version (none when the version has no reminder parameters: P-2). */
export function reminderRules(policy: Policy): readonly ReminderRule[] {
  return policy.params.lifecycle.reminders ?? [];
}

/** The day a reminder of one cycle is due. */
export function reminderDueOn(rule: ReminderRule, expiry: IsoDate, policy: Policy): IsoDate {
  return addDays(expiry, anchorOffset(rule.anchor, policy) + rule.offsetDays);
}

/** Every day something happens in one cycle (state changes and reminders), sorted, without repeats. */
export function cycleEventDays(expiry: IsoDate, policy: Policy): IsoDate[] {
  const v = toEpochDay(expiry);
  return offsetsOf(policy).events.map((o) => fromEpochDay(v + o));
}

/** The first event day strictly after `day`, or null. */
export function nextEventAfter(expiry: IsoDate, day: IsoDate, policy: Policy): IsoDate | null {
  const v = toEpochDay(expiry);
  const n = toEpochDay(day) - v;
  const o = offsetsOf(policy).events.find((x) => x > n);
  return o === undefined ? null : fromEpochDay(v + o);
}

/** The state of a record on a day (L-2..L-5). */
export function recordStateOn(expiry: IsoDate, day: IsoDate, policy: Policy): LifecycleState {
  return stateForOffset(diffDays(day, expiry), policy.params.lifecycle);
}

/** A reminder's title and text with the record's dates filled in, as sent on its own due day (`renderReminderOn` for another day). */
export function renderReminder(
  rule: ReminderRule,
  expiry: IsoDate,
  policy: Policy,
): { title: LocalizedText; text: LocalizedText } {
  return renderReminderOn(rule, expiry, reminderDueOn(rule, expiry, policy), policy);
}

/** What happens to one record on day V + n (n = day - expiry). */
function eventsAtOffset(
  record: SweptRecord,
  n: number,
  day: IsoDate,
  policy: Policy,
): { change: StateChange | null; reminders: ReminderDue[] } {
  const l = policy.params.lifecycle;
  const endorsed = endorsedPast(record.expiresOn, record.permitExpiresOn);
  const to = pointsStateFor(stateForOffset(n, l), record.permitExpiresOn, record.expiresOn, day, l);
  const change: StateChange | null =
    to === record.state
      ? null
      : {
          recordId: record.id,
          cycle: record.cycle,
          on: day,
          from: record.state,
          to,
          ruleId: RULE_OF_STATE[to],
          benefitsSuspended:
            (record.state === 'valid' || record.state === 'renewal_window') &&
            to !== 'valid' &&
            to !== 'renewal_window',
          revokeNotice: to === 'points_cleared' || (to === 'permit_lapsed' && record.state !== 'points_cleared'),
        };
  const cancelled = record.renewalSubmittedOn !== null && record.renewalSubmittedOn <= record.expiresOn;
  const reminders: ReminderDue[] = [];
  if (!cancelled) {
    for (const { rule, offset } of offsetsOf(policy).reminders) {
      if (offset !== n) continue;
      // The cycle's permit was endorsed: it will not lapse on the day this reminder warns of.
      if (endorsed && rule.anchor === 'permit_lapsed') continue;
      reminders.push({
        recordId: record.id,
        cycle: record.cycle,
        kind: rule.kind,
        ruleId: rule.ruleId,
        dueOn: day,
        holder: rule.holder,
        hr: rule.hr,
        expiresOn: record.expiresOn,
        ...renderReminder(rule, record.expiresOn, policy),
      });
    }
  }
  return { change, reminders };
}

/** What happens to one record on exactly `day`. */
export function eventsOn(
  record: SweptRecord,
  day: IsoDate,
  policy: Policy,
): { change: StateChange | null; reminders: ReminderDue[] } {
  return eventsAtOffset(record, diffDays(day, record.expiresOn), day, policy);
}

/**
 * Brings one record up to `day`: every event day from `nextEventOn` to `day`
 * is applied in order (a server that was down catches up day by day), and
 * the next event day after `day` is returned for the index. Works on day
 * numbers: the sweep calls it for every due record.
 */
export function advanceRecord(record: SweptRecord, nextEventOn: IsoDate, day: IsoDate, policy: Policy): DayOutcome {
  const v = toEpochDay(record.expiresOn);
  const from = toEpochDay(nextEventOn) - v;
  const to = toEpochDay(day) - v;
  let current = record;
  const changes: StateChange[] = [];
  const reminders: ReminderDue[] = [];
  let next: IsoDate | null = null;
  for (const o of eventOffsets(record, policy)) {
    if (o > to) {
      next = fromEpochDay(v + o);
      break;
    }
    if (o < from) continue;
    const e = eventsAtOffset(current, o, fromEpochDay(v + o), policy);
    if (e.change) {
      changes.push(e.change);
      current = { ...current, state: e.change.to };
    }
    reminders.push(...e.reminders);
  }
  return { record: current, changes, reminders, nextEventOn: next };
}

/**
 * The policy's event offsets, and for a record whose permit was endorsed past
 * V the day that permit lapses (L-5), when that is later: the record follows
 * the permit the holder holds.
 */
function eventOffsets(record: SweptRecord, policy: Policy): readonly number[] {
  const events = offsetsOf(policy).events;
  if (!endorsedPast(record.expiresOn, record.permitExpiresOn)) return events;
  const lapse = diffDays(permitLapsesOn(record.permitExpiresOn, policy.params.lifecycle), record.expiresOn);
  return lapse > events[events.length - 1]! ? [...events, lapse] : events;
}

/**
 * Whether bringing a record with this expiry up to `day` can reach a day
 * decided by the permit's lapse (L-5: its reminders and state change): only
 * then does the sweep need the holder's latest permit (`permitExpiresOn`).
 */
export function reachesPermitLapse(expiry: IsoDate, day: IsoDate, policy: Policy): boolean {
  return diffDays(day, expiry) >= offsetsOf(policy).permitLapseFrom;
}

/** The first event day of a record created or renewed on `day` (its state is `recordStateOn` that day). */
export function firstEventAfterCreation(expiry: IsoDate, day: IsoDate, policy: Policy): IsoDate | null {
  return nextEventAfter(expiry, day, policy);
}

export interface ReviewCase {
  id: string;
  slaDue: IsoDate;
}

export interface DigestEntry {
  id: string;
  slaDue: IsoDate;
  /** Working days from the morning of `day` to the due date (D-2: (day, due]); negative or zero once breached. */
  workingDaysLeft: number | null;
  status: 'at_risk' | 'breached';
}

/**
 * The reviewers' morning digest: cases with `atRiskWorkingDays` or fewer
 * working days left, and breached ones. A due date in a year without a
 * calendar cannot be counted: the year is returned so the caller records it
 * as pending (P-2) instead of guessing.
 */
export function reviewerDigest(
  cases: readonly ReviewCase[],
  day: IsoDate,
  calendar: WorkingCalendar,
  atRiskWorkingDays: number,
): { entries: DigestEntry[]; pendingYear: number | null } {
  const entries: DigestEntry[] = [];
  let pendingYear: number | null = null;
  for (const c of cases) {
    if (c.slaDue < day) {
      entries.push({ id: c.id, slaDue: c.slaDue, workingDaysLeft: null, status: 'breached' });
      continue;
    }
    const left = countWorkingDays(calendar, day, c.slaDue);
    if (!left.ok) {
      const year = (left.error.details as { year?: unknown } | undefined)?.year;
      pendingYear = typeof year === 'number' ? Math.min(pendingYear ?? year, year) : (pendingYear ?? yearOf(c.slaDue));
      continue;
    }
    if (left.value <= atRiskWorkingDays)
      entries.push({ id: c.id, slaDue: c.slaDue, workingDaysLeft: left.value, status: 'at_risk' });
  }
  return { entries, pendingYear };
}
