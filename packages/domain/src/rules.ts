import type { LocalizedText, RuleId } from './result.ts';

/**
 * The rule book (shared/reference/rules.md) by ID. Every explained line,
 * error and check names one of these; a test proves no other ID is used.
 */
export interface RuleEntry {
  title: LocalizedText;
  source: 'seed' | 'measures' | 'practice' | 'national';
}

// The titles index the rule book for whoever reads this file; no screen or message shows them
// (texts name a rule by its ID), so they are reference data beside rules.md, not catalog texts.
const r = (zh: string, en: string, source: RuleEntry['source']): RuleEntry => ({ title: { zh, en }, source });

export const RULES = {
  'P-1': r('政策版本按日期生效', 'Policy versions are selected by date', 'practice'),
  'P-2': r('缺少政策、日历或工资数据时明确报错', 'Missing policy, calendar or wage data is an error', 'practice'),
  'P-3': r('每项决定记录政策版本与参数哈希', 'Every decision records the policy version and hash', 'practice'),
  'L-1': r('积分有效期与居住证同步', 'Points are valid as long as the residence permit', 'seed'),
  'L-2': r('到期前30天为最佳续办期', 'Renew in the 30 days before expiry', 'seed'),
  'L-3': r('过期60天内可补办，持有年限重新计算', 'Late renewal within 60 days; holding years restart', 'seed'),
  'L-4': r('逾期超过60天积分清零', 'Points cleared after 60 days overdue', 'seed'),
  'L-5': r('逾期超过90天需重新办理居住证', 'Permit must be re-applied after 90 days overdue', 'seed'),
  'L-6': r('积分失效期间相关待遇暂停', 'Benefits suspended while points are lapsed', 'seed'),
  'L-7': r('居住证签注是积分续办的前提', 'Permit endorsement precedes points renewal', 'seed'),
  'L-8': r('任意日期的状态与下一期限', 'State and next deadline on any date', 'seed'),
  'R-1': r('单位未变更：网上续办，系统自动审核', 'Employer unchanged: online renewal, checked automatically', 'seed'),
  'R-2': r('单位已变更：人事专员现场办理', 'Employer changed: HR specialist visits in person', 'seed'),
  'R-3': r('续办步骤', 'Renewal steps', 'seed'),
  'R-4': r('须经已认证的用人单位申请', 'Applications go through a verified employer', 'practice'),
  'R-5': r('退回补正后重新计时', 'Returned for correction; the clock restarts', 'practice'),
  'M-1': r('身份材料', 'Identity documents', 'seed'),
  'M-2': r('劳动关系材料', 'Employment documents', 'seed'),
  'M-3': r('新单位资质材料', 'New employer documents', 'seed'),
  'M-4': r('人事专员材料', 'HR specialist documents', 'seed'),
  'M-5': r('材料缺失或未盖章将被退回', 'Missing or unsealed material is returned', 'seed'),
  'C-1': r('社保缴纳要求', 'Social insurance requirement', 'seed'),
  'C-2': r('多倍社保基数连续缴纳', 'Continuous payment at the base multiple', 'seed'),
  'C-3': r('社保与个税一致', 'Social insurance and income tax match', 'seed'),
  'C-4': r('岗位与资质匹配', 'Job matches the qualification', 'seed'),
  'C-5': r('虚假材料扣分并列入黑名单', 'False materials: deduction and bar', 'seed'),
  'C-6': r('刑事犯罪记录', 'Criminal record', 'seed'),
  'C-7': r('行政拘留记录', 'Administrative detention record', 'measures'),
  'C-8': r('违反计划生育政策记录', 'Family-planning violation record', 'measures'),
  'S-1': r('标准分值120分', 'Standard score 120', 'measures'),
  'S-2': r('年龄', 'Age', 'measures'),
  'S-3': r('教育背景', 'Education', 'measures'),
  'S-4': r('专业技术职称和技能等级', 'Professional title or skill level', 'measures'),
  'S-5': r('学历与职称取最高，不累加', 'Education or title, the higher counts', 'measures'),
  'S-6': r('在沪工作缴纳职工社会保险年限', 'Years of Shanghai employee social insurance', 'measures'),
  'S-7': r('紧缺急需专业', 'Shortage major', 'measures'),
  'S-8': r('创业人才与创新创业中介服务人才', 'Entrepreneur or innovation-intermediary talent', 'measures'),
  'S-9': r('社保缴费基数倍数', 'Social-insurance base multiple', 'measures'),
  'S-10': r('特定公共服务领域', 'Public-service fields', 'measures'),
  'S-11': r('远郊重点区域', 'Key remote-suburb areas', 'measures'),
  'S-12': r('全日制应届高校毕业生', 'Full-time fresh graduate', 'measures'),
  'S-13': r('表彰奖励', 'Commendations', 'measures'),
  'S-14': r('配偶为上海户籍', 'Spouse with Shanghai hukou', 'measures'),
  'S-15': r('投资纳税或带动本地就业', 'Investment and tax, or local hiring', 'measures'),
  'S-16': r('减分与一票否决', 'Deductions and vetoes', 'measures'),
  'S-17': r('积分测评明细', 'Explained assessment', 'measures'),
  'D-1': r('工作日按国务院放假安排', 'Working days per the State Council notice', 'national'),
  'D-2': r('N个工作日自次一工作日起算', 'N working days count from the next working day', 'practice'),
  'D-3': r('月末与2月29日的日期运算', 'Month-end and 29 February arithmetic', 'practice'),
  'I-1': r('公民身份号码校验', 'Resident ID number check', 'national'),
  'I-2': r('统一社会信用代码校验', 'Unified social credit code check', 'national'),
  'I-3': r('大陆手机号码', 'Mainland mobile number', 'practice'),
  'PI-1': r('个人信息加密、脱敏与审计', 'Personal data encrypted, masked, audited', 'national'),
  'PI-2': r('敏感个人信息单独同意', 'Sensitive personal data needs separate consent', 'national'),
  'PI-3': r('咨询回访需明确同意', 'Consultation call-back needs explicit consent', 'national'),
} as const satisfies Record<RuleId, RuleEntry>;

export type KnownRuleId = keyof typeof RULES;

export function isKnownRuleId(id: string): id is KnownRuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
