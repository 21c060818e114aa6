import { msg } from '@jifen/messages/domain';
import { addDays, addMonths, maxDate, minDate, parseIsoDate, periodLastDay } from '../dates/index.ts';
import type { Policy } from '../policy/index.ts';
import { err, ok, type DomainError, type IsoDate, type LocalizedText, type Result } from '../result.ts';
import { lifecycleOn, type LifecycleState } from './lifecycle.ts';

/**
 * L-2..L-5 and L-7: what endorsing (签注) a residence permit on a given day
 * means, and which new expiry dates are possible. One rule for both sides:
 * the clerk's form previews and prefills with it, the API decides with it
 * (issue 10: the preview said "L-2 on time" for an expiry the API refused).
 */
export interface EndorsedPermit {
  issuedOn: IsoDate;
  /** The current permit's last valid day. */
  expiresOn: IsoDate;
}

export type EndorsementOutcome = 'continuous' | 'years_restart' | 'new_application';

/** A problem with one field of the endorsement, worded for the person who typed it. */
export interface EndorsementFieldProblem {
  path: 'endorsedOn' | 'newExpiresOn';
  message: LocalizedText;
}

export interface EndorsementWindow {
  /** The rule that decides the outcome on the endorsement day. */
  ruleId: 'L-2' | 'L-3' | 'L-4';
  outcome: EndorsementOutcome;
  /** n = endorsedOn - previous expiry in days; <= 0 when on time. */
  daysOverdue: number;
  state: Exclude<LifecycleState, 'permit_lapsed'>;
  stateLabel: LocalizedText;
  /** First day of the renewed validity: the day after the old expiry (on time) or the endorsement day (late). */
  periodStart: IsoDate;
  /** The new expiry must lie in [earliestNewExpiry, latestNewExpiry]. */
  earliestNewExpiry: IsoDate;
  latestNewExpiry: IsoDate;
  holdingYearsRestart: boolean;
  pointsNeedNewApplication: boolean;
  /** Why the holding years continue or restart, then (L-4) that the points need a new application. */
  notes: LocalizedText[];
}

export interface EndorsementDecision extends EndorsementWindow {
  newExpiresOn: IsoDate;
}

function fieldError(
  code: string,
  message: LocalizedText,
  problems: EndorsementFieldProblem[],
  ruleId?: 'L-7',
): DomainError {
  return { code, message, ...(ruleId ? { ruleId } : {}), details: { fields: problems } };
}

/** The field problems a domain error from this module carries (empty for others). */
export function endorsementFieldProblems(error: DomainError): EndorsementFieldProblem[] {
  const fields = error.details?.fields;
  return Array.isArray(fields) ? (fields as EndorsementFieldProblem[]) : [];
}

/**
 * The endorsement day's outcome and the range of possible new expiry dates.
 * The renewed period runs one permit period (`permitPeriodMonths`) from its
 * start, and at most that plus `renewalWindowDays` after the endorsement, so
 * an early endorsement cannot reach two years out.
 */
