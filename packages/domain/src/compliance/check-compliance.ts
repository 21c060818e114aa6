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
      bar.message = {
        zh: `${bar.message?.zh ?? ''}；${cp.falseMaterialYears}年内虚假材料${records.falseMaterialCount}次，共扣${records.falseMaterialCount * cp.falseMaterialPenalty}分`,
        en: `${bar.message?.en ?? ''}; ${records.falseMaterialCount} false-material record(s) within ${cp.falseMaterialYears} years deduct ${records.falseMaterialCount * cp.falseMaterialPenalty} points`,
      };
    }
    out.push(bar);
  }
  if (serious) {
    // "clear" mode: checkRecordBars already fails C-6 and names the dates. "deduct" mode: like C-7, a record fails the check here and reports its deduction.
    const general = records.generalCrimeCount;
    if (cp.generalCrimeEffect === 'deduct' && general > 0) {
      serious.passed = false;
      if (explain)
        serious.message = {
          zh: `${records.seriousCrime ? `${serious.message?.zh ?? ''}；` : 'C-6：'}${cp.generalCrimeYears}年内一般刑事犯罪记录${general}次（${records.generalCrimeDates.join('、')}），每次扣${cp.generalCrimePenalty}分`,
          en: `${records.seriousCrime ? `${serious.message?.en ?? ''}; ` : 'C-6: '}${general} general criminal record(s) within ${cp.generalCrimeYears} years (${records.generalCrimeDates.join(', ')}), ${cp.generalCrimePenalty} points deducted for each`,
        };
    }
    out.push(serious);
  }
  const detention: ComplianceCheck = { ruleId: 'C-7', passed: records.detentionCount === 0 };
  if (explain) {
    detention.message =
      records.detentionCount === 0
        ? {
            zh: `C-7 通过：${cp.detentionYears}年内无行政拘留记录`,
            en: `C-7 met: no administrative detention within ${cp.detentionYears} years`,
          }
        : {
            zh: `C-7：${cp.detentionYears}年内行政拘留${records.detentionCount}次，共扣${records.detentionCount * cp.detentionPenalty}分`,
            en: `C-7: ${records.detentionCount} administrative detention(s) within ${cp.detentionYears} years deduct ${records.detentionCount * cp.detentionPenalty} points`,
          };
  }
  out.push(detention);
  if (veto) out.push(veto);
  return out;
}
