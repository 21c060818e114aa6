import { msg } from '@jifen/messages/domain';
import { addDays, diffDays } from '../dates/index.ts';
import { lifecycleOn, type LifecycleStatus } from '../lifecycle/lifecycle.ts';
import type { Policy } from '../policy/index.ts';
import { err, ok, type DomainError, type IsoDate, type Result } from '../result.ts';
import type { ApplicationKind } from '../workflow/types.ts';

/**
 * One holder's timeline (issue 17): the permit periods, the points cycle and
 * what an application may do on a date. Every module that decides something
 * about a holder's permit, points, application or notice asks these
 * functions, so that the permit, the points cycle, the application and the
 * notice agree on every date.
 *
 * - A permit period is one row of `permits`: issued (the first permit),
 *   endorsed (签注, L-7: a new period with a later expiry) or newly issued
 *   after the old one lapsed (L-5, 新办居住证).
 * - The points cycle is opened by an approval and is valid until the expiry
 *   of the permit period it was approved for (L-1). An endorsement extends
 *   the permit, never the points: until a renewal is approved the points
 *   state is what the cycle's own expiry makes it (window, late, cleared).
 * - A renewal is for a permit period: the endorsed period after the cycle's
 *   one. Its notice is valid until that period's expiry.
 */
export interface PermitPeriod {
  id: string;
  issuedOn: IsoDate;
  /** The period's last valid day. */
  expiresOn: IsoDate;
}

export interface PointsCycle {
  cycle: number;
  /** The permit period the cycle was approved for (null for records older than that link). */
  permitId: string | null;
  /** = that permit period's expiry (L-1). */
  expiresOn: IsoDate;
}

export interface HolderTimeline {
  permits: readonly PermitPeriod[];
  cycle: PointsCycle | null;
}

/** Which step of an application is being asked about. */
export type ApplicationStage = 'create' | 'submit' | 'approve';

const RENEWALS: readonly ApplicationKind[] = ['renewal_same_employer', 'renewal_changed_employer'];

export const isRenewal = (kind: ApplicationKind): boolean => RENEWALS.includes(kind);

/** The permit period that expires last: the holder's current permit (each endorsement is a later one). */
export function latestPermit(timeline: HolderTimeline): PermitPeriod | null {
  let latest: PermitPeriod | null = null;
  for (const p of timeline.permits) if (!latest || p.expiresOn > latest.expiresOn) latest = p;
  return latest;
}

/** L-8 for the permit itself: its state on `asOf` from the latest period's expiry. */
export function permitStatusOn(
  timeline: HolderTimeline,
  asOf: IsoDate,
  policy: Policy,
): Result<LifecycleStatus> | null {
  const p = latestPermit(timeline);
  return p ? lifecycleOn({ expiry: p.expiresOn }, asOf, policy) : null;
}

/**
 * L-1..L-6 for the points: the state on `asOf` from the cycle's expiry,
 * whatever endorsements happened since (an endorsement alone never makes the
 * points valid again); but a permit endorsed past the cycle does not lapse
 * with it (L-5 is judged on the endorsed expiry). Null while no application
 * was ever approved.
 */
export function pointsStatusOn(
  timeline: HolderTimeline,
  asOf: IsoDate,
  policy: Policy,
): Result<LifecycleStatus> | null {
  if (!timeline.cycle) return null;
  return lifecycleOn(
    { expiry: timeline.cycle.expiresOn, endorsedTo: latestPermit(timeline)?.expiresOn ?? null },
    asOf,
    policy,
  );
}

/** The day the points of the current cycle are cleared (L-4): the first day after the late window. */
export function clearingDate(cycle: PointsCycle, policy: Policy): IsoDate {
  return addDays(cycle.expiresOn, policy.params.lifecycle.pointsClearedAfterDays + 1);
}

/** L-5: more than `permitReapplyAfterDays` after the latest period's expiry the permit must be applied for again. */
export function permitLapsedOn(timeline: HolderTimeline, asOf: IsoDate, policy: Policy): boolean {
  const p = latestPermit(timeline);
  return p !== null && diffDays(asOf, p.expiresOn) > policy.params.lifecycle.permitReapplyAfterDays;
}

/** L-5 refusal: name the rule, what to do and where. */
function lapsedError(p: PermitPeriod, asOf: IsoDate, policy: Policy): DomainError {
  const days = policy.params.lifecycle.permitReapplyAfterDays;
  const n = diffDays(asOf, p.expiresOn);
  return {
    code: 'TIMELINE.PERMIT_LAPSED',
    ruleId: 'L-5',
    message: msg('timeline.permitLapsed', { expiresOn: p.expiresOn, days: n, limit: days }),
    details: { expiresOn: p.expiresOn, daysOverdue: n },
  };
}

/** L-7 refusal: the permit must be endorsed for the next period first. */
function notEndorsedError(cycle: PointsCycle, p: PermitPeriod | null, policy: Policy): DomainError {
  const days = policy.params.lifecycle.permitSyncWorkingDays;
  return {
    code: 'TIMELINE.PERMIT_NOT_ENDORSED',
    ruleId: 'L-7',
    message: msg('timeline.notEndorsed', {
      pointsExpireOn: cycle.expiresOn,
      permit: p ? msg('timeline.permitValidUntil', { expiresOn: p.expiresOn }) : msg('timeline.permitNotOnFile'),
      workingDays: days,
    }),
    details: { pointsExpireOn: cycle.expiresOn, permitExpiresOn: p?.expiresOn ?? null },
  };
}