export function endorsementWindow(
  permit: EndorsedPermit,
  endorsedOn: IsoDate,
  today: IsoDate,
  policy: Policy,
): Result<EndorsementWindow> {
  for (const [path, value] of [
    ['endorsedOn', endorsedOn],
    ['today', today],
  ] as const) {
    const parsed = parseIsoDate(value);
    if (!parsed.ok)
      return path === 'endorsedOn'
        ? err(
            fieldError('VALIDATION.ENDORSEMENT_DATE', parsed.error.message, [{ path, message: parsed.error.message }]),
          )
        : parsed;
  }
  if (endorsedOn > today) {
    return err(
      fieldError('VALIDATION.ENDORSEMENT_DATE', msg('lifecycle.endorsement.afterToday'), [
        {
          path: 'endorsedOn',
          message: msg('lifecycle.endorsement.afterTodayField', { endorsedOn, today }),
        },
      ]),
    );
  }
  if (endorsedOn < permit.issuedOn) {
    return err(
      fieldError('VALIDATION.ENDORSEMENT_DATE', msg('lifecycle.endorsement.beforeIssue'), [
        {
          path: 'endorsedOn',
          message: msg('lifecycle.endorsement.beforeIssueField', { issuedOn: permit.issuedOn }),
        },
      ]),
    );
  }
  const status = lifecycleOn({ expiry: permit.expiresOn }, endorsedOn, policy);
  if (!status.ok) return status;
  const l = status.value;
  const params = policy.params.lifecycle;
  if (l.state === 'permit_lapsed') {
    return err({
      code: 'PERMIT.MUST_REAPPLY',
      ruleId: 'L-5',
      message: msg('lifecycle.endorsement.mustReapply', { days: l.n, limit: params.permitReapplyAfterDays }),
      details: { daysOverdue: l.n, expiresOn: permit.expiresOn, policyId: policy.id },
    });
  }
  const months = params.permitPeriodMonths;
  const periodStart = l.n > 0 ? endorsedOn : addDays(permit.expiresOn, 1);
  const latestNewExpiry = minDate(
    periodLastDay(periodStart, months),
    addDays(addMonths(endorsedOn, months), params.renewalWindowDays),
  );
  const earliestNewExpiry = addDays(maxDate(endorsedOn, permit.expiresOn), 1);
  const pointsNeedNewApplication = l.state === 'points_cleared';
  const notes = [l.holdingYearsRestart.reason];
  if (pointsNeedNewApplication) {
    notes.push(msg('lifecycle.endorsement.pointsCleared', { days: l.n, limit: params.pointsClearedAfterDays }));
  }
  const ruleId = l.state === 'points_cleared' ? 'L-4' : l.state === 'grace' ? 'L-3' : 'L-2';
  const outcome: EndorsementOutcome = pointsNeedNewApplication
    ? 'new_application'
    : l.holdingYearsRestart.restart
      ? 'years_restart'
      : 'continuous';
  return ok({
    ruleId,
    outcome,
    daysOverdue: l.n,
    state: l.state,
    stateLabel: l.stateLabel,
    periodStart,
    earliestNewExpiry,
    latestNewExpiry,
    holdingYearsRestart: l.holdingYearsRestart.restart,
    pointsNeedNewApplication,
    notes,
  });
}

/** L-7: the endorsement as asked, or the reasons it cannot be stored (coded, per field, in both languages). */
export function decideEndorsement(
  permit: EndorsedPermit,
  request: { endorsedOn: IsoDate; newExpiresOn: IsoDate },
  today: IsoDate,
  policy: Policy,
): Result<EndorsementDecision> {
  const window = endorsementWindow(permit, request.endorsedOn, today, policy);
  if (!window.ok) return window;
  const w = window.value;
  const { endorsedOn, newExpiresOn } = request;
  const problems: EndorsementFieldProblem[] = [];
  if (!parseIsoDate(newExpiresOn).ok) {
    problems.push({
      path: 'newExpiresOn',
      message: msg('lifecycle.endorsement.newExpiryInvalid', { newExpiresOn }),
    });
  } else {
    if (newExpiresOn <= endorsedOn) {
      problems.push({
        path: 'newExpiresOn',
        message: msg('lifecycle.endorsement.newExpiryNotAfterEndorsement', { endorsedOn }),
      });
    }
    if (newExpiresOn <= permit.expiresOn) {
      problems.push({
        path: 'newExpiresOn',
        message: msg('lifecycle.endorsement.newExpiryNotAfterOld', { expiresOn: permit.expiresOn }),
      });
    }
    if (newExpiresOn > w.latestNewExpiry) {
      const months = policy.params.lifecycle.permitPeriodMonths;
      problems.push({
        path: 'newExpiresOn',
        message: msg('lifecycle.endorsement.newExpiryTooLate', { months, latest: w.latestNewExpiry }),
      });
    }
  }
  if (problems.length > 0) {
    return err(
      fieldError('VALIDATION.ENDORSEMENT_DATES', msg('lifecycle.endorsement.validityImpossible'), problems, 'L-7'),
    );
  }
  return ok({ ...w, newExpiresOn });
}
