import { addDays, addMonths, maxDate, minDate, parseIsoDate } from '../dates/index.ts';
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

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

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
      fieldError(
        'VALIDATION.ENDORSEMENT_DATE',
        t('签注日期不能晚于今天', 'The endorsement date cannot be after today'),
        [
          {
            path: 'endorsedOn',
            message: t(`签注日期 ${endorsedOn} 晚于今天 ${today}`, `endorsedOn ${endorsedOn} is after today ${today}`),
          },
        ],
      ),
    );
  }
  if (endorsedOn < permit.issuedOn) {
    return err(
      fieldError(
        'VALIDATION.ENDORSEMENT_DATE',
        t('签注日期早于当前居住证的签发日期', 'The endorsement date is before the current permit was issued'),
        [
          {
            path: 'endorsedOn',
            message: t(`签注日期须不早于 ${permit.issuedOn}`, `endorsedOn must be on or after ${permit.issuedOn}`),
          },
        ],
      ),
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
      message: t(
        `居住证已过期 ${l.n} 天，超过 ${params.permitReapplyAfterDays} 天不能签注，须重新申领居住证`,
        `The permit expired ${l.n} days ago; after ${params.permitReapplyAfterDays} days it cannot be endorsed: apply for a new residence permit`,
      ),
      details: { daysOverdue: l.n, expiresOn: permit.expiresOn, policyId: policy.id },
    });
  }
  const months = params.permitPeriodMonths;
  const periodStart = l.n > 0 ? endorsedOn : addDays(permit.expiresOn, 1);
  const latestNewExpiry = minDate(
    addDays(addMonths(periodStart, months), -1),
    addDays(addMonths(endorsedOn, months), params.renewalWindowDays),
  );
  const earliestNewExpiry = addDays(maxDate(endorsedOn, permit.expiresOn), 1);
  const pointsNeedNewApplication = l.state === 'points_cleared';
  const notes = [l.holdingYearsRestart.reason];
  if (pointsNeedNewApplication) {
    notes.push(
      t(
        `逾期 ${l.n} 天（超过 ${params.pointsClearedAfterDays} 天），积分已清零：居住证可签注，但须重新申请积分`,
        `${l.n} days overdue (more than ${params.pointsClearedAfterDays}): points are cleared; the permit is endorsed but a new points application is needed`,
      ),
    );
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
      message: t(`新有效期 ${newExpiresOn} 不是有效日期`, `newExpiresOn ${newExpiresOn} is not a valid date`),
    });
  } else {
    if (newExpiresOn <= endorsedOn) {
      problems.push({
        path: 'newExpiresOn',
        message: t(
          `新有效期须晚于签注日期 ${endorsedOn}`,
          `newExpiresOn must be after the endorsement date ${endorsedOn}`,
        ),
      });
    }
    if (newExpiresOn <= permit.expiresOn) {
      problems.push({
        path: 'newExpiresOn',
        message: t(
          `新有效期须晚于原有效期 ${permit.expiresOn}`,
          `newExpiresOn must be after the previous expiry ${permit.expiresOn}`,
        ),
      });
    }
    if (newExpiresOn > w.latestNewExpiry) {
      const months = policy.params.lifecycle.permitPeriodMonths;
      problems.push({
        path: 'newExpiresOn',
        message: t(
          `居住证有效期为 ${months} 个月，新有效期最晚为 ${w.latestNewExpiry}`,
          `A permit period is ${months} months: newExpiresOn can be ${w.latestNewExpiry} at the latest`,
        ),
      });
    }
  }
  if (problems.length > 0) {
    return err(
      fieldError(
        'VALIDATION.ENDORSEMENT_DATES',
        t('签注后的有效期不正确', 'The renewed validity is not possible'),
        problems,
        'L-7',
      ),
    );
  }
  return ok({ ...w, newExpiresOn });
}
