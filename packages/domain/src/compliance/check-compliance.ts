import { msg } from '@jifen/messages/domain';
import { compilePolicy, type AssessmentPolicy } from '../points/compiled-policy.ts';
import type { AssessmentInput } from '../points/input.ts';
import {
  checkBaseContinuity,
  checkJobMatch,
  checkRecordBars,
  checkSocialInsurance,
  checkTaxMatch,
  type ComplianceCheck,
} from './checks.ts';
import { recordFactsOf } from './records.ts';
import { siFactsOf } from './si-facts.ts';

/**
 * Every compliance check C-1..C-8 on `asOf`, each passed or failed with the
 * rule and the months at fault. C-5 and C-7 also report the deductions that
 * the assessment applies (S-16). C-8 appears only when the policy's veto is
 * on (PI-2: otherwise the data is never asked for).
 */
export function checkCompliance(
  input: AssessmentInput,
  asOf: string,
  policy: AssessmentPolicy,
  options: { explain?: boolean } = {},
): ComplianceCheck[] {
  const explain = options.explain !== false;
  const c = compilePolicy(policy);
  const cp = c.params.compliance;
  const si = siFactsOf(input, asOf, c);
  const records = recordFactsOf(input.records, asOf, c.params);
  const [bar, serious, veto] = checkRecordBars(records, c, explain);
  const out: ComplianceCheck[] = [
    checkSocialInsurance(si, input, asOf, c, explain),
    checkBaseContinuity(si, explain),
    checkTaxMatch(si, c, explain),
    checkJobMatch(input, explain),
  ];
  if (bar) {
    bar.passed = bar.passed && records.falseMaterialCount === 0;
    if (explain && records.falseMaterialCount > 0) {
      bar.message = msg('compliance.c5.deduction', {
        previous: bar.message ?? { zh: '', en: '' },
        years: cp.falseMaterialYears,
        count: records.falseMaterialCount,
        points: records.falseMaterialCount * cp.falseMaterialPenalty,
      });
    }
    out.push(bar);
  }
  if (serious) {
    // "clear" mode: checkRecordBars already fails C-6 and names the dates. "deduct" mode: like C-7, a record fails the check here and reports its deduction.
    const general = records.generalCrimeCount;
    if (cp.generalCrimeEffect === 'deduct' && general > 0) {
      serious.passed = false;
      if (explain)
        serious.message = msg('compliance.c6.deduction', {
          lead:
            records.seriousCrime && serious.message
              ? msg('compliance.c6.afterSerious', { previous: serious.message })
              : msg('compliance.c6.deductionLead'),
          years: cp.generalCrimeYears,
          count: general,
          dates: { zh: records.generalCrimeDates.join('、'), en: records.generalCrimeDates.join(', ') },
          penalty: cp.generalCrimePenalty,
        });
    }
    out.push(serious);
  }
  const detention: ComplianceCheck = { ruleId: 'C-7', passed: records.detentionCount === 0 };
  if (explain) {
    detention.message =
      records.detentionCount === 0
        ? msg('compliance.c7.met', { years: cp.detentionYears })
        : msg('compliance.c7.deduction', {
            years: cp.detentionYears,
            count: records.detentionCount,
            points: records.detentionCount * cp.detentionPenalty,
          });
  }
  out.push(detention);
  if (veto) out.push(veto);
  return out;
}
