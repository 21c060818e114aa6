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
};

export const policyDataMessages = { zh, en };
