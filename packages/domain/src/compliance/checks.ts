import { msg } from '@jifen/messages/domain';
import type { LocalizedText, RuleId } from '../result.ts';
import type { CompiledPolicy } from '../points/compiled-policy.ts';
import type { AssessmentInput } from '../points/input.ts';
import type { RecordFacts } from './records.ts';
import { monthsNotPaidByReason, monthsNotPaidInWindow, type SiFacts } from './si-facts.ts';

/** One compliance check: passed or not, the rule, and the months at fault. */
/** A list in each language's punctuation. */
const list = (items: readonly string[]): LocalizedText => ({ zh: items.join('、'), en: items.join(', ') });
const NOTHING: LocalizedText = { zh: '', en: '' };

export interface ComplianceCheck {
  ruleId: RuleId;
  passed: boolean;
  /**
   * Nothing to check: the claim the rule judges was not made (e.g. C-4 with no
   * title and no shortage major). `passed` stays true, since nothing fails, but
   * the check must read "not applicable", never "met".
   */
  notApplicable?: true;
  /** Omitted on the fast path (`explain: false`). */
  message?: LocalizedText;
  months?: string[];
}

/** C-1's verdict alone: insured this month and enough of the window paid (the earliest date asks it per projected day). */
export function siCheckPasses(si: SiFacts, c: CompiledPolicy): boolean {
  return si.insuredThisMonth && si.monthsPaidInWindow >= c.params.compliance.siMinMonthsLastYear;
}

/**
 * C-1: insured in the month of application and >= siMinMonthsLastYear of
 * the last siWindowMonths paid normally (back-payments excluded).
 */
export function checkSocialInsurance(
  si: SiFacts,
  input: AssessmentInput,
  asOf: string,
  c: CompiledPolicy,
  explain: boolean,
): ComplianceCheck {
  const cp = c.params.compliance;
  const passed = siCheckPasses(si, c);
  const check: ComplianceCheck = { ruleId: 'C-1', passed };
  if (!passed && si.fromRecords) check.months = monthsNotPaidInWindow(input, asOf, cp.siWindowMonths);
  if (!explain) return check;
  const scope = cp.siRequirementScope === 'all' ? msg('compliance.c1.scopeAll') : msg('compliance.c1.scopeEducation');
  const back = si.backPaidInWindow > 0 ? msg('compliance.c1.backPaid', { months: si.backPaidInWindow }) : NOTHING;
  // From monthly records, a refusal names each month that did not count and why.
  const why = !passed && si.fromRecords ? monthsWhy(monthsNotPaidByReason(input, asOf, cp.siWindowMonths)) : back;
  const counts = {
    windowMonths: cp.siWindowMonths,
    paidMonths: si.monthsPaidInWindow,
    minMonths: cp.siMinMonthsLastYear,
    scope,
  };
  check.message = passed
    ? msg('compliance.c1.met', { ...counts, back })
    : msg('compliance.c1.notMet', {
        ...counts,
        notInsured: si.insuredThisMonth ? NOTHING : msg('compliance.c1.notInsured'),
        why,
      });
  return check;
}

/** Each reason C-1 names, with its words (one table: this code ships in the public self-assessment's first load). */
const MONTHS_WHY = {
  noRecord: msg('compliance.c1.noRecord'),
  unpaid: msg('compliance.c1.unpaid'),
  backPaid: msg('compliance.c1.backPaidMonths'),
} as const;

function monthsWhy(m: Record<keyof typeof MONTHS_WHY, string[]>): LocalizedText {
  const named = (Object.keys(MONTHS_WHY) as (keyof typeof MONTHS_WHY)[])
    .filter((k) => m[k].length)
    .map((k) => msg('compliance.c1.monthsWhy', { reason: MONTHS_WHY[k], months: list(m[k]) }));
  return { zh: named.map((t) => t.zh).join(''), en: named.map((t) => t.en).join('') };
}

