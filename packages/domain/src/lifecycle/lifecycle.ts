import { msg } from '@jifen/messages/domain';
import { addDays, diffDays, parseIsoDate } from '../dates/index.ts';
import type { Policy } from '../policy/index.ts';
import { ok, type IsoDate, type LocalizedText, type Result, type RuleId } from '../result.ts';
import { benefitsOn, type BenefitsStatus } from './benefits.ts';
import { DEADLINE_LABELS, STATE_LABELS, TIMELINE_LABELS } from './labels.ts';

/**
 * L-1..L-8: the state of a residence permit and its points on any date.
 * V is the expiry date (the permit's last valid day), n = asOf - V in days:
 *   n < -window            valid
 *   -window <= n <= 0      renewal_window   (L-2)
 *   1 <= n <= grace        grace            (L-3, late renewal)
 *   grace < n <= reapply   points_cleared   (L-4, permit still endorsable)
 *   n > reapply            permit_lapsed    (L-5, apply for a new permit)
 * All bounds are parameters of the policy version in force.
 */
export type LifecycleState = 'valid' | 'renewal_window' | 'grace' | 'points_cleared' | 'permit_lapsed';

export const LIFECYCLE_STATES: readonly LifecycleState[] = [
  'valid',
  'renewal_window',
  'grace',
  'points_cleared',
  'permit_lapsed',
];

export type DeadlineKind = 'window_opens' | 'renew_by' | 'late_renewal_ends' | 'permit_endorsable_ends';

export interface Deadline {
  kind: DeadlineKind;
  /** Last day of the current state, or the day the next opportunity opens. */
  date: IsoDate;
  ruleId: RuleId;
  label: LocalizedText;
}

export type TimelineKind = 'window_opens' | 'expiry' | 'late_window_last_day' | 'points_cleared' | 'permit_lapsed';

export interface TimelineEntry {
  kind: TimelineKind;
  date: IsoDate;
  ruleId: RuleId;
  label: LocalizedText;
}

export interface LifecycleStatus {
  ruleId: 'L-8';
  asOf: IsoDate;
  expiry: IsoDate;
  /** asOf - expiry in calendar days. */
  n: number;
  state: LifecycleState;
  stateLabel: LocalizedText;
  /** null once the permit has lapsed: nothing left to meet. */
  nextDeadline: Deadline | null;
  /** Calendar days from asOf to nextDeadline.date (0 on the day itself). */
  daysLeft: number | null;
  /** L-3/L-4: whether renewing on asOf restarts the permit holding years. */
  holdingYearsRestart: { restart: boolean; ruleId: RuleId; reason: LocalizedText };
  benefits: BenefitsStatus;
  timeline: TimelineEntry[];
  policy: { id: string; hash: string };
}

export interface PermitDates {
  /** The permit's last valid day (V). */
  expiry: IsoDate;
  /**
   * For a points cycle: the expiry of the holder's permit when it was
   * endorsed past V (L-7). The points still lapse and clear by V (an
   * endorsement alone never renews them), but the permit does not lapse at
   * V + 91: L-5 is judged on its own expiry.
   */
  endorsedTo?: IsoDate | null;
}

/**
 * L-5 for a points cycle whose permit was endorsed past its expiry: `state`
 * from the cycle's V, except that the permit lapses only on the endorsed
 * permit's own lapse day; until then the points are cleared and the permit
 * in force.
 */
export function pointsStateFor(
  state: LifecycleState,
  endorsedTo: IsoDate | null | undefined,
  expiry: IsoDate,
  asOf: IsoDate,
  lifecycle: Policy['params']['lifecycle'],
): LifecycleState {
  if (state !== 'permit_lapsed' || !endorsedPast(expiry, endorsedTo)) return state;
  return asOf >= permitLapsesOn(endorsedTo, lifecycle) ? 'permit_lapsed' : 'points_cleared';
}

/** Whether the permit was endorsed past the cycle's expiry (its L-5 dates are then the endorsed permit's). */
export const endorsedPast = (expiry: IsoDate, endorsedTo: IsoDate | null | undefined): endorsedTo is IsoDate =>
  !!endorsedTo && endorsedTo > expiry;

/** L-5: the first day a permit expiring on `expiry` can no longer be endorsed and must be applied for again. */
export const permitLapsesOn = (expiry: IsoDate, lifecycle: Policy['params']['lifecycle']): IsoDate =>
  addDays(expiry, lifecycle.permitReapplyAfterDays + 1);

