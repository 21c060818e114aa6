import { msg } from '@jifen/messages/domain';
import type { DomainError, LocalizedText, RuleId } from '../result.ts';
import type { Action, ApplicationState, Role } from './types.ts';

/** Names shown in messages, so an error reads "已批准" rather than `approved`. */
export const APPLICATION_STATE_LABELS: Record<ApplicationState, LocalizedText> = {
  draft: msg('workflow.state.draft'),
  holder_confirmed: msg('workflow.state.holderConfirmed'),
  submitted: msg('workflow.state.submitted'),
  awaiting_visit: msg('workflow.state.awaitingVisit'),
  under_review: msg('workflow.state.underReview'),
  returned: msg('workflow.state.returned'),
  approved: msg('workflow.state.approved'),
  rejected: msg('workflow.state.rejected'),
  withdrawn: msg('workflow.state.withdrawn'),
};

export const APPLICATION_ACTION_LABELS: Record<Action, LocalizedText> = {
  confirm: msg('workflow.action.confirm'),
  confirm_on_paper: msg('workflow.action.confirmOnPaper'),
  reopen: msg('workflow.action.reopen'),
  submit: msg('workflow.action.submit'),
  auto_approve: msg('workflow.action.autoApprove'),
  route_to_visit: msg('workflow.action.routeToVisit'),
  route_to_review: msg('workflow.action.routeToReview'),
  accept_materials: msg('workflow.action.acceptMaterials'),
  return_for_correction: msg('workflow.action.returnForCorrection'),
  approve: msg('workflow.action.approve'),
  reject: msg('workflow.action.reject'),
  withdraw: msg('workflow.action.withdraw'),
};

export const APPLICATION_ROLE_LABELS: Record<Role, LocalizedText> = {
  holder: msg('workflow.role.holder'),
  hr: msg('workflow.role.hr'),
  clerk: msg('workflow.role.clerk'),
  reviewer: msg('workflow.role.reviewer'),
  consultant: msg('workflow.role.consultant'),
  admin: msg('workflow.role.admin'),
  system: msg('workflow.role.system'),
};

interface Move {
  state: ApplicationState;
  action: Action;
  role: Role;
}

/** The allowed roles as one value worded per language (each language's list separator). */
const roleList = (roles: readonly Role[]): LocalizedText => ({
  zh: roles.map((x) => APPLICATION_ROLE_LABELS[x].zh).join('、'),
  en: roles.map((x) => APPLICATION_ROLE_LABELS[x].en).join(', '),
});

const details = (m: Move) => ({ state: m.state, action: m.action, role: m.role });

export function finalStateError(m: Move): DomainError {
  const s = APPLICATION_STATE_LABELS[m.state];
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.FINAL_STATE',
    ruleId: 'R-3',
    message: msg('workflow.error.finalState', { state: s, action: a }),
    details: details(m),
  };
}

export function transitionNotAllowed(m: Move): DomainError {
  const s = APPLICATION_STATE_LABELS[m.state];
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.TRANSITION_NOT_ALLOWED',
    ruleId: 'R-3',
    message: msg('workflow.error.transitionNotAllowed', { state: s, action: a }),
    details: details(m),
  };
}

export function forbiddenRole(m: Move, allowed: readonly Role[], ruleId: RuleId): DomainError {
  const s = APPLICATION_STATE_LABELS[m.state];
  const a = APPLICATION_ACTION_LABELS[m.action];
  const r = APPLICATION_ROLE_LABELS[m.role];
  return {
    code: 'APPLICATION.FORBIDDEN_ROLE',
    ruleId,
    message: msg('workflow.error.forbiddenRole', { role: r, state: s, action: a, allowed: roleList(allowed) }),
    details: { ...details(m), allowedRoles: [...allowed] },
  };
}

export function reasonRequired(m: Move, ruleId: RuleId): DomainError {
  const s = APPLICATION_STATE_LABELS[m.state];
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.REASON_REQUIRED',
    ruleId,
    message: msg('workflow.error.reasonRequired', { state: s, action: a }),
    details: details(m),
  };
}

export function checksRequired(m: Move): DomainError {
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.CHECKS_REQUIRED',
    ruleId: 'R-1',
    message: msg('workflow.error.checksRequired', { action: a }),
    details: details(m),
  };
}

export function routeMismatch(m: Move, expected: Action): DomainError {
  const a = APPLICATION_ACTION_LABELS[m.action];
  const e = APPLICATION_ACTION_LABELS[expected];
  return {
    code: 'APPLICATION.ROUTE_MISMATCH',
    ruleId: expected === 'route_to_visit' ? 'R-2' : 'R-1',
    message: msg('workflow.error.routeMismatch', { expected: e, action: a }),
    details: { ...details(m), expected },
  };
}
