import { msg } from '@jifen/messages/domain';
import type { LocalizedText, RuleId } from '../result.ts';
import type { Action, ApplicationKind, ApplicationState, CheckOutcome } from './types.ts';

export interface RoutingInput {
  kind: ApplicationKind;
  employerChanged: boolean;
  dataChanged: boolean;
  checks: readonly CheckOutcome[];
}

export type RouteName = 'auto_approve' | 'visit' | 'review';

export interface Route {
  route: RouteName;
  /** The system action that takes this route, and the state it leads to. */
  action: Extract<Action, 'auto_approve' | 'route_to_visit' | 'route_to_review'>;
  to: Extract<ApplicationState, 'approved' | 'awaiting_visit' | 'under_review'>;
  ruleId: RuleId;
  /** Why this route and not the quicker one, for the holder, HR and the reviewer. */
  reasons: LocalizedText[];
  /** Blocking checks that failed; advisory ones are never listed here. */
  failedChecks: CheckOutcome[];
}

const AUTO: Pick<Route, 'route' | 'action' | 'to'> = { route: 'auto_approve', action: 'auto_approve', to: 'approved' };
const VISIT: Pick<Route, 'route' | 'action' | 'to'> = {
  route: 'visit',
  action: 'route_to_visit',
  to: 'awaiting_visit',
};
const REVIEW: Pick<Route, 'route' | 'action' | 'to'> = {
  route: 'review',
  action: 'route_to_review',
  to: 'under_review',
};

const isRenewal = (kind: ApplicationKind): boolean =>
  kind === 'renewal_same_employer' || kind === 'renewal_changed_employer';

/**
 * R-1 vs R-2 vs review, in this order:
 * 1. A renewal whose employer changed goes to the visit, whether the
 *    kind or the employer fact says so: when they disagree the visit is the
 *    safe reading, since skipping it would skip the M-1..M-4 materials.
 * 2. A first application or a reapplication after clearing (L-4) is a new
 *    points application; the centre always reviews it.
 * 3. A renewal with the employer unchanged is approved automatically only if
 *    the data is unchanged and every blocking check passed; otherwise
 *    the centre reviews it. Failed checks do not reject here: rejecting is
 *    a reviewer's decision with a reason.
 * Advisory outcomes (L-7: permit data still syncing) never change the route.
 */
export function routeSubmission(input: RoutingInput): Route {
  const failedChecks = input.checks.filter((c) => !c.passed && c.advisory !== true);

  if (isRenewal(input.kind) && (input.kind === 'renewal_changed_employer' || input.employerChanged)) {
    return {
      ...VISIT,
      ruleId: 'R-2',
      reasons: [msg('workflow.route.employerChanged')],
      failedChecks,
    };
  }

  if (input.kind === 'first_application') {
    return {
      ...REVIEW,
      ruleId: 'R-3',
      reasons: [msg('workflow.route.firstApplication')],
      failedChecks,
    };
  }

  if (input.kind === 'reapplication_after_clearing') {
    return {
      ...REVIEW,
      ruleId: 'L-4',
      reasons: [msg('workflow.route.afterClearing')],
      failedChecks,
    };
  }

  const reasons: LocalizedText[] = [];
  if (input.dataChanged) {
    reasons.push(msg('workflow.route.dataChanged'));
  }
  for (const c of failedChecks) {
    reasons.push(c.message ?? msg('workflow.route.checkFailed', { ruleId: c.ruleId }));
  }
  if (reasons.length === 0) return { ...AUTO, ruleId: 'R-1', reasons: [], failedChecks };
  return { ...REVIEW, ruleId: 'R-1', reasons, failedChecks };
}
