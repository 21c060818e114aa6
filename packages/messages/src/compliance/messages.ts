import type { Translation } from '../types.ts';

/** compliance (C-1..C-8): the Chinese texts (the source) and the English, key for key. */
const zh = {
  c1: {
    scopeAll: '适用于所有申请人',
    scopeEducation: '本政策仅对学历积分适用',
    backPaid: '；其中{{months}}个月为补缴，不计入',
    met: 'C-1 通过：本月在沪参保，近{{windowMonths}}个月正常缴纳{{paidMonths}}个月（至少{{minMonths}}个月）{{back}}（{{scope}}）',
    notMet:
      'C-1 未通过：{{notInsured}}近{{windowMonths}}个月正常缴纳{{paidMonths}}个月，需至少{{minMonths}}个月{{why}}（{{scope}}）',
    notInsured: '申请当月未在沪参保；',
    monthsWhy: '；{{reason}}：{{months}}',
    noRecord: '无缴费记录的月份',
    unpaid: '未缴费的月份',
    backPaidMonths: '补缴（不计入）的月份',
  },
  c2: {
    asEntered: 'C-2：按填报的缴费基数档次计算，审核时以逐月记录为准',
    wageMissing: 'C-2 无法自动核定：政策数据缺少{{year}}年本市职工月平均工资（P-2），社保基数倍数（S-9）需人工审核',
    met: 'C-2 通过：计入基数倍数的月份均为正常缴纳、由合同单位缴纳，且缴费基数与个税收入相符',
    notMet:
      'C-2 未通过：补缴{{backPaid}}个月、非合同单位缴纳{{otherEmployer}}个月、基数与个税收入不符{{baseNotTaxed}}个月，均不计入基数倍数',
  },
  c3: {
    noRecords: 'C-3：未提供逐月个税记录，由人才服务中心审核社保与个税一致',
    notMet: 'C-3 未通过：以下月份社保缴纳单位与个税申报单位不一致或申报单位超过{{max}}家：{{months}}',
    met: 'C-3 通过：社保缴纳单位与个税申报单位一致',
  },
  c4: {
    notApplicable: 'C-4 不适用：未申报职称、技能等级或紧缺急需专业',
    met: 'C-4 通过：岗位与所申报的职称、技能或专业相符',
    notMet: 'C-4 未通过：{{title}}{{major}}相关积分不计，请更新岗位说明书',
    titleMismatch: '岗位与职称/技能等级不符；',
    majorMismatch: '岗位与紧缺专业不符；',
  },
  c5: {
    notMet: 'C-5 未通过：提供虚假材料，{{years}}年内不得申请，{{until}}起可再申请',
    met: 'C-5 通过：无提供虚假材料的限制',
    deduction: '{{previous}}；{{years}}年内虚假材料{{count}}次，共扣{{points}}分',
  },
  c6: {
    serious: 'C-6 未通过：有严重刑事犯罪记录，不予积分',
    generalBars:
      'C-6 未通过：有一般刑事犯罪记录（{{dates}}），{{years}}年内不得申请，积分清零；{{years}}年至{{until}}届满（含当日），次日起可再申请',
    met: 'C-6 通过：无严重刑事犯罪记录，{{years}}年内无一般刑事犯罪记录',
    deduction: '{{lead}}{{years}}年内一般刑事犯罪记录{{count}}次（{{dates}}），每次扣{{penalty}}分',
    deductionLead: 'C-6：',
    afterSerious: '{{previous}}；',
  },
  c7: {
    met: 'C-7 通过：{{years}}年内无行政拘留记录',
    deduction: 'C-7：{{years}}年内行政拘留{{count}}次，共扣{{points}}分',
  },
  c8: {
    notMet: 'C-8 未通过：本政策对违反计划生育政策实行一票否决',
    met: 'C-8 通过：无违反计划生育政策记录',
  },
} as const;

const en: Translation<typeof zh> = {
  c1: {
    scopeAll: 'applies to every applicant',
    scopeEducation: 'this policy applies it to education points only',
    backPaid: '; {{months}} back-paid month(s) do not count',
    met: 'C-1 met: insured in Shanghai this month and paid normally {{paidMonths}} of the last {{windowMonths}} months (at least {{minMonths}}){{back}} ({{scope}})',
    notMet:
      'C-1 not met: {{notInsured}}paid normally {{paidMonths}} of the last {{windowMonths}} months, at least {{minMonths}} needed{{why}} ({{scope}})',
    notInsured: 'not insured in Shanghai in the month of application; ',
    monthsWhy: '; {{reason}} {{months}}',
    noRecord: 'no record for',
    unpaid: 'not paid in',
    backPaidMonths: 'back-paid, so not counted:',
  },
  c2: {
    asEntered: 'C-2: the base tier as entered; the review checks the monthly records',
    wageMissing:
      "C-2 cannot be checked automatically: the policy data lacks Shanghai's {{year}} average wage (P-2), so the base multiple (S-9) needs a manual review",
    met: 'C-2 met: every month counted towards the base multiple was paid normally, by the contract employer, with a base the taxed income supports',
    notMet:
      'C-2 not met: {{backPaid}} back-paid month(s), {{otherEmployer}} paid by a company other than the contract employer and {{baseNotTaxed}} whose base the taxed income does not support do not count towards the base multiple',
  },
  c3: {
    noRecords:
      'C-3: no monthly tax records given; the talent service centre checks that social insurance and tax match',
    notMet:
      'C-3 not met: in these months the company paying social insurance did not declare the tax, or more than {{max}} declared: {{months}}',
    met: 'C-3 met: the company paying social insurance declares the tax',
  },
  c4: {
    notApplicable: 'C-4 not applicable: no title, skill level or shortage major claimed',
    met: 'C-4 met: the job matches the title, skill or major claimed',
    notMet: 'C-4 not met: {{title}}{{major}}those points do not count; update the job description',
    titleMismatch: 'the job does not match the title or skill level; ',
    majorMismatch: 'the job does not match the shortage major; ',
  },
  c5: {
    notMet: 'C-5 not met: false materials bar applications for {{years}} years; may apply again from {{until}}',
    met: 'C-5 met: no false-material bar',
    deduction: '{{previous}}; {{count}} false-material record(s) within {{years}} years deduct {{points}} points',
  },
  c6: {
    serious: 'C-6 not met: a serious criminal record disqualifies the applicant',
    generalBars:
      'C-6 not met: a general criminal record ({{dates}}) bars the applicant for {{years}} years and clears the points; the {{years}} years end on {{until}} (inclusive); the holder may apply again from the day after',
    met: 'C-6 met: no serious criminal record and no general criminal record within {{years}} years',
    deduction:
      '{{lead}}{{count}} general criminal record(s) within {{years}} years ({{dates}}), {{penalty}} points deducted for each',
    deductionLead: 'C-6: ',
    afterSerious: '{{previous}}; ',
  },
  c7: {
    met: 'C-7 met: no administrative detention within {{years}} years',
    deduction: 'C-7: {{count}} administrative detention(s) within {{years}} years deduct {{points}} points',
  },
  c8: {
    notMet: 'C-8 not met: this policy vetoes a family-planning violation',
    met: 'C-8 met: no family-planning violation',
  },
};

export const complianceMessages = { zh, en };
