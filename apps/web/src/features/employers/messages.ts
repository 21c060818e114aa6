import { i18n } from '../../i18n/i18n.ts';

/** What an HR specialist of an employer that is not verified yet can expect, merged in under `hrPending.*`. */
const zh = {
  hrPending: {
    pendingShort: '须经认证的用人单位才能注册持证人、提交积分申请（R-4）。',
    rejectedShort: '区人才服务中心未通过本单位的认证（R-4）。',
    nextTitle: '接下来怎么办',
    stepVisit:
      '经办人携带营业执照、统一社会信用代码证书复印件（加盖公章）及单位介绍信，到单位注册地所在区的人才服务中心现场认证。',
    stepResult: '中心核对原件后当场办理认证；结果在您下次登录时显示在本页。',
    stepAfter: '认证通过后，您可以注册本单位持证人、申报积分指标并提交积分申请。在此之前这些功能不可用。',
    stepRejected: '按区人才服务中心给出的原因补正材料后，再到中心现场办理认证。',
    applicationsLocked: '本单位认证通过后才能查看和新建积分申请（R-4）。',
  },
};

const en: typeof zh = {
  hrPending: {
    pendingShort: 'Only a verified employer can register holders and submit points applications (R-4).',
    rejectedShort: 'The district talent service centre did not verify your employer (R-4).',
    nextTitle: 'What happens next',
    stepVisit:
      'Bring the business licence, the credit code certificate (copies with the company seal) and an introduction letter to the talent service centre of the district where the employer is registered.',
    stepResult:
      'The centre checks the originals and verifies the employer there and then; the result shows on this page the next time you sign in.',
    stepAfter:
      'Once verified, you can register your permit holders, declare their points claims and submit points applications. Until then these are not available.',
    stepRejected: 'Correct the materials as the district talent service centre explained, then visit the centre again.',
    applicationsLocked: 'Points applications can be viewed and created once your employer is verified (R-4).',
  },
};

i18n.addResourceBundle('zh-CN', 'translation', zh, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
export const HR_PENDING_MESSAGES = { zh, en };
