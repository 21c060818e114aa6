import type { Translation } from '../types.ts';

/** policyData: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  publishedNeedsRevision: '该项已发布，更正须作为新修订并说明理由',
  draftExists: '该项已有一份草稿，请编辑或作废它',
  noSuchVersion: '没有已发布的政策版本“{{basedOn}}”',
  effectiveInPast: '生效日期须晚于今天（{{today}}）：已作出的决定不被改写（P-1）',
  fourEyes: '起草人不能发布自己的草稿，须由另一位管理员审核发布',
  effectiveNoLongerFuture: '生效日期 {{from}} 已不晚于今天，请修改草稿',
  previewWagesOnly: '只有社平工资草稿可以预览积分档次变化',
  draftKeyFixed: '不能修改草稿的年份或版本编号，请新建草稿',
  dateOutsideYear: '日期 {{date}} 不在 {{year}} 年内',
  doesNotLoad: '数据无法与已发布的数据一起加载：{{problem}}',
  wouldNotLoad: '发布后数据无法加载：{{problem}}',
  publishedNoChange: '{{key}}（第{{revision}}版）已发布，不能再修改；更正请新建修订',
  discardedNoChange: '{{key}}（第{{revision}}版）已作废，不能再修改；更正请新建修订',
  noSuchParameter: '没有参数 {{path}}',
  invalidParameters: '参数无效：{{problems}}',
  wageNotice: {
    title: '社平工资发布：{{count}}人积分下降',
    body: '{{year}}年上海市社平工资{{wage}}元已发布，自{{from}}起用于社保基数倍数（S-9）和职称基数条件（S-4）。以下{{count}}人积分下降：\n{{people}}',
    person: '{{name}}（{{residentIdMasked}}）：{{lines}}；总分{{totalBefore}}→{{totalAfter}}{{belowStandard}}',
    belowStandard: '，低于标准分值120',
    line: '{{ruleId}}{{ruleName}} {{before}}→{{after}}分（按新公布的社平工资{{figureAfter}}元，原为{{figureBefore}}元；自{{from}}起缴费基数不低于{{baseToKeep}}元（{{multiple}}倍）可保持）',
    baseMultiple: '社保基数倍数',
    titleOrSkillLevel: '职称/技能等级',
    moreOnRoster: '另有{{more}}人，详见员工名单。',
  },
  pendingAlert: {
    title: '政策数据待发布（P-2）',
    body: '{{applications}}件申请正在等待{{what}}（最早自{{since}}）。请在“政策数据”中录入并由另一位管理员发布，发布后系统即自动计算并通知当事人。',
    calendar: '{{year}}年工作日历',
    wage: '上海市{{year}}年职工月平均工资',
  },
} as const;

const en: Translation<typeof zh> = {
  publishedNeedsRevision: 'This is already published: a correction is a new revision and needs a reason',
  draftExists: 'There is already a draft for this; edit or discard it',
  noSuchVersion: 'No published policy version "{{basedOn}}"',
  effectiveInPast:
    'The effective date must be after today ({{today}}): decisions already made are never rewritten (P-1)',
  fourEyes: 'You drafted this: another administrator must review and publish it',
  effectiveNoLongerFuture: 'The effective date {{from}} is no longer after today; edit the draft',
  previewWagesOnly: 'Only an average-wage draft has a tier preview',
  draftKeyFixed: 'A draft keeps its year or version id; start a new draft instead',
  dateOutsideYear: 'The date {{date}} is not in {{year}}',
  doesNotLoad: 'The data does not load with the published data: {{problem}}',
  wouldNotLoad: 'The data would not load once published: {{problem}}',
  publishedNoChange: '{{key}} revision {{revision}} is published and cannot change; a correction is a new revision',
  discardedNoChange: '{{key}} revision {{revision}} is discarded and cannot change; a correction is a new revision',
  noSuchParameter: 'There is no parameter {{path}}',
  invalidParameters: 'Invalid parameters: {{problems}}',
  wageNotice: {
    title: 'Average wage published: {{count}} lose points',
    body: "Shanghai's {{year}} average wage, {{wage}}, is published and applies from {{from}} to the base multiple (S-9) and the title base condition (S-4). {{count}} of your people lose points:\n{{people}}",
    person: '{{name}} ({{residentIdMasked}}): {{lines}}; total {{totalBefore}}→{{totalAfter}}{{belowStandard}}',
    belowStandard: ', below the standard score of 120',
    line: '{{ruleId}} {{ruleName}} {{before}}→{{after}} points (against the new average wage {{figureAfter}}, was {{figureBefore}}; a contribution base of at least {{baseToKeep}} ({{multiple}}x) from {{from}} keeps it)',
    baseMultiple: 'social-insurance base multiple',
    titleOrSkillLevel: 'title or skill level',
    moreOnRoster: '{{more}} more: see the roster.',
  },
  pendingAlert: {
    title: 'Policy data awaited (P-2)',
    body: '{{applications}} application(s) wait for {{what}} (since {{since}}). Enter it under Policy data and have another administrator publish it; jifen then computes everything pending and tells the people concerned.',
    calendar: 'the {{year}} working-day calendar',
    wage: "Shanghai's {{year}} average wage",
  },
};

export const policyDataMessages = { zh, en };
