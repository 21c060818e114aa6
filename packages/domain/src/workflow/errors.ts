import type { DomainError, LocalizedText, RuleId } from '../result.ts';
import type { Action, ApplicationState, Role } from './types.ts';

/** Names shown in messages, so an error reads "已批准" rather than `approved`. */
export const APPLICATION_STATE_LABELS: Record<ApplicationState, LocalizedText> = {
  draft: { zh: '草稿', en: 'draft' },
  holder_confirmed: { zh: '持证人已确认', en: 'confirmed by the holder' },
  submitted: { zh: '已提交', en: 'submitted' },
  awaiting_visit: { zh: '待现场办理', en: 'awaiting the in-person visit' },
  under_review: { zh: '审核中', en: 'under review' },
  returned: { zh: '已退回', en: 'returned for correction' },
  approved: { zh: '已通过', en: 'approved' },
  rejected: { zh: '未通过', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

export const APPLICATION_ACTION_LABELS: Record<Action, LocalizedText> = {
  confirm: { zh: '确认信息', en: 'confirm' },
  confirm_on_paper: { zh: '登记书面确认', en: 'record the signed paper confirmation' },
  reopen: { zh: '退回编辑', en: 'reopen for editing' },
  submit: { zh: '提交', en: 'submit' },
  auto_approve: { zh: '自动审核通过', en: 'approve automatically' },
  route_to_visit: { zh: '转现场办理', en: 'route to the in-person visit' },
  route_to_review: { zh: '转人工审核', en: 'route to review' },
  accept_materials: { zh: '收取现场材料', en: 'accept the in-person materials' },
  return_for_correction: { zh: '退回补正', en: 'return for correction' },
  approve: { zh: '审核通过', en: 'approve' },
  reject: { zh: '不予通过', en: 'reject' },
  withdraw: { zh: '撤回', en: 'withdraw' },
};

export const APPLICATION_ROLE_LABELS: Record<Role, LocalizedText> = {
  holder: { zh: '持证人', en: 'holder' },
  hr: { zh: '单位人事专员', en: 'HR specialist' },
  clerk: { zh: '窗口受理人员', en: 'counter clerk' },
  reviewer: { zh: '审核人员', en: 'reviewer' },
  consultant: { zh: '咨询顾问', en: 'consultant' },
  admin: { zh: '系统管理员', en: 'administrator' },
  system: { zh: '系统', en: 'the system' },
};

interface Move {
  state: ApplicationState;
  action: Action;
  role: Role;
}

const details = (m: Move) => ({ state: m.state, action: m.action, role: m.role });

export function finalStateError(m: Move): DomainError {
  const s = APPLICATION_STATE_LABELS[m.state];
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.FINAL_STATE',
    ruleId: 'R-3',
    message: {
      zh: `申请已处于终结状态“${s.zh}”，不能再“${a.zh}”；如需办理请新建申请`,
      en: `The application is final (${s.en}); it cannot ${a.en}. Start a new application instead`,
    },
    details: details(m),
  };
}

export function transitionNotAllowed(m: Move): DomainError {
  const s = APPLICATION_STATE_LABELS[m.state];
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.TRANSITION_NOT_ALLOWED',
    ruleId: 'R-3',
    message: {
      zh: `申请处于“${s.zh}”状态时不能“${a.zh}”`,
      en: `An application that is ${s.en} cannot ${a.en}`,
    },
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
    message: {
      zh: `${r.zh}无权对“${s.zh}”状态的申请执行“${a.zh}”（仅限：${allowed.map((x) => APPLICATION_ROLE_LABELS[x].zh).join('、')}）`,
      en: `The ${r.en} may not ${a.en} an application that is ${s.en} (only: ${allowed.map((x) => APPLICATION_ROLE_LABELS[x].en).join(', ')})`,
    },
    details: { ...details(m), allowedRoles: [...allowed] },
  };
}

export function reasonRequired(m: Move, ruleId: RuleId): DomainError {
  const s = APPLICATION_STATE_LABELS[m.state];
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.REASON_REQUIRED',
    ruleId,
    message: {
      zh: `对“${s.zh}”状态的申请执行“${a.zh}”须填写原因，以便单位和持证人知悉如何补正`,
      en: `To ${a.en} an application that is ${s.en}, a reason is required so that the employer and holder know what to correct`,
    },
    details: details(m),
  };
}

export function checksRequired(m: Move): DomainError {
  const a = APPLICATION_ACTION_LABELS[m.action];
  return {
    code: 'APPLICATION.CHECKS_REQUIRED',
    ruleId: 'R-1',
    message: {
      zh: `“${a.zh}”须附自动核查结果`,
      en: `To ${a.en}, the automatic check results are required`,
    },
    details: details(m),
  };
}

export function routeMismatch(m: Move, expected: Action): DomainError {
  const a = APPLICATION_ACTION_LABELS[m.action];
  const e = APPLICATION_ACTION_LABELS[expected];
  return {
    code: 'APPLICATION.ROUTE_MISMATCH',
    ruleId: expected === 'route_to_visit' ? 'R-2' : 'R-1',
    message: {
      zh: `按申请类型与核查结果，应“${e.zh}”，而非“${a.zh}”`,
      en: `By the application kind and the check results the system must ${e.en}, not ${a.en}`,
    },
    details: { ...details(m), expected },
  };
}
