import { msg } from '@jifen/messages/domain';
import { addMonths, toEpochDay } from '../dates/index.ts';
import type { PolicyParams } from '../policy/schema.ts';
import type { LocalizedText, RuleId } from '../result.ts';
import { materialsChecklist, type MaterialItemId } from './checklist.ts';

/** What was brought for one item. */
export interface SubmittedItem {
  original?: boolean;
  copy?: boolean;
  /** The copy carries the new employer's seal. */
  sealed?: boolean;
}

export interface MaterialsSubmission {
  items: Partial<Record<MaterialItemId, SubmittedItem>>;
  contract?: { startDate: string; endDate: string };
  terminationRecord?: { leaveDate?: string };
  permit?: { validUntil: string };
  /** M-4: the HR specialist came in person. */
  hrSpecialistInPerson: boolean;
}

export interface MaterialProblem {
  ruleId: RuleId;
  item: MaterialItemId | 'visit';
  message: LocalizedText;
}

export interface MaterialsValidation {
  /** M-5: any problem returns the application (退回). */
  outcome: 'accepted' | 'returned';
  problems: MaterialProblem[];
}

/**
 * D-3: a span from A to B (both days included) lasts at least N months when
 * B >= addMonths(A, N) - 1 day, with the month-end rule of `addMonths`: a
 * contract 2026-01-01..2026-12-31 lasts 12 months, and on a visit on
 * 2026-03-31 a contract must run at least until 2026-05-30.
 */
export function lastsAtLeastMonths(start: string, end: string, months: number): boolean {
  return toEpochDay(end) >= toEpochDay(addMonths(start, months)) - 1;
}

/** R-2 / M-1..M-5: checks what the HR specialist brings on `visitDate`. */
export function validateMaterials(
  submission: MaterialsSubmission,
  visitDate: string,
  policy: { params: PolicyParams },
): MaterialsValidation {
  const problems: MaterialProblem[] = [];
  const problem = (ruleId: RuleId, item: MaterialProblem['item'], text: LocalizedText) =>
    problems.push({ ruleId, item, message: msg('materials.problem.returned', { ruleId, problem: text }) });

  for (const need of materialsChecklist('employer_changed', policy).items) {
    const got = submission.items[need.id];
    const name = need.name;
    if (!got || (!got.original && !got.copy)) {
      problem(need.ruleId, need.id, msg('materials.problem.missing', { name, requirement: need.requirement }));
      continue;
    }
    if (need.original && !got.original) problem(need.ruleId, need.id, msg('materials.problem.noOriginal', { name }));
    if (need.copy && !got.copy) problem(need.ruleId, need.id, msg('materials.problem.noCopy', { name }));
    if (need.sealOnCopy && got.copy && !got.sealed)
      problem('M-5', need.id, msg('materials.problem.unsealed', { name }));
  }

  const m = policy.params.materials;
  const c = submission.contract;
  if (submission.items.labour_contract && !c) {
    problem('M-2', 'labour_contract', msg('materials.problem.contractNoDates'));
  } else if (c) {
    if (c.endDate < c.startDate) {
      problem(
        'M-2',
        'labour_contract',
        msg('materials.problem.contractEndsBeforeStart', { start: c.startDate, end: c.endDate }),
      );
    } else {
      if (!lastsAtLeastMonths(c.startDate, c.endDate, m.contractMinMonths))
        problem(
          'M-2',
          'labour_contract',
          msg('materials.problem.contractTooShort', {
            start: c.startDate,
            end: c.endDate,
            minMonths: m.contractMinMonths,
          }),
        );
      if (!lastsAtLeastMonths(visitDate, c.endDate, m.contractMinRemainingMonths))
        problem(
          'M-2',
          'labour_contract',
          msg('materials.problem.contractRemainder', {
            visitDate,
            minRemainingMonths: m.contractMinRemainingMonths,
            end: c.endDate,
          }),
        );
    }
  }
  if (submission.items.termination_record && !submission.terminationRecord?.leaveDate)
    problem('M-2', 'termination_record', msg('materials.problem.noLeaveDate'));
  const permit = submission.permit;
  if (submission.items.residence_permit && (!permit || permit.validUntil < visitDate))
    problem(
      'M-1',
      'residence_permit',
      permit
        ? msg('materials.problem.permitExpired', { validUntil: permit.validUntil })
        : msg('materials.problem.permitNoValidity'),
    );
  if (!submission.hrSpecialistInPerson) problem('M-4', 'visit', msg('materials.problem.hrInPerson'));

  return { outcome: problems.length === 0 ? 'accepted' : 'returned', problems };
}
