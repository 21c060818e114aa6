import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../calendar/index.ts';
import { policySet } from '@jifen/policies';
import { decide, routingCommand } from './decide.ts';
import { application, contextOn } from './test-fixtures.ts';
import type { Action, Application, ApplicationState, CheckOutcome, Command, Intent, Role } from './types.ts';

/** The shipped calendars (State Council notices, D-1). */
const CALENDAR = policySet.calendar;
const ctxOn = (today: string, calendar = CALENDAR) => contextOn(today, calendar);
/** Only 2026, to prove a missing year is an error (P-2). */
const only2026 = buildWorkingCalendar([CALENDAR.years.get(2026)!.doc]);
if (!only2026.ok) throw new Error(only2026.error.message.en);
const CALENDAR_2026_ONLY = only2026.value;

const PASSED: CheckOutcome[] = [{ ruleId: 'C-1', passed: true }];

function run(app: Application, cmd: Partial<Command> & { action: Action; role: Role }, today = '2026-02-10') {
  const r = decide(app, { actorId: 'actor-9', ...cmd }, ctxOn(today));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.value;
}

/** A compact view of intents: `sms:holder:approved`, `sla_start:2026-03-16`, ... */
function shape(intents: Intent[]): string[] {
  return intents.map((i) => {
    switch (i.type) {
      case 'sms':
      case 'in_app':
        return `${i.type}:${i.to}:${i.template}`;
      case 'sla_start':
        return `sla_start:${i.dueDate}`;
      default:
        return i.type;
    }
  });
}

type Case = {
  name: string;
  app: Application;
  cmd: Partial<Command> & { action: Action; role: Role };
  next: ApplicationState;
  intents: string[];
};

const CASES: Case[] = [
  {
    name: 'holder confirms',
    app: application(),
    cmd: { action: 'confirm', role: 'holder' },
    next: 'holder_confirmed',
    intents: ['in_app:hr:holder_confirmed', 'audit'],
  },
  {
    name: 'hr records a paper confirmation',
    app: application(),
    cmd: { action: 'confirm_on_paper', role: 'hr' },
    next: 'holder_confirmed',
    intents: ['in_app:holder:confirmed_on_paper', 'audit'],
  },
  {
    name: 'hr reopens a confirmed draft',
    app: application({ state: 'holder_confirmed' }),
    cmd: { action: 'reopen', role: 'hr' },
    next: 'draft',
    intents: ['in_app:holder:reopened', 'audit'],
  },
  {
    name: 'holder reopens a confirmed draft',
    app: application({ state: 'holder_confirmed' }),
    cmd: { action: 'reopen', role: 'holder' },
    next: 'draft',
    intents: ['in_app:hr:reopened', 'audit'],
  },
  {
    name: 'hr submits',
    app: application({ state: 'holder_confirmed' }),
    cmd: { action: 'submit', role: 'hr' },
    next: 'submitted',
    intents: ['in_app:holder:submitted', 'audit'],
  },
  {
    name: 'R-1 auto-approval issues the notice',
    app: application({ state: 'submitted' }),
    cmd: { action: 'auto_approve', role: 'system', checks: PASSED },
    next: 'approved',
    intents: [
      'issue_notice',
      'sms:holder:approved',
      'in_app:holder:holder_approved',
      'in_app:hr:auto_approved',
      'audit',
    ],
  },
  {
    name: 'R-2 routes to the visit',
    app: application({ state: 'submitted', kind: 'renewal_changed_employer', employerChanged: true }),
    cmd: { action: 'route_to_visit', role: 'system', checks: PASSED },
    next: 'awaiting_visit',
    intents: ['sms:hr:visit_required', 'audit'],
  },
  {
    name: 'review starts the clock',
    app: application({ state: 'submitted', kind: 'first_application' }),
    cmd: { action: 'route_to_review', role: 'system', checks: PASSED },
    next: 'under_review',
    intents: ['sla_start:2026-03-16', 'sms:holder:review_started', 'in_app:hr:review_routed', 'audit'],
  },
  {
    name: 'accepted R-2 materials start the clock',
    app: application({ state: 'awaiting_visit', kind: 'renewal_changed_employer', employerChanged: true }),
    cmd: { action: 'accept_materials', role: 'clerk' },
    next: 'under_review',
    intents: ['sla_start:2026-03-16', 'sms:holder:review_started', 'in_app:hr:materials_accepted', 'audit'],
  },
  {
    name: 'M-5 return at the counter (no clock was running)',
    app: application({ state: 'awaiting_visit' }),
    cmd: { action: 'return_for_correction', role: 'clerk', reason: '新单位营业执照复印件未加盖公章' },
    next: 'returned',
    intents: [
      'sms:hr:returned_for_correction',
      'sms:holder:returned_for_correction',
      'in_app:holder:returned_for_correction',
      'audit',
    ],
  },
  {
    name: 'R-5 return in review stops the clock',
    app: application({ state: 'under_review' }),
    cmd: { action: 'return_for_correction', role: 'reviewer', reason: '社保与个税申报单位不一致' },
    next: 'returned',
    intents: [
      'sla_stop',
      'sms:hr:returned_for_correction',
      'sms:holder:returned_for_correction',
      'in_app:holder:returned_for_correction',
      'audit',
    ],
  },
  {
    name: 'approval stops the clock and issues the notice',
    app: application({ state: 'under_review' }),
    cmd: { action: 'approve', role: 'reviewer' },
    next: 'approved',
    intents: [
      'sla_stop',
      'issue_notice',
      'sms:holder:approved',
      'in_app:holder:holder_approved',
      'in_app:hr:decision_approved',
      'audit',
    ],
  },
  {
    name: 'rejection stops the clock and tells why',
    app: application({ state: 'under_review' }),
    cmd: { action: 'reject', role: 'reviewer', reason: '5年内有一般刑事犯罪记录' },
    next: 'rejected',
    intents: [
      'sla_stop',
      'sms:holder:rejected',
      'in_app:holder:holder_rejected',
      'in_app:hr:decision_rejected',
      'audit',
    ],
  },
  {
    name: 'hr resubmits after a return',
    app: application({ state: 'returned' }),
    cmd: { action: 'submit', role: 'hr' },
    next: 'submitted',
    intents: ['in_app:holder:submitted', 'audit'],
  },
  {
    name: 'holder withdraws in review',
    app: application({ state: 'under_review' }),
    cmd: { action: 'withdraw', role: 'holder' },
    next: 'withdrawn',
    intents: ['sla_stop', 'in_app:hr:withdrawn', 'audit'],
  },
  {
    name: 'hr withdraws a draft',
    app: application(),
    cmd: { action: 'withdraw', role: 'hr' },
    next: 'withdrawn',
    intents: ['in_app:holder:withdrawn', 'audit'],
  },
];

