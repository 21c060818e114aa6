import { addDays, addMonths, lifecycleOn, minDate, type LocalizedText, type Policy } from '@jifen/domain';
import type { EndorseRequest } from '@jifen/contracts';
import { AppError, fail, text, type FieldProblem } from '../../errors.ts';

/** What an endorsement on `endorsedOn` means for a permit that expired (or expires) on `previousExpiresOn`. */
export interface EndorsementDecision {
  daysOverdue: number;
  state: 'valid' | 'renewal_window' | 'grace' | 'points_cleared';
  /** First day of the renewed validity. */
  periodStart: string;
  holdingYearsRestart: boolean;
  pointsNeedNewApplication: boolean;
  notes: LocalizedText[];
}

const dateProblem = (path: string, zh: string, en: string): FieldProblem => ({ path, message: text(zh, en) });

/**
 * L-2..L-5 and L-7 on the endorsement date, with the policy in force that day.
 * The renewed period starts the day after the previous expiry (on time) or
 * on the endorsement day (late); the new expiry lies within one permit
 * period of that start and at most `permitPeriodMonths` + `renewalWindowDays`
 * after the endorsement, so an early endorsement cannot reach two years out.
 * Pure: the service passes today, the current permit and the policy.
 */
export function decideEndorsement(
  current: { issuedOn: string; expiresOn: string },
  req: EndorseRequest,
  today: string,
  policy: Policy,
): EndorsementDecision {
  const { endorsedOn, newExpiresOn } = req;
  if (endorsedOn > today) {
    throw fail('VALIDATION.ENDORSEMENT_DATE', text('签注日期不能晚于今天', 'The endorsement date cannot be after today'), [
      dateProblem('endorsedOn', `签注日期 ${endorsedOn} 晚于今天 ${today}`, `endorsedOn ${endorsedOn} is after today ${today}`),
    ]);
  }
  if (endorsedOn < current.issuedOn) {
    throw fail('VALIDATION.ENDORSEMENT_DATE', text('签注日期早于当前居住证的签发日期', 'The endorsement date is before the current permit was issued'), [
      dateProblem('endorsedOn', `签注日期须不早于 ${current.issuedOn}`, `endorsedOn must be on or after ${current.issuedOn}`),
    ]);
  }
  const status = lifecycleOn({ expiry: current.expiresOn }, endorsedOn, policy);
  if (!status.ok) throw new AppError(status.error);
  const l = status.value;
  if (l.state === 'permit_lapsed') {
    throw fail(
      'PERMIT.MUST_REAPPLY',
      text(
        `居住证已过期 ${l.n} 天，超过 ${policy.params.lifecycle.permitReapplyAfterDays} 天不能签注，须重新申领居住证`,
        `The permit expired ${l.n} days ago; after ${policy.params.lifecycle.permitReapplyAfterDays} days it cannot be endorsed: apply for a new residence permit`,
      ),
      [],
      { ruleId: 'L-5', details: { daysOverdue: l.n, expiresOn: current.expiresOn, policyId: policy.id } },
    );
  }
  const months = policy.params.lifecycle.permitPeriodMonths;
  const periodStart = l.n > 0 ? endorsedOn : addDays(current.expiresOn, 1);
  const latest = addDays(addMonths(periodStart, months), -1);
  const problems: FieldProblem[] = [];
  if (newExpiresOn <= endorsedOn) {
    problems.push(dateProblem('newExpiresOn', `新有效期须晚于签注日期 ${endorsedOn}`, `newExpiresOn must be after the endorsement date ${endorsedOn}`));
  }
  if (newExpiresOn <= current.expiresOn) {
    problems.push(dateProblem('newExpiresOn', `新有效期须晚于原有效期 ${current.expiresOn}`, `newExpiresOn must be after the previous expiry ${current.expiresOn}`));
  }
  const window = policy.params.lifecycle.renewalWindowDays;
  const furthest = addDays(addMonths(endorsedOn, months), window);
  if (newExpiresOn > latest || newExpiresOn > furthest) {
    problems.push(
      dateProblem(
        'newExpiresOn',
        `居住证有效期为 ${months} 个月，新有效期最晚为 ${minDate(latest, furthest)}`,
        `A permit period is ${months} months: newExpiresOn can be ${minDate(latest, furthest)} at the latest`,
      ),
    );
  }
  if (problems.length > 0) {
    throw fail('VALIDATION.ENDORSEMENT_DATES', text('签注后的有效期不正确', 'The renewed validity is not possible'), problems, { ruleId: 'L-7' });
  }
  const pointsNeedNewApplication = l.state === 'points_cleared';
  const notes: LocalizedText[] = [l.holdingYearsRestart.reason];
  if (pointsNeedNewApplication) {
    notes.push(
      text(
        `逾期 ${l.n} 天（超过 ${policy.params.lifecycle.pointsClearedAfterDays} 天），积分已清零：居住证可签注，但须重新申请积分`,
        `${l.n} days overdue (more than ${policy.params.lifecycle.pointsClearedAfterDays}): points are cleared; the permit is endorsed but a new points application is needed`,
      ),
    );
  }
  return { daysOverdue: l.n, state: l.state, periodStart, holdingYearsRestart: l.holdingYearsRestart.restart, pointsNeedNewApplication, notes };
}