export function stateForOffset(n: number, lifecycle: Policy['params']['lifecycle']): LifecycleState {
  if (n < -lifecycle.renewalWindowDays) return 'valid';
  if (n <= 0) return 'renewal_window';
  if (n <= lifecycle.graceDays) return 'grace';
  if (n <= lifecycle.permitReapplyAfterDays) return 'points_cleared';
  return 'permit_lapsed';
}

/** The key dates of one permit period, each with its rule. */
export function lifecycleTimeline(expiry: IsoDate, policy: Policy): TimelineEntry[] {
  const l = policy.params.lifecycle;
  const entry = (kind: TimelineKind, date: IsoDate, ruleId: RuleId): TimelineEntry => ({
    kind,
    date,
    ruleId,
    label: TIMELINE_LABELS[kind](date),
  });
  return [
    entry('window_opens', addDays(expiry, -l.renewalWindowDays), 'L-2'),
    entry('expiry', expiry, 'L-1'),
    entry('late_window_last_day', addDays(expiry, l.graceDays), 'L-3'),
    entry('points_cleared', addDays(expiry, l.pointsClearedAfterDays + 1), 'L-4'),
    entry('permit_lapsed', permitLapsesOn(expiry, l), 'L-5'),
  ];
}

function deadlineFor(state: LifecycleState, expiry: IsoDate, policy: Policy): Deadline | null {
  const l = policy.params.lifecycle;
  const make = (kind: DeadlineKind, date: IsoDate, ruleId: RuleId): Deadline => ({
    kind,
    date,
    ruleId,
    label: DEADLINE_LABELS[kind](date),
  });
  switch (state) {
    case 'valid':
      return make('window_opens', addDays(expiry, -l.renewalWindowDays), 'L-2');
    case 'renewal_window':
      return make('renew_by', expiry, 'L-2');
    case 'grace':
      return make('late_renewal_ends', addDays(expiry, l.graceDays), 'L-3');
    case 'points_cleared':
      return make('permit_endorsable_ends', addDays(expiry, l.permitReapplyAfterDays), 'L-5');
    case 'permit_lapsed':
      return null;
  }
}

function holdingYears(state: LifecycleState, policy: Policy): LifecycleStatus['holdingYearsRestart'] {
  if (state === 'valid' || state === 'renewal_window') {
    return {
      restart: false,
      ruleId: 'L-2',
      reason: msg('lifecycle.holdingYears.continueWhileValid'),
    };
  }
  if (state === 'grace') {
    const keeps = policy.params.lifecycle.graceKeepsHoldingYears;
    return {
      restart: !keeps,
      ruleId: 'L-3',
      reason: keeps ? msg('lifecycle.holdingYears.lateKeeps') : msg('lifecycle.holdingYears.lateRestarts'),
    };
  }
  return {
    restart: true,
    ruleId: state === 'points_cleared' ? 'L-4' : 'L-5',
    reason: msg('lifecycle.holdingYears.pastLateWindow'),
  };
}

/** L-8: the state, next deadline, days left and timeline of a permit on `asOf`. */
export function lifecycleOn(permit: PermitDates, asOf: IsoDate, policy: Policy): Result<LifecycleStatus> {
  const expiry = parseIsoDate(permit.expiry);
  if (!expiry.ok) return expiry;
  const day = parseIsoDate(asOf);
  if (!day.ok) return day;
  const n = diffDays(asOf, permit.expiry);
  const endorsed = endorsedPast(permit.expiry, permit.endorsedTo);
  const state = pointsStateFor(
    stateForOffset(n, policy.params.lifecycle),
    permit.endorsedTo,
    permit.expiry,
    asOf,
    policy.params.lifecycle,
  );
  // Endorsed: nothing is left to meet for the permit once the points are cleared (a new application has no deadline).
  const nextDeadline = endorsed && state === 'points_cleared' ? null : deadlineFor(state, permit.expiry, policy);
  const timeline = lifecycleTimeline(permit.expiry, policy);
  return ok({
    ruleId: 'L-8',
    asOf,
    expiry: permit.expiry,
    n,
    state,
    stateLabel: STATE_LABELS[state],
    nextDeadline,
    daysLeft: nextDeadline ? diffDays(nextDeadline.date, asOf) : null,
    holdingYearsRestart: holdingYears(state, policy),
    benefits: benefitsOn(state, permit.expiry, policy),
    // The cycle's permit period does not lapse at V + 91 when the permit was endorsed past it.
    timeline: endorsed ? timeline.filter((t) => t.kind !== 'permit_lapsed') : timeline,
    policy: { id: policy.id, hash: policy.hash },
  });
}