function clearedError(cycle: PointsCycle, asOf: IsoDate, policy: Policy): DomainError {
  const grace = policy.params.lifecycle.pointsClearedAfterDays;
  return {
    code: 'TIMELINE.POINTS_CLEARED',
    ruleId: 'L-4',
    message: msg('timeline.pointsCleared', {
      pointsExpireOn: cycle.expiresOn,
      limit: grace,
      clearedOn: clearingDate(cycle, policy),
    }),
    details: { pointsExpireOn: cycle.expiresOn, asOf },
  };
}

/** L-4 refusal of a new application (first, or after clearing) while the points can still be renewed. */
function stillRenewableError(cycle: PointsCycle, policy: Policy): DomainError {
  return {
    code: 'TIMELINE.POINTS_RENEWABLE',
    ruleId: 'L-4',
    message: msg('timeline.stillRenewable', {
      pointsExpireOn: cycle.expiresOn,
      limit: policy.params.lifecycle.pointsClearedAfterDays,
      clearedOn: clearingDate(cycle, policy),
    }),
    details: { pointsExpireOn: cycle.expiresOn, clearedOn: clearingDate(cycle, policy) },
  };
}

function permitExpiredError(p: PermitPeriod): DomainError {
  return {
    code: 'TIMELINE.PERMIT_EXPIRED',
    ruleId: 'L-7',
    message: msg('timeline.permitExpired', { expiresOn: p.expiresOn }),
    details: { permitExpiresOn: p.expiresOn },
  };
}

/**
 * What an application of `kind` may do at `stage` on `asOf`, and the permit
 * period it is for (its notice is valid until that period's expiry). For
 * `approve`, `submittedOn` is the day the case was (last) submitted: a
 * renewal submitted in time stays approvable after its cycle's dates pass.
 *
 * - Every kind, every stage: a lapsed permit (L-5) is refused; the clerk
 *   records a newly issued permit and a first application starts.
 * - Renewals at submit and approve: the points cycle must not be
 *   cleared on the submission day (L-4), and a permit period must be
 *   endorsed after it (L-7): the renewal is for that period. A holder whose
 *   points were approved before jifen knew them (no cycle on file, e.g. one
 *   a new employer registered) renews for the permit in force (L-7).
 * - First applications and applications after clearing, at submit and
 *   approve: the points cycle on file, if any, must be cleared on the
 *   submission day (L-4: until then the holder renews, L-2/L-3), and the
 *   permit must be in force on that day (L-7).
 * - Drafts (create) need only the L-5 check: the data can be prepared
 *   while the holder goes to be endorsed.
 */
export function applicationTarget(
  timeline: HolderTimeline,
  kind: ApplicationKind,
  stage: ApplicationStage,
  asOf: IsoDate,
  policy: Policy,
  submittedOn: IsoDate = asOf,
): Result<PermitPeriod | null> {
  const latest = latestPermit(timeline);
  if (latest && permitLapsedOn(timeline, asOf, policy)) return err(lapsedError(latest, asOf, policy));
  if (stage === 'create') return ok(latest);
  if (isRenewal(kind)) {
    const cycle = timeline.cycle;
    if (!cycle)
      return !latest ? ok(null) : latest.expiresOn < submittedOn ? err(permitExpiredError(latest)) : ok(latest);
    if (diffDays(submittedOn, cycle.expiresOn) > policy.params.lifecycle.pointsClearedAfterDays)
      return err(clearedError(cycle, submittedOn, policy));
    if (!latest || latest.expiresOn <= cycle.expiresOn) return err(notEndorsedError(cycle, latest, policy));
    return ok(latest);
  }
  // L-2..L-4: a new points application only once the points are cleared; until then they are renewed.
  const cycle = timeline.cycle;
  if (cycle && diffDays(submittedOn, cycle.expiresOn) <= policy.params.lifecycle.pointsClearedAfterDays)
    return err(stillRenewableError(cycle, policy));
  if (!latest) return ok(null);
  if (latest.expiresOn < submittedOn) return err(permitExpiredError(latest));
  return ok(latest);
}

/** L-1: a notice is valid until the expiry of the permit period its application was approved for. */
export function noticeValidUntil(timeline: HolderTimeline, permitId: string | null): IsoDate | null {
  const p = permitId ? timeline.permits.find((x) => x.id === permitId) : null;
  return p ? p.expiresOn : null;
}

/**
 * L-5: the clerk records a newly issued permit (新办居住证) only for a holder
 * whose permit has lapsed, or who has none on file; an earlier permit is
 * endorsed instead (L-7).
 */
export function newPermitAllowed(timeline: HolderTimeline, asOf: IsoDate, policy: Policy): Result<true> {
  const latest = latestPermit(timeline);
  if (!latest || permitLapsedOn(timeline, asOf, policy)) return ok(true);
  return err({
    code: 'TIMELINE.PERMIT_ENDORSABLE',
    ruleId: 'L-7',
    message: msg('timeline.permitEndorsable', {
      expiresOn: latest.expiresOn,
      limit: policy.params.lifecycle.permitReapplyAfterDays,
    }),
    details: { expiresOn: latest.expiresOn },
  });
}
