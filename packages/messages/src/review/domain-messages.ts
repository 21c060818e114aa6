import type { Translation } from '../types.ts';

/**
 * review, the domain's part (R-3 indicator decisions, C-5 findings): kept
 * apart from the server's review texts so that the domain's entry, which the
 * browser loads, carries only these. The whole catalog joins both under
 * `review`; their keys never overlap (catalog.test.ts).
 */
const zh = {
  indicator: {
    adjustmentInvalid: '指标“{{indicator}}”的调整值无效：请选择低于申报值的等级或年限，或改为“不予认定”',
    reasonRequired: '请填写对指标“{{indicator}}”的审核理由，持证人和单位将看到该理由',
  },
  falseMaterial: {
    finding:
      'C-5 提供虚假材料（认定日期{{foundOn}}）：积分扣{{penalty}}分（计至{{countsUntil}}，含当日），{{barYears}}年内不得申请积分，{{barredUntil}}起可再申请',
  },
} as const;

const en: Translation<typeof zh> = {
  indicator: {
    adjustmentInvalid:
      'The adjusted value of indicator "{{indicator}}" is not valid: choose a level or number of years below the claimed one, or reject the indicator instead',
    reasonRequired: 'Give the reason for your decision on indicator "{{indicator}}"; the holder and HR will read it',
  },
  falseMaterial: {
    finding:
      'C-5 false materials (found on {{foundOn}}): {{penalty}} points deducted (counted up to and including {{countsUntil}}); no points application for {{barYears}} years, possible again from {{barredUntil}}',
  },
};

export const reviewDomainMessages = { zh, en };
