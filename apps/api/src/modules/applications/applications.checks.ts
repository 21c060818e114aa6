import {
  assessPoints,
  canonicalJson,
  checkCompliance,
  sha256Hex,
  type AssessmentInput,
  type AssessmentPolicy,
  type CheckOutcome,
  type LocalizedText,
} from '@jifen/domain';
import { msg } from '@jifen/messages';
import { fail, type AppError, type FieldProblem } from '../../errors.ts';

export interface SubmissionChecks {
  policyId: string;
  policyHash: string;
  total: number;
  /** Every compliance check, stored with the application and passed to routing. */
  checks: CheckOutcome[];
  /** Hard eligibility failures (C-1 when it applies to all, C-3, C-5 bar, C-6 serious, C-8 when on). */
  blocking: (CheckOutcome & { months?: string[] })[];
  /**
   * SHA-256 of what the holder and HR declare (personal data and indicator
   * claims): "data unchanged" compares it with the last approved
   * application. The monthly social-insurance and tax records are left
   * out: they grow every month and come from the SI and tax systems, and the
   * automatic checks (C-1..C-3, S-4, S-9) already judge them on each submission.
   */
  dataHash: string;
  /** P-2: the newest average-wage year a counted month needs but the table lacks; null when none. Checks it affects are marked pending. */
  pendingWageYear: number | null;
}

/** The wage year the assessment could not compute without (WAGE.YEAR_MISSING on S-9 or S-4), if any. */
function missingWageYear(lines: readonly { error?: { code: string; details?: unknown } }[]): number | null {
  let year: number | null = null;
  for (const l of lines) {
    const y =
      l.error?.code === 'WAGE.YEAR_MISSING' ? (l.error.details as { year?: unknown } | undefined)?.year : undefined;
    if (typeof y === 'number' && (year === null || y > year)) year = y;
  }
  return year;
}

/** The hash of the declared data (see SubmissionChecks.dataHash). */
export function declaredDataHash(input: AssessmentInput): string {
  const { socialInsurance: _records, ...declared } = input;
  return sha256Hex(canonicalJson(declared));
}

/** the automatic checks with the policy in force on `asOf`. */
export function runSubmissionChecks(input: AssessmentInput, asOf: string, policy: AssessmentPolicy): SubmissionChecks {
  const assessment = assessPoints(input, asOf, policy);
  const compliance = checkCompliance(input, asOf, policy);
  const blocking = assessment.eligibility.filter((c) => !c.passed);
  const blockingIds = new Set(blocking.map((c) => c.ruleId));
  const pendingWageYear = missingWageYear(assessment.lines);
  const checks: CheckOutcome[] = compliance.map((c) => {
    const passed = c.passed && !blockingIds.has(c.ruleId);
    // C-2 judges the base multiple months: with a wage year missing it cannot be decided yet (P-2), so it waits, visibly.
    const pending = !passed && pendingWageYear !== null && c.ruleId === 'C-2';
    return {
      ruleId: c.ruleId,
      passed,
      ...(c.notApplicable ? { notApplicable: true } : {}),
      ...(c.message ? { message: c.message } : {}),
      ...(c.months ? { months: c.months } : {}),
      ...(pending ? { pending: { kind: 'wage' as const, year: pendingWageYear } } : {}),
    };
  });
  return {
    policyId: assessment.policyId,
    policyHash: assessment.policyHash,
    total: assessment.total,
    checks,
    blocking,
    dataHash: declaredDataHash(input),
    pendingWageYear,
  };
}

/** What to do about each hard failure, in the words HR reads (journey c). */
function fixFor(ruleId: string, policy: AssessmentPolicy): LocalizedText {
  const cp = policy.params.compliance;
  switch (ruleId) {
    case 'C-1':
      return msg('applications.fix.socialInsurance', {
        siWindowMonths: cp.siWindowMonths,
        siMinMonthsLastYear: cp.siMinMonthsLastYear,
      });
    case 'C-3':
      return msg('applications.fix.taxWithInsurer');
    case 'C-5':
      return msg('applications.fix.falseMaterialBar', { falseMaterialBarYears: cp.falseMaterialBarYears });
    case 'C-6':
      return cp.generalCrimeEffect === 'clear'
        ? msg('applications.fix.criminalRecord', { generalCrimeYears: cp.generalCrimeYears })
        : msg('applications.fix.seriousCrime');
    default:
      return msg('applications.fix.contactCentre');
  }
}

/** 422 APPLICATION.CHECKS_FAILED: each failed rule with its months and its fix; nothing was stored. */
export function checksFailedError(blocking: SubmissionChecks['blocking'], policy: AssessmentPolicy): AppError {
  const fields: FieldProblem[] = blocking.map((c) => {
    const fix = fixFor(c.ruleId, policy);
    const what = c.message ?? msg('applications.ruleNotMet', { ruleId: c.ruleId });
    // A message that already names its months and why (C-1, issue 22) is not followed by the bare list again.
    const months =
      c.months && c.months.length > 0 && !c.months.every((m) => what.zh.includes(m)) ? c.months : undefined;
    return {
      path: `checks.${c.ruleId}`,
      message: msg('applications.checkFailedFix', {
        what,
        months: months
          ? msg('applications.monthsConcerned', { months: { zh: months.join('、'), en: months.join(', ') } })
          : '',
        fix,
      }),
    };
  });
  const ids = blocking.map((c) => c.ruleId).join(', ');
  return fail('APPLICATION.CHECKS_FAILED', msg('applications.checksFailed', { ids }), fields, {
    ruleId: 'R-1',
    details: {
      failed: blocking.map((c) => ({ ruleId: c.ruleId, months: c.months ?? [], fix: fixFor(c.ruleId, policy) })),
    },
  });
}
