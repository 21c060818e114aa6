import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import type { ComplianceCheck } from '../compliance/index.ts';
import type { MaterialsValidation } from '../materials/index.ts';
import { decide } from './decide.ts';
import { routeSubmission } from './routing.ts';
import { application, contextOn } from './test-fixtures.ts';
import { visitCommand } from './visit.ts';

/** The shipped calendars (State Council notices, D-1). */
const CALENDAR = policySet.calendar;
const ctxOn = (today: string, calendar = CALENDAR) => contextOn(today, calendar);

const RETURNED: MaterialsValidation = {
  outcome: 'returned',
  problems: [
    {
      ruleId: 'M-2',
      item: 'termination_record',
      message: { zh: 'M-2 缺少退工单', en: 'M-2 termination record missing' },
    },
    {
      ruleId: 'M-5',
      item: 'business_licence',
      message: { zh: 'M-5 营业执照复印件未加盖新单位公章', en: 'M-5 licence copy unsealed' },
    },
  ],
};

describe('visitCommand: the R-2 counter visit', () => {
  it('accepted materials start the review', () => {
    const cmd = visitCommand({ outcome: 'accepted', problems: [] }, 'clerk', 'c-1');
    expect(cmd).toEqual({ action: 'accept_materials', role: 'clerk', actorId: 'c-1' });
    const d = decide(application({ state: 'awaiting_visit' }), cmd, ctxOn('2026-02-10'));
    expect(d.ok && d.value.next).toBe('under_review');
  });

  it('any problem returns the application with every problem as the reason (M-5)', () => {
    const cmd = visitCommand(RETURNED, 'reviewer', 'r-1');
    expect(cmd).toEqual({
      action: 'return_for_correction',
      role: 'reviewer',
      actorId: 'r-1',
      reason: 'M-2 缺少退工单；M-5 营业执照复印件未加盖新单位公章',
    });
    const d = decide(application({ state: 'awaiting_visit' }), cmd, ctxOn('2026-02-10'));
    expect(d.ok && d.value.next).toBe('returned');
    expect(d.ok && d.value.intents[0]).toMatchObject({
      type: 'sms',
      to: 'hr',
      ruleId: 'M-5',
      params: { reason: cmd.reason },
    });
  });
});

describe('compliance results route as they are', () => {
  it('a failed C-3 check sends an R-1 renewal to review with its message', () => {
    const checks: ComplianceCheck[] = [
      { ruleId: 'C-1', passed: true },
      {
        ruleId: 'C-3',
        passed: false,
        message: { zh: '2026-01 社保与个税单位不一致', en: '2026-01 SI and tax employers differ' },
        months: ['2026-01'],
      },
    ];
    const r = routeSubmission({ kind: 'renewal_same_employer', employerChanged: false, dataChanged: false, checks });
    expect(r.route).toBe('review');
    expect(r.reasons).toEqual([{ zh: '2026-01 社保与个税单位不一致', en: '2026-01 SI and tax employers differ' }]);
  });
});