describe('decide: next state and intents for each transition', () => {
  it.each(CASES)('$name', ({ app, cmd, next, intents }) => {
    const d = run(app, cmd);
    expect(d.next).toBe(next);
    expect(shape(d.intents)).toEqual(intents);
    for (const i of d.intents) expect(i.ruleId).toMatch(/^[A-Z]+-\d+$/);
  });

  it('records who did what, when, from where to where, with the reason', () => {
    const d = run(application({ state: 'under_review' }), {
      action: 'reject',
      role: 'reviewer',
      reason: '  虚假材料  ',
    });
    expect(d.intents.at(-1)).toEqual({
      type: 'audit',
      ruleId: 'R-3',
      applicationId: 'APP-1',
      action: 'reject',
      from: 'under_review',
      to: 'rejected',
      role: 'reviewer',
      actorId: 'actor-9',
      at: '2026-02-10T09:30:00+08:00',
      reason: '虚假材料',
    });
    expect(d.intents).toContainEqual(
      expect.objectContaining({
        type: 'sms',
        to: 'holder',
        template: 'rejected',
        params: { applicationNo: 'JF2026-000001', reason: '虚假材料' },
      }),
    );
    // Issue #10: the holder learns the decision in the app as well, named by the application's number.
    expect(d.intents).toContainEqual(
      expect.objectContaining({
        type: 'in_app',
        to: 'holder',
        template: 'holder_rejected',
        params: { applicationNo: 'JF2026-000001', reason: '虚假材料' },
      }),
    );
  });

  it('tags each intent with its rule: M-5 at the counter, R-5 in review, R-1 for auto-approval', () => {
    const counter = run(application({ state: 'awaiting_visit' }), {
      action: 'return_for_correction',
      role: 'reviewer',
      reason: '缺退工单',
    });
    expect(counter.intents.map((i) => i.ruleId)).toEqual(['M-5', 'M-5', 'M-5', 'M-5']);
    const review = run(application({ state: 'under_review' }), {
      action: 'return_for_correction',
      role: 'reviewer',
      reason: '缺退工单',
    });
    expect(review.intents.map((i) => i.ruleId)).toEqual(['R-5', 'R-5', 'R-5', 'R-5', 'R-5']);
    const auto = run(application({ state: 'submitted' }), { action: 'auto_approve', role: 'system', checks: PASSED });
    expect(auto.intents.map((i) => i.ruleId)).toEqual(['R-1', 'R-1', 'R-1', 'R-1', 'R-1']);
    const cleared = run(application({ state: 'submitted', kind: 'reapplication_after_clearing' }), {
      action: 'route_to_review',
      role: 'system',
      checks: PASSED,
    });
    expect(cleared.intents.find((i) => i.type === 'audit')).toMatchObject({ ruleId: 'R-3', routeRuleId: 'L-4' });
  });

  it("issue 10: a renewal routed to review is recorded under the workflow's R-3, with R-1 as the rule that chose the path", () => {
    const changed = run(application({ state: 'submitted', kind: 'renewal_same_employer', dataChanged: true }), {
      action: 'route_to_review',
      role: 'system',
      checks: PASSED,
    });
    const audit = changed.intents.find((i) => i.type === 'audit');
    expect(audit).toMatchObject({ ruleId: 'R-3', routeRuleId: 'R-1' });
    const auto = run(application({ state: 'submitted' }), { action: 'auto_approve', role: 'system', checks: PASSED });
    expect(auto.intents.find((i) => i.type === 'audit')).not.toHaveProperty('routeRuleId');
  });
});

