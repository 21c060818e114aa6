import type { Translation } from '../types.ts';

/** policy: loading and choosing the policy versions and the wage table (P-1..P-3, S-9), the Chinese (the source) and the English. */
const zh = {
  invalidData: '{{what}} 数据无效：{{issues}}',
  version: {
    inconsistent: '政策版本 {{id}}：{{problem}}',
    endsBeforeStart: '失效日期早于生效日期',
    graceNotClearing: 'graceDays 必须等于 pointsClearedAfterDays（补办期结束即积分清零）',
    reapplyBeforeClearing: 'permitReapplyAfterDays 不得小于 pointsClearedAfterDays',
    none: '没有任何政策版本',
    idTwice: '版本编号重复',
    overlaps: '生效期与 {{prev}} 重叠（{{prev}} 至 {{prevTo}}，{{id}} 自 {{from}}）',
    openEnded: '无限期',
    noneInForce: '{{asOf}} 没有生效的积分政策版本（已加载：{{ranges}}）',
    unknownId: '未找到政策版本“{{id}}”（已加载：{{loaded}}）',
  },
  wage: {
    yearTwice: '工资表中{{year}}年出现多次',
    appliesTooEarly: '工资表中{{year}}年的适用起始月{{appliesFrom}}须在{{announced}}年或之后（次年公布）',
    yearMissing: '缺少上海市{{year}}年度职工月平均工资数据，无法计算社保基数倍数',
  },
} as const;

const en: Translation<typeof zh> = {
  invalidData: '{{what}} data is invalid: {{issues}}',
  version: {
    inconsistent: 'Policy version {{id}}: {{problem}}',
    endsBeforeStart: 'effectiveTo is before effectiveFrom',
    graceNotClearing: 'graceDays must equal pointsClearedAfterDays (clearing starts when the late window ends)',
    reapplyBeforeClearing: 'permitReapplyAfterDays must not be less than pointsClearedAfterDays',
    none: 'no policy version given',
    idTwice: 'the id is used twice',
    overlaps: 'in force at the same time as {{prev}} ({{prev}} to {{prevTo}}, {{id}} from {{from}})',
    openEnded: 'open-ended',
    noneInForce: 'No points policy version is in force on {{asOf}} (loaded: {{ranges}})',
    unknownId: 'Unknown policy version "{{id}}" (loaded: {{loaded}})',
  },
  wage: {
    yearTwice: 'The wage table lists {{year}} more than once',
    appliesTooEarly:
      "The wage table's {{year}} figure cannot apply from {{appliesFrom}}: it is announced in {{announced}} at the earliest",
    yearMissing:
      "Shanghai's average monthly wage for {{year}} is not in the wage table; the social-insurance base multiple cannot be computed",
  },
};

export const policyMessages = { zh, en };
