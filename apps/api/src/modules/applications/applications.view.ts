import type { ApplicationDetail, ApplicationSummary, PendingDataItem, UserAction } from '@jifen/contracts';
import {
  allowedActions,
  selectPolicy,
  slaStatus,
  type Application,
  type ApplicationKind,
  type ApplicationState,
  type Policy,
  type Role,
} from '@jifen/domain';
import type { AuthUser } from '../../access.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, denied, fail } from '../../errors.ts';
import { msg } from '@jifen/messages';
import type { ApplicationRow, ApplicationScope, EventRow } from './applications.repository.ts';
import { maskIdNumbersInOptionalText } from '../../security/free-text.ts';

export const USER_ACTIONS: readonly UserAction[] = [
  'confirm',
  'reopen',
  'submit',
  'accept_materials',
  'return_for_correction',
  'approve',
  'reject',
  'withdraw',
];

export const notFound = () => denied.notFound(msg('nouns.application'));

/** The policy in force today (P-1) and today's Shanghai date. */
export function today(deps: Pick<ModuleDeps, 'clock' | 'policy'>): { now: Date; today: string; policy: Policy } {
  const now = deps.clock.now();
  const day = shanghaiDate(now);
  const policy = selectPolicy(deps.policy.set(), day);
  if (!policy.ok) throw new AppError(policy.error);
  return { now, today: day, policy: policy.value };
}

/** an HR specialist acts only for a verified employer. */
export function assertEmployerVerified(user: AuthUser): void {
  if (user.role === 'hr' && user.employer?.status !== 'verified') {
    throw fail('EMPLOYER.NOT_VERIFIED', msg('applications.employerNotYetVerified'), [], { ruleId: 'R-4' });
  }
}

/** Who sees which applications: HR its employer's, the holder its own, the centre (reviewer, clerk) its district's. */
export function scopeOf(user: AuthUser): ApplicationScope {
  assertEmployerVerified(user);
  if (user.role === 'hr' && user.employer) return { employerId: user.employer.id };
  if (user.role === 'holder') return { holderUserId: user.id };
  if ((user.role === 'reviewer' || user.role === 'clerk') && user.district) return { districtCode: user.district.code };
  throw denied.forbidden();
}

/** Another tenant's application answers 404, as if absent (docs/adr/0003). */
export function canSee(user: AuthUser, a: ApplicationRow): boolean {
  switch (user.role) {
    case 'hr':
      return a.employer_id === user.employer?.id;
    case 'holder':
      return a.holder_user_id === user.id;
    case 'reviewer':
    case 'clerk':
      return a.employer_district === user.district?.code;
    default:
      return false;
  }
}

export function domainApplication(a: ApplicationRow): Application {
  return {
    id: a.id,
    number: a.number,
    kind: a.kind as ApplicationKind,
    state: a.state as ApplicationState,
    employerChanged: a.employer_changed,
    dataChanged: a.data_changed,
  };
}

/** P-2: what the application waits for, worded for the holder, HR and the centres alike. */
function pendingOf(a: ApplicationRow): PendingDataItem[] {
  const out: PendingDataItem[] = [];
  if (a.sla_pending_year !== null && a.state === 'under_review') {
    const y = a.sla_pending_year;
    out.push({
      kind: 'calendar',
      year: y,
      ruleId: 'P-2',
      message: msg('applications.reviewDueDatePending', { year: y }),
    });
  }
  if (a.pending_wage_year !== null && !['approved', 'rejected', 'withdrawn'].includes(a.state)) {
    const y = a.pending_wage_year;
    out.push({
      kind: 'wage',
      year: y,
      ruleId: 'P-2',
      message: msg('applications.baseMultiplePending', { year: y }),
    });
  }
  return out;
}

export function toSummary(a: ApplicationRow): ApplicationSummary {
  return {
    id: a.id,
    number: a.number,
    holder: { id: a.holder_id, name: a.holder_name },
    employer: { id: a.employer_id, name: a.employer_name },
    kind: a.kind as ApplicationKind,
    state: a.state as ApplicationState,
    version: a.version,
    employerChanged: a.employer_changed,
    dataChanged: a.data_changed,
    policyId: a.policy_id,
    policyHash: a.policy_hash,
    total: a.total === null ? null : Number(a.total),
    slaDue: a.sla_due,
    pending: pendingOf(a),
    noticeIssuedOn: a.notice_issued_on,
    createdAt: a.created_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
  };
}

/** The workflow part of the detail; applications.detail.ts adds the next step and the paper confirmation. */
export function toDetail(
  a: ApplicationRow,
  events: EventRow[],
  user: AuthUser,
  deps: Pick<ModuleDeps, 'clock' | 'policy'>,
): Omit<ApplicationDetail, 'holderHasAccount' | 'nextStep' | 'paperConfirmation' | 'timeline'> {
  const t = today(deps);
  let sla: ApplicationDetail['sla'] = null;
  if (a.state === 'under_review' && a.sla_due) {
    const s = slaStatus(a.sla_due, t.today, deps.policy.set().calendar, {
      atRiskWorkingDays: t.policy.params.workflow.reviewAtRiskWorkingDays,
    });
    if (s.ok) sla = s.value;
  }
  const actions = allowedActions(a.state as ApplicationState, user.role as Role).filter((x): x is UserAction =>
    (USER_ACTIONS as readonly string[]).includes(x),
  );
  return {
    ...toSummary(a),
    checks: Array.isArray(a.checks) ? (a.checks as ApplicationDetail['checks']) : [],
    events: events.map((e) => ({
      seq: e.seq,
      from: e.from_state as ApplicationState | null,
      to: e.to_state as ApplicationState,
      action: e.action,
      role: e.role as Role,
      actorId: e.actor_id,
      ruleId: e.rule_id,
      reason: maskIdNumbersInOptionalText(e.reason),
      policyId: e.policy_id,
      policyHash: e.policy_hash,
      at: e.at.toISOString(),
    })),
    allowedActions: actions,
    sla,
  };
}