describe('SLA due dates: 20 working days from the day after entering review (R-3, D-2)', () => {
  it.each([
    ['2026-02-10', '2026-03-16'], // across Spring Festival, with the 2/14 and 2/28 make-up Saturdays
    ['2025-09-25', '2025-10-29'], // across National Day, with the 9/28 and 10/11 make-up days
    ['2026-12-01', '2026-12-29'], // no holidays
    ['2026-02-14', '2026-03-20'], // on a make-up Saturday: that day never counts, the next working day is 2/24
  ])('entering review on %s is due %s', (today, due) => {
    const d = run(
      application({ state: 'submitted', kind: 'first_application' }),
      { action: 'route_to_review', role: 'system', checks: PASSED },
      today,
    );
    expect(d.intents[0]).toEqual({
      type: 'sla_start',
      ruleId: 'R-3',
      startedOn: today,
      dueDate: due,
      pendingYear: null,
      workingDays: 20,
    });
    expect(d.intents[1]).toMatchObject({ type: 'sms', params: { dueDate: due } });
  });

  it('R-5: return, then resubmission, restarts the clock from the resubmission day', () => {
    const first = run(
      application({ state: 'submitted', kind: 'first_application' }),
      { action: 'route_to_review', role: 'system', checks: PASSED },
      '2026-02-10',
    );
    expect(first.intents[0]).toMatchObject({ type: 'sla_start', dueDate: '2026-03-16' });

    const returned = run(
      application({ state: first.next, kind: 'first_application' }),
      { action: 'return_for_correction', role: 'reviewer', reason: '缺少劳动合同' },
      '2026-03-02',
    );
    expect(returned.intents[0]).toEqual({ type: 'sla_stop', ruleId: 'R-5', stoppedOn: '2026-03-02' });

    const resubmitted = run(
      application({ state: returned.next, kind: 'first_application' }),
      { action: 'submit', role: 'hr' },
      '2026-12-01',
    );
    expect(resubmitted.next).toBe('submitted');
    expect(resubmitted.intents[0]).toMatchObject({ ruleId: 'R-5' });

    const again = run(
      application({ state: resubmitted.next, kind: 'first_application' }),
      { action: 'route_to_review', role: 'system', checks: PASSED },
      '2026-12-01',
    );
    expect(again.intents[0]).toEqual({
      type: 'sla_start',
      ruleId: 'R-3',
      startedOn: '2026-12-01',
      dueDate: '2026-12-29',
      pendingYear: null,
      workingDays: 20,
    });
  });

  it.each([
    ['2026-12-03', '2026-12-31', null], // the last day whose 20 working days end in 2026
    ['2026-12-04', null, 2027], // from here the due date falls in 2027
    ['2026-12-10', null, 2027],
    ['2026-12-31', null, 2027],
  ])(
    'P-2: entering review on %s with only the 2026 calendar: due %s, pending year %s; accepted, never guessed',
    (today, due, year) => {
      const r = decide(
        application({ state: 'submitted', kind: 'first_application' }),
        { action: 'route_to_review', role: 'system', actorId: 's', checks: PASSED },
        ctxOn(today, CALENDAR_2026_ONLY),
      );
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.next).toBe('under_review');
      expect(r.value.intents[0]).toEqual({
        type: 'sla_start',
        ruleId: 'R-3',
        startedOn: today,
        dueDate: due,
        pendingYear: year,
        workingDays: 20,
      });
      const sms = r.value.intents.find((i) => i.type === 'sms');
      expect(sms).toMatchObject(
        year === null
          ? { template: 'review_started' }
          : { template: 'review_started_date_pending', ruleId: 'P-2', params: { year: '2027' } },
      );
      const hr = r.value.intents.find((i) => i.type === 'in_app');
      if (year !== null) expect(JSON.stringify(hr)).toContain('2027年工作日历尚未发布');
    },
  );

  it('takes the shipped sh-2026 policy as it is', () => {
    const sh2026 = policySet.versions.find((v) => v.id === 'sh-2026')!;
    const r = decide(
      application({ state: 'awaiting_visit' }),
      { action: 'accept_materials', role: 'clerk', actorId: 'c' },
      { ...ctxOn('2026-02-10'), policy: sh2026.params },
    );
    expect(r.ok && r.value.intents[0]).toMatchObject({ type: 'sla_start', dueDate: '2026-03-16', workingDays: 20 });
  });

  it('reads the review length from the policy, never a literal', () => {
    const r = decide(
      application({ state: 'awaiting_visit' }),
      { action: 'accept_materials', role: 'reviewer', actorId: 'r' },
      { ...ctxOn('2026-12-01'), policy: { workflow: { reviewWorkingDays: 5 } } },
    );
    expect(r.ok && r.value.intents[0]).toMatchObject({ type: 'sla_start', dueDate: '2026-12-08', workingDays: 5 });
  });
});

