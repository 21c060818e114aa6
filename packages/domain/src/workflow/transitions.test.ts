import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { decide } from './decide.ts';
import { application, contextOn } from './test-fixtures.ts';
import { TRANSITIONS, allowedActions, canTransition, findTransition, isFinalState } from './transitions.ts';
import {
  ACTIONS,
  APPLICATION_STATES,
  FINAL_STATES,
  ROLES,
  type Action,
  type Application,
  type ApplicationState,
  type CheckOutcome,
} from './types.ts';

/** The shipped calendars (State Council notices, D-1). */
const CALENDAR = policySet.calendar;
const ctxOn = (today: string, calendar = CALENDAR) => contextOn(today, calendar);

/**
 * The table written out once more by hand: a change to the workflow must
 * change both, so that it is a deliberate decision and shows in review.
 */
const EXPECTED = [
  'draft --confirm--> holder_confirmed [holder]',
  'draft --confirm_on_paper--> holder_confirmed [hr]',
  'holder_confirmed --reopen--> draft [holder,hr]',
  'returned --reopen--> draft [hr]',
  'holder_confirmed --submit--> submitted [hr]',
  'returned --submit--> submitted [hr]',
  'submitted --auto_approve--> approved [system]',
  'submitted --route_to_visit--> awaiting_visit [system]',
  'submitted --route_to_review--> under_review [system]',
  'awaiting_visit --accept_materials--> under_review [clerk,reviewer]',
  'awaiting_visit --return_for_correction--> returned [clerk,reviewer] reason',
  'under_review --return_for_correction--> returned [reviewer] reason',
  'under_review --approve--> approved [reviewer]',
  'under_review --auto_approve--> approved [system]',
  'under_review --reject--> rejected [reviewer] reason',
  'draft --withdraw--> withdrawn [holder,hr]',
  'holder_confirmed --withdraw--> withdrawn [holder,hr]',
  'submitted --withdraw--> withdrawn [holder,hr]',
  'awaiting_visit --withdraw--> withdrawn [holder,hr]',
  'under_review --withdraw--> withdrawn [holder,hr]',
  'returned --withdraw--> withdrawn [holder,hr]',
];

const PASSED: CheckOutcome[] = [{ ruleId: 'C-1', passed: true }];

/** An application whose facts make the routing action under test the right one. */
function appFor(state: ApplicationState, action: Action): Application {
  if (action === 'route_to_visit')
    return application({ state, kind: 'renewal_changed_employer', employerChanged: true });
  if (action === 'route_to_review') return application({ state, kind: 'first_application' });
  return application({ state });
}

const cases = APPLICATION_STATES.flatMap((state) =>
  ACTIONS.flatMap((action) => ROLES.map((role) => ({ state, action, role }))),
);

describe('transition table', () => {
  it('is exactly the documented table', () => {
    const rendered = TRANSITIONS.map(
      (r) => `${r.from} --${r.action}--> ${r.to} [${r.roles.join(',')}]${r.reasonRequired ? ' reason' : ''}`,
    );
    expect(rendered).toEqual(EXPECTED);
  });

  it('has at most one row per (state, action), never leaves a final state, and names known values', () => {
    const keys = TRANSITIONS.map((r) => `${r.from}/${r.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of TRANSITIONS) {
      expect(FINAL_STATES).not.toContain(r.from);
      expect(APPLICATION_STATES).toContain(r.to);
      expect(r.roles.length).toBeGreaterThan(0);
    }
  });

  it('gives consultants and administrators no workflow power', () => {
    for (const state of APPLICATION_STATES) {
      expect(allowedActions(state, 'consultant')).toEqual([]);
      expect(allowedActions(state, 'admin')).toEqual([]);
    }
  });

  it('every non-final state can still be left, every final state cannot', () => {
    for (const state of APPLICATION_STATES) {
      const exits = TRANSITIONS.filter((r) => r.from === state);
      expect(exits.length > 0).toBe(!isFinalState(state));
    }
  });
});

describe.each(cases)('$state × $action × $role', ({ state, action, role }) => {
  const row = findTransition(state, action);
  const allowed = row !== undefined && row.roles.includes(role);

  it(`canTransition and allowedActions agree with the table`, () => {
    expect(canTransition(state, action, role)).toBe(allowed);
    expect(allowedActions(state, role).includes(action)).toBe(allowed);
  });

  it(`decide allows exactly the table's moves, with the right error otherwise`, () => {
    const result = decide(
      appFor(state, action),
      { action, role, actorId: 'u-1', reason: '材料缺少公章', checks: PASSED },
      ctxOn('2026-03-02'),
    );
    if (allowed) {
      expect(result.ok && result.value.next).toBe(row.to);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const expected = FINAL_STATES.includes(state)
      ? 'APPLICATION.FINAL_STATE'
      : row === undefined
        ? 'APPLICATION.TRANSITION_NOT_ALLOWED'
        : 'APPLICATION.FORBIDDEN_ROLE';
    expect(result.error.code).toBe(expected);
    expect(result.error.details).toMatchObject({ state, action, role });
    expect(result.error.message.zh.length).toBeGreaterThan(0);
    expect(result.error.message.en.length).toBeGreaterThan(0);
  });
});

describe('error messages name the state, the action and the role', () => {
  it('forbidden role', () => {
    const r = decide(
      application({ state: 'under_review' }),
      { action: 'approve', role: 'hr', actorId: 'u' },
      ctxOn('2026-03-02'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.zh).toBe('单位人事专员无权对“审核中”状态的申请执行“审核通过”（仅限：审核人员）');
    expect(r.error.message.en).toBe(
      'The HR specialist may not approve an application that is under review (only: reviewer)',
    );
    expect(r.error.details).toMatchObject({ allowedRoles: ['reviewer'] });
  });

  it('transition not allowed', () => {
    const r = decide(
      application({ state: 'draft' }),
      { action: 'submit', role: 'hr', actorId: 'u' },
      ctxOn('2026-03-02'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.zh).toBe('申请处于“草稿”状态时不能“提交”');
    expect(r.error.message.en).toBe('An application that is draft cannot submit');
  });

  it('final state', () => {
    const r = decide(
      application({ state: 'approved' }),
      { action: 'withdraw', role: 'holder', actorId: 'u' },
      ctxOn('2026-03-02'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('APPLICATION.FINAL_STATE');
    expect(r.error.message.zh).toContain('已通过');
    expect(r.error.message.zh).toContain('撤回');
  });
});
