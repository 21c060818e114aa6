import type { RuleId } from '../result.ts';
import { FINAL_STATES, type Action, type ApplicationState, type Role } from './types.ts';

/**
 * The whole workflow as data. `decide` consults nothing else to know whether
 * a move is allowed, and the tests check every (state, action, role) against
 * this table, so a change here is a change of the rules, visible in review.
 *
 * Design choices, with their reasons:
 * - Only HR submits, from `holder_confirmed` or `returned` (R-4: an individual
 *   cannot submit alone; R-5: the employer corrects and resubmits).
 * - The holder confirms their own data; HR cannot confirm for them, except
 *   by recording the holder's signed paper confirmation (`confirm_on_paper`,
 *   the scan kept and audited) when the holder has no account; either can
 *   `reopen` a confirmed draft, and HR can reopen a returned one
 *   when the correction needs the holder to confirm again.
 * - Routing is three system actions rather than one action with three
 *   targets, so that each row has one target and the audit trail says which
 *   path was taken. `decide` re-checks the route against `routeSubmission`.
 * - P-2 (issue 17): a case that went to review only because data it needed
 *   was not published is routed again when it is; the system may then
 *   approve it from review (`auto_approve`, R-1 re-checked by `decide`).
 *   Any other route from review stays a reviewer's decision.
 * - The counter clerk and the reviewer may both accept or return R-2
 *   materials at the visit (M-5); decisions in review are the reviewer's.
 * - Withdrawal is open to the holder and HR until a decision; afterwards
 *   the application is final and a new one starts over.
 * - Consultants and administrators hold no workflow power at all: advice and
 *   policy administration must not move a case.
 */
export interface Transition {
  from: ApplicationState;
  action: Action;
  to: ApplicationState;
  roles: readonly Role[];
  /** A written reason is required (R-5, M-5: the holder must learn why). */
  reasonRequired: boolean;
  ruleId: RuleId;
}

const t = (
  from: ApplicationState,
  action: Action,
  to: ApplicationState,
  roles: readonly Role[],
  ruleId: RuleId,
  reasonRequired = false,
): Transition => ({ from, action, to, roles, ruleId, reasonRequired });

/** Every state from which an application can still be withdrawn: all before a decision. */
const WITHDRAWABLE: readonly ApplicationState[] = [
  'draft',
  'holder_confirmed',
  'submitted',
  'awaiting_visit',
  'under_review',
  'returned',
];

export const TRANSITIONS: readonly Transition[] = [
  t('draft', 'confirm', 'holder_confirmed', ['holder'], 'R-3'),
  t('draft', 'confirm_on_paper', 'holder_confirmed', ['hr'], 'R-3'),
  t('holder_confirmed', 'reopen', 'draft', ['holder', 'hr'], 'R-3'),
  t('returned', 'reopen', 'draft', ['hr'], 'R-5'),
  t('holder_confirmed', 'submit', 'submitted', ['hr'], 'R-4'),
  t('returned', 'submit', 'submitted', ['hr'], 'R-5'),
  t('submitted', 'auto_approve', 'approved', ['system'], 'R-1'),
  t('submitted', 'route_to_visit', 'awaiting_visit', ['system'], 'R-2'),
  t('submitted', 'route_to_review', 'under_review', ['system'], 'R-3'),
  t('awaiting_visit', 'accept_materials', 'under_review', ['clerk', 'reviewer'], 'R-2'),
  t('awaiting_visit', 'return_for_correction', 'returned', ['clerk', 'reviewer'], 'M-5', true),
  t('under_review', 'return_for_correction', 'returned', ['reviewer'], 'R-5', true),
  t('under_review', 'approve', 'approved', ['reviewer'], 'R-3'),
  t('under_review', 'auto_approve', 'approved', ['system'], 'P-2'),
  t('under_review', 'reject', 'rejected', ['reviewer'], 'R-3', true),
  ...WITHDRAWABLE.map((from) => t(from, 'withdraw', 'withdrawn', ['holder', 'hr'], 'R-3')),
];

export function isFinalState(state: ApplicationState): boolean {
  return FINAL_STATES.includes(state);
}

/** The row for this state and action, whoever asks; undefined if the move does not exist. */
export function findTransition(state: ApplicationState, action: Action): Transition | undefined {
  return TRANSITIONS.find((row) => row.from === state && row.action === action);
}

export function canTransition(state: ApplicationState, action: Action, role: Role): boolean {
  return findTransition(state, action)?.roles.includes(role) ?? false;
}

/** What this role may do now, in table order: what the UI shows as buttons. */
export function allowedActions(state: ApplicationState, role: Role): Action[] {
  return TRANSITIONS.filter((row) => row.from === state && row.roles.includes(role)).map((row) => row.action);
}
