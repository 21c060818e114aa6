import type { LocalizedText, RuleId } from '../result.ts';
import type { CompiledPolicy } from '../points/compiled-policy.ts';
import type { AssessmentInput } from '../points/input.ts';
import type { RecordFacts } from './records.ts';
import { monthsNotPaidByReason, monthsNotPaidInWindow, type SiFacts } from './si-facts.ts';

/** One compliance check: passed or not, the rule, and the months at fault. */
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
  const passed = si.insuredThisMonth && si.monthsPaidInWindow >= cp.siMinMonthsLastYear;
  const check: ComplianceCheck = { ruleId: 'C-1', passed };
  if (!passed && si.fromRecords) check.months = monthsNotPaidInWindow(input, asOf, cp.siWindowMonths);
  if (!explain) return check;
  const scope: LocalizedText =
    cp.siRequirementScope === 'all'
      ? { zh: '适用于所有申请人', en: 'applies to every applicant' }
      : { zh: '本政策仅对学历积分适用', en: 'this policy applies it to education points only' };
  const back =
    si.backPaidInWindow > 0
      ? {
          zh: `；其中${si.backPaidInWindow}个月为补缴，不计入`,
          en: `; ${si.backPaidInWindow} back-paid month(s) do not count`,
        }
      : { zh: '', en: '' };
  // From monthly records, a refusal names each month that did not count and why.
  const why = !passed && si.fromRecords ? monthsWhy(monthsNotPaidByReason(input, asOf, cp.siWindowMonths)) : back;
  check.message = passed
    ? {
        zh: `C-1 通过：本月在沪参保，近${cp.siWindowMonths}个月正常缴纳${si.monthsPaidInWindow}个月（至少${cp.siMinMonthsLastYear}个月）${back.zh}（${scope.zh}）`,
        en: `C-1 met: insured in Shanghai this month and paid normally ${si.monthsPaidInWindow} of the last ${cp.siWindowMonths} months (at least ${cp.siMinMonthsLastYear})${back.en} (${scope.en})`,
      }
    : {
        zh: `C-1 未通过：${si.insuredThisMonth ? '' : '申请当月未在沪参保；'}近${cp.siWindowMonths}个月正常缴纳${si.monthsPaidInWindow}个月，需至少${cp.siMinMonthsLastYear}个月${why.zh}（${scope.zh}）`,
        en: `C-1 not met: ${si.insuredThisMonth ? '' : 'not insured in Shanghai in the month of application; '}paid normally ${si.monthsPaidInWindow} of the last ${cp.siWindowMonths} months, at least ${cp.siMinMonthsLastYear} needed${why.en} (${scope.en})`,
      };
  return check;
}

/** Each reason C-1 names, with its words (one table: this code ships in the public self-assessment's first load). */
const MONTHS_WHY = [
  ['noRecord', '无缴费记录的月份', 'no record for'],
  ['unpaid', '未缴费的月份', 'not paid in'],
  ['backPaid', '补缴（不计入）的月份', 'back-paid, so not counted:'],
] as const;

function monthsWhy(m: Record<(typeof MONTHS_WHY)[number][0], string[]>): LocalizedText {
  const named = MONTHS_WHY.filter(([k]) => m[k].length);
  return {
    zh: named.map(([k, zh]) => `；${zh}：${m[k].join('、')}`).join(''),
    en: named.map(([k, , en]) => `; ${en} ${m[k].join(', ')}`).join(''),
  };
}

