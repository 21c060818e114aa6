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

const RETURNED: LocalizedText = {
  zh: '申请将被退回（退回）补正',
  en: 'the application would be returned (退回) for correction',
};

/** R-2 / M-1..M-5: checks what the HR specialist brings on `visitDate`. */
export function validateMaterials(
  submission: MaterialsSubmission,
  visitDate: string,
  policy: { params: PolicyParams },
): MaterialsValidation {
  const problems: MaterialProblem[] = [];
  const problem = (ruleId: RuleId, item: MaterialProblem['item'], zh: string, en: string) =>
    problems.push({
      ruleId,
      item,
      message: { zh: `${ruleId} ${zh}，${RETURNED.zh}`, en: `${ruleId} ${en}; ${RETURNED.en}` },
    });

  for (const need of materialsChecklist('employer_changed', policy).items) {
    const got = submission.items[need.id];
    const name = need.name;
    if (!got || (!got.original && !got.copy)) {
      problem(
        need.ruleId,
        need.id,
        `缺少${name.zh}（${need.requirement.zh}）`,
        `${name.en} is missing (${need.requirement.en})`,
      );
      continue;
    }
    if (need.original && !got.original)
      problem(need.ruleId, need.id, `${name.zh}未出示原件`, `${name.en}: the original was not shown`);
    if (need.copy && !got.copy)
      problem(need.ruleId, need.id, `${name.zh}缺少复印件`, `${name.en}: the copy is missing`);
    if (need.sealOnCopy && got.copy && !got.sealed)
      problem('M-5', need.id, `${name.zh}复印件未加盖新单位公章`, `${name.en}: the copy lacks the new employer's seal`);
  }

  const m = policy.params.materials;
  const c = submission.contract;
  if (submission.items.labour_contract && !c) {
    problem('M-2', 'labour_contract', '劳动合同未载明起止日期', 'the labour contract shows no start and end dates');
  } else if (c) {
    if (c.endDate < c.startDate) {
      problem(
        'M-2',
        'labour_contract',
        `劳动合同终止日期${c.endDate}早于起始日期${c.startDate}`,
        `the labour contract ends (${c.endDate}) before it starts (${c.startDate})`,
      );
    } else {
      if (!lastsAtLeastMonths(c.startDate, c.endDate, m.contractMinMonths))
        problem(
          'M-2',
          'labour_contract',
          `劳动合同期限${c.startDate}至${c.endDate}不足${m.contractMinMonths}个月`,
          `the labour contract ${c.startDate}..${c.endDate} is shorter than ${m.contractMinMonths} months`,
        );
      if (!lastsAtLeastMonths(visitDate, c.endDate, m.contractMinRemainingMonths))
        problem(
          'M-2',
          'labour_contract',
          `办理当日（${visitDate}）劳动合同剩余期限不足${m.contractMinRemainingMonths}个月（至${c.endDate}）`,
          `on the day of the visit (${visitDate}) fewer than ${m.contractMinRemainingMonths} months of the labour contract remain (it ends ${c.endDate})`,
        );
    }
  }
  if (submission.items.termination_record && !submission.terminationRecord?.leaveDate)
    problem('M-2', 'termination_record', '退工单未载明退工日期', 'the termination record does not show the leave date');
  const permit = submission.permit;
  if (submission.items.residence_permit && (!permit || permit.validUntil < visitDate))
    problem(
      'M-1',
      'residence_permit',
      permit ? `居住证已于${permit.validUntil}到期，不在有效期内` : '居住证有效期未载明',
      permit ? `the residence permit expired on ${permit.validUntil}` : 'the residence permit shows no validity',
    );
  if (!submission.hrSpecialistInPerson)
    problem('M-4', 'visit', '须由人事专员本人到场办理', 'the HR specialist must come in person');

  return { outcome: problems.length === 0 ? 'accepted' : 'returned', problems };
}