describe('guards', () => {
  it.each([
    ['awaiting_visit', 'return_for_correction', 'clerk'],
    ['under_review', 'return_for_correction', 'reviewer'],
    ['under_review', 'reject', 'reviewer'],
  ] as const)('%s --%s by %s needs a reason', (state, action, role) => {
    for (const reason of [undefined, '', '   ']) {
      const r = decide(
        application({ state }),
        { action, role, actorId: 'r', ...(reason === undefined ? {} : { reason }) },
        ctxOn('2026-03-02'),
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('APPLICATION.REASON_REQUIRED');
    }
  });

  it('routing needs the check results', () => {
    const r = decide(
      application({ state: 'submitted' }),
      { action: 'auto_approve', role: 'system', actorId: 's' },
      ctxOn('2026-03-02'),
    );
    expect(!r.ok && r.error.code).toBe('APPLICATION.CHECKS_REQUIRED');
  });

  it.each([
    [
      'changed employer cannot be auto-approved',
      application({ state: 'submitted', employerChanged: true }),
      'auto_approve',
      'route_to_visit',
    ],
    ['failed check cannot be auto-approved', application({ state: 'submitted' }), 'auto_approve', 'route_to_review'],
    [
      'a clean R-1 renewal is not sent to review',
      application({ state: 'submitted' }),
      'route_to_review',
      'auto_approve',
    ],
  ] as const)('the route must match the facts: %s', (_name, app, action, expected) => {
    const checks: CheckOutcome[] = _name.startsWith('failed') ? [{ ruleId: 'C-3', passed: false }] : PASSED;
    const r = decide(app, { action, role: 'system', actorId: 's', checks }, ctxOn('2026-03-02'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('APPLICATION.ROUTE_MISMATCH');
    expect(r.error.details).toMatchObject({ expected });
  });

  it('routingCommand builds the command decide accepts', () => {
    const failed: CheckOutcome[] = [{ ruleId: 'C-3', passed: false }];
    const app = application({ state: 'submitted' });
    const cmd = routingCommand(app, failed, 'checker');
    expect(cmd).toEqual({ action: 'route_to_review', role: 'system', actorId: 'checker', checks: failed });
    const d = decide(app, cmd, ctxOn('2026-03-02'));
    expect(d.ok && d.value.next).toBe('under_review');
    expect(d.ok && d.value.intents.at(-1)).toMatchObject({ failedChecks: ['C-3'] });
  });
});