/** C-2: the months within the base-multiple windows that cannot count, and why. */
export function checkBaseContinuity(si: SiFacts, explain: boolean): ComplianceCheck {
  const excluded = si.excludedBackPaid + si.excludedOtherEmployer + si.excludedBaseNotTaxed;
  // P-2 only when the missing year can change S-9 (si.tierPendingYear); otherwise the published figures decide.
  const check: ComplianceCheck = { ruleId: 'C-2', passed: excluded === 0 && si.tierPendingYear === 0 };
  if (!explain) return check;
  check.message = !si.fromRecords
    ? {
        zh: 'C-2：按填报的缴费基数档次计算，审核时以逐月记录为准',
        en: 'C-2: the base tier as entered; the review checks the monthly records',
      }
    : si.tierPendingYear !== 0
      ? {
          zh: `C-2 无法自动核定：政策数据缺少${si.tierPendingYear}年本市职工月平均工资（P-2），社保基数倍数（S-9）需人工审核`,
          en: `C-2 cannot be checked automatically: the policy data lacks Shanghai's ${si.tierPendingYear} average wage (P-2), so the base multiple (S-9) needs a manual review`,
        }
      : check.passed
        ? {
            zh: 'C-2 通过：计入基数倍数的月份均为正常缴纳、由合同单位缴纳，且缴费基数与个税收入相符',
            en: 'C-2 met: every month counted towards the base multiple was paid normally, by the contract employer, with a base the taxed income supports',
          }
        : {
            zh: `C-2 未通过：补缴${si.excludedBackPaid}个月、非合同单位缴纳${si.excludedOtherEmployer}个月、基数与个税收入不符${si.excludedBaseNotTaxed}个月，均不计入基数倍数`,
            en: `C-2 not met: ${si.excludedBackPaid} back-paid month(s), ${si.excludedOtherEmployer} paid by a company other than the contract employer and ${si.excludedBaseNotTaxed} whose base the taxed income does not support do not count towards the base multiple`,
          };
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
    ? {
        zh: 'C-3：未提供逐月个税记录，由人才服务中心审核社保与个税一致',
        en: 'C-3: no monthly tax records given; the talent service centre checks that social insurance and tax match',
      }
    : months
      ? {
          zh: `C-3 未通过：以下月份社保缴纳单位与个税申报单位不一致或申报单位超过${max}家：${months.join('、')}`,
          en: `C-3 not met: in these months the company paying social insurance did not declare the tax, or more than ${max} declared: ${months.join(', ')}`,
        }
      : {
          zh: 'C-3 通过：社保缴纳单位与个税申报单位一致',
          en: 'C-3 met: the company paying social insurance declares the tax',
        };
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
    ? {
        zh: 'C-4 不适用：未申报职称、技能等级或紧缺急需专业',
        en: 'C-4 not applicable: no title, skill level or shortage major claimed',
      }
    : check.passed
      ? {
          zh: 'C-4 通过：岗位与所申报的职称、技能或专业相符',
          en: 'C-4 met: the job matches the title, skill or major claimed',
        }
      : {
          zh: `C-4 未通过：${titleOk ? '' : '岗位与职称/技能等级不符；'}${majorOk ? '' : '岗位与紧缺专业不符；'}相关积分不计，请更新岗位说明书`,
          en: `C-4 not met: ${titleOk ? '' : 'the job does not match the title or skill level; '}${majorOk ? '' : 'the job does not match the shortage major; '}those points do not count; update the job description`,
        };
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
    ? {
        zh: `C-5 未通过：提供虚假材料，${cp.falseMaterialBarYears}年内不得申请，${r.barredUntil}起可再申请`,
        en: `C-5 not met: false materials bar applications for ${cp.falseMaterialBarYears} years; may apply again from ${r.barredUntil}`,
      }
    : { zh: 'C-5 通过：无提供虚假材料的限制', en: 'C-5 met: no false-material bar' };
  serious.message = r.seriousCrime
    ? {
        zh: 'C-6 未通过：有严重刑事犯罪记录，不予积分',
        en: 'C-6 not met: a serious criminal record disqualifies the applicant',
      }
    : crimeBars
      ? {
          zh: `C-6 未通过：有一般刑事犯罪记录（${r.generalCrimeDates.join('、')}），${cp.generalCrimeYears}年内不得申请，积分清零；${cp.generalCrimeYears}年至${r.generalCrimeUntil}届满（含当日），次日起可再申请`,
          en: `C-6 not met: a general criminal record (${r.generalCrimeDates.join(', ')}) bars the applicant for ${cp.generalCrimeYears} years and clears the points; the ${cp.generalCrimeYears} years end on ${r.generalCrimeUntil} (inclusive); the holder may apply again from the day after`,
        }
      : {
          zh: `C-6 通过：无严重刑事犯罪记录，${cp.generalCrimeYears}年内无一般刑事犯罪记录`,
          en: `C-6 met: no serious criminal record and no general criminal record within ${cp.generalCrimeYears} years`,
        };
  const veto = out[2];
  if (veto) {
    veto.message = r.familyPlanningVeto
      ? {
          zh: 'C-8 未通过：本政策对违反计划生育政策实行一票否决',
          en: 'C-8 not met: this policy vetoes a family-planning violation',
        }
      : { zh: 'C-8 通过：无违反计划生育政策记录', en: 'C-8 met: no family-planning violation' };
  }
  return out;
}