/** C-2: the months within the base-multiple windows that cannot count, and why. */
export function checkBaseContinuity(si: SiFacts, explain: boolean): ComplianceCheck {
  const excluded = si.excludedBackPaid + si.excludedOtherEmployer + si.excludedBaseNotTaxed;
  // P-2 only when the missing year can change S-9 (si.tierPendingYear); otherwise the published figures decide.
  const check: ComplianceCheck = { ruleId: 'C-2', passed: excluded === 0 && si.tierPendingYear === 0 };
  if (!explain) return check;
  check.message = !si.fromRecords
    ? msg('compliance.c2.asEntered')
    : si.tierPendingYear !== 0
      ? msg('compliance.c2.wageMissing', { year: si.tierPendingYear })
      : check.passed
        ? msg('compliance.c2.met')
        : msg('compliance.c2.notMet', {
            backPaid: si.excludedBackPaid,
            otherEmployer: si.excludedOtherEmployer,
            baseNotTaxed: si.excludedBaseNotTaxed,
          });
  return check;
}

/** C-3: the employer paying social insurance declares the tax; at most N declarers a month. */
export function checkTaxMatch(si: SiFacts, c: CompiledPolicy, explain: boolean): ComplianceCheck {
  const months = si.taxMismatchMonths;
  const check: ComplianceCheck = { ruleId: 'C-3', passed: months === null };
  if (months) check.months = months;
  if (!explain) return check;
  const max = c.params.compliance.maxTaxDeclarersPerMonth;
  check.message = !si.taxChecked
    ? msg('compliance.c3.noRecords')
    : months
      ? msg('compliance.c3.notMet', { max, months: list(months) })
      : msg('compliance.c3.met');
  return check;
}

/** C-4: title and shortage-major points need a matching job. */
export function checkJobMatch(input: AssessmentInput, explain: boolean): ComplianceCheck {
  const titleOk = !input.title || input.title.jobMatches;
  const majorOk = !input.shortageMajor || input.shortageMajor.jobMatches;
  const check: ComplianceCheck = { ruleId: 'C-4', passed: titleOk && majorOk };
  if (!input.title && !input.shortageMajor) check.notApplicable = true;
  if (!explain) return check;
  check.message = check.notApplicable
    ? msg('compliance.c4.notApplicable')
    : check.passed
      ? msg('compliance.c4.met')
      : msg('compliance.c4.notMet', {
          title: titleOk ? NOTHING : msg('compliance.c4.titleMismatch'),
          major: majorOk ? NOTHING : msg('compliance.c4.majorMismatch'),
        });
  return check;
}

/**
 * C-5 bar, C-6 crime, C-8 veto: the record checks that can bar an application.
 * C-6 fails on a serious criminal record and, in the seed's "clear" mode
 * (the holder 不得有 a general criminal record within N years), on any
 * general record that still counts, naming its date and the day the N years
 * end. In "deduct" mode a general record is a deduction (S-16), not a bar.
 */
export function checkRecordBars(r: RecordFacts, c: CompiledPolicy, explain: boolean): ComplianceCheck[] {
  const cp = c.params.compliance;
  const bar: ComplianceCheck = { ruleId: 'C-5', passed: r.barredUntil === null };
  const crimeBars = cp.generalCrimeEffect === 'clear' && r.generalCrimeCount > 0;
  const serious: ComplianceCheck = { ruleId: 'C-6', passed: !r.seriousCrime && !crimeBars };
  const out = [bar, serious];
  if (cp.familyPlanningVeto) out.push({ ruleId: 'C-8', passed: !r.familyPlanningVeto });
  if (!explain) return out;
  bar.message = r.barredUntil
    ? msg('compliance.c5.notMet', { years: cp.falseMaterialBarYears, until: r.barredUntil })
    : msg('compliance.c5.met');
  serious.message = r.seriousCrime
    ? msg('compliance.c6.serious')
    : crimeBars
      ? msg('compliance.c6.generalBars', {
          dates: list(r.generalCrimeDates),
          years: cp.generalCrimeYears,
          until: String(r.generalCrimeUntil),
        })
      : msg('compliance.c6.met', { years: cp.generalCrimeYears });
  const veto = out[2];
  if (veto) veto.message = r.familyPlanningVeto ? msg('compliance.c8.notMet') : msg('compliance.c8.met');
  return out;
}
