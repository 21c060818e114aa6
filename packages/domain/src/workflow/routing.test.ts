import { describe, expect, it } from 'vitest';
import { routeSubmission, type RouteName } from './routing.ts';
import type { ApplicationKind, CheckOutcome } from './types.ts';

const PASS: CheckOutcome[] = [
  { ruleId: 'C-1', passed: true },
  { ruleId: 'C-3', passed: true },
];
const FAIL_C3: CheckOutcome[] = [
  { ruleId: 'C-3', passed: false, message: { zh: '社保与个税不一致', en: 'SI and tax do not match' } },
];
/** L-7: the renewed permit has not reached the points system yet: advice, not a block. */
const SYNC_PENDING: CheckOutcome[] = [{ ruleId: 'L-7', passed: false, advisory: true }];

type Row = [ApplicationKind, boolean, boolean, CheckOutcome[], RouteName, string];

// kind, employerChanged, dataChanged, checks -> route, rule
const TABLE: Row[] = [
  ['renewal_same_employer', false, false, PASS, 'auto_approve', 'R-1'],
  ['renewal_same_employer', false, false, [], 'auto_approve', 'R-1'],
  ['renewal_same_employer', false, false, SYNC_PENDING, 'auto_approve', 'R-1'],
  ['renewal_same_employer', false, true, PASS, 'review', 'R-1'],
  ['renewal_same_employer', false, false, FAIL_C3, 'review', 'R-1'],
  ['renewal_same_employer', false, true, FAIL_C3, 'review', 'R-1'],
  // The facts win over the declared kind when they ask for more: the visit.
  ['renewal_same_employer', true, false, PASS, 'visit', 'R-2'],
  ['renewal_changed_employer', true, false, PASS, 'visit', 'R-2'],
  ['renewal_changed_employer', false, false, PASS, 'visit', 'R-2'],
  ['renewal_changed_employer', true, true, FAIL_C3, 'visit', 'R-2'],
  ['first_application', false, false, PASS, 'review', 'R-3'],
  ['first_application', true, true, FAIL_C3, 'review', 'R-3'],
  ['reapplication_after_clearing', false, false, PASS, 'review', 'L-4'],
  ['reapplication_after_clearing', true, false, PASS, 'review', 'L-4'],
];

describe('routeSubmission (R-1 vs R-2 vs review)', () => {
  it.each(TABLE)(
    '%s employerChanged=%s dataChanged=%s %j -> %s (%s)',
    (kind, employerChanged, dataChanged, checks, route, ruleId) => {
      const r = routeSubmission({ kind, employerChanged, dataChanged, checks });
      expect(r.route).toBe(route);
      expect(r.ruleId).toBe(ruleId);
      expect({ auto_approve: 'approved', visit: 'awaiting_visit', review: 'under_review' }[route]).toBe(r.to);
    },
  );

  it('explains every route but the automatic one, in both languages', () => {
    const r = routeSubmission({
      kind: 'renewal_same_employer',
      employerChanged: false,
      dataChanged: true,
      checks: FAIL_C3,
    });
    expect(r.reasons).toEqual([
      { zh: '个人信息有变更，需人工审核', en: 'Personal data changed and needs a manual review' },
      { zh: '社保与个税不一致', en: 'SI and tax do not match' },
    ]);
    expect(r.failedChecks.map((c) => c.ruleId)).toEqual(['C-3']);
    expect(
      routeSubmission({ kind: 'renewal_same_employer', employerChanged: false, dataChanged: false, checks: PASS })
        .reasons,
    ).toEqual([]);
  });

  it('names a failed check without its own reason by its rule', () => {
    const r = routeSubmission({
      kind: 'renewal_same_employer',
      employerChanged: false,
      dataChanged: false,
      checks: [{ ruleId: 'C-4', passed: false }],
    });
    expect(r.reasons[0]?.en).toBe('Automatic check failed (C-4)');
  });

  it('never lists advisory outcomes as failures', () => {
    const r = routeSubmission({
      kind: 'first_application',
      employerChanged: false,
      dataChanged: false,
      checks: [...SYNC_PENDING, ...FAIL_C3],
    });
    expect(r.failedChecks.map((c) => c.ruleId)).toEqual(['C-3']);
  });
});
