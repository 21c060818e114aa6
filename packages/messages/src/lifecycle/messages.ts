import type { Translation } from '../types.ts';

/** lifecycle: the permit and points lifecycle (L-1..L-8), the Chinese (the source) and the English typed by it. */
const zh = {
  state: {
    valid: '有效（尚未进入续办期）',
    renewalWindow: '最佳续办期（到期前）',
    grace: '已过期，处于逾期补办期',
    pointsCleared: '积分已清零，需重新申请积分；居住证仍可签注',
    permitLapsed: '需重新办理居住证',
  },
  deadline: {
    windowOpens: '{{date}} 起可续办（L-2）',
    renewBy: '请于 {{date}} 前（含当日）续办（L-2）',
    lateRenewalEnds: '逾期补办最后一天 {{date}}，之后积分清零（L-3、L-4）',
    permitEndorsableEnds: '居住证可签注最后一天 {{date}}，之后需重新办理居住证（L-5）',
  },
  timeline: {
    windowOpens: '{{date}} 续办期开始',
    expiry: '{{date}} 居住证及积分到期（最后有效日）',
    lateWindowLastDay: '{{date}} 逾期补办最后一天',
    pointsCleared: '{{date}} 起积分清零',
    permitLapsed: '{{date}} 起需重新办理居住证',
  },
  benefit: {
    schoolEntrance: '子女入学（含在沪参加中考、高考）',
    medicalReimbursement: '医保报销',
    housingPurchase: '购房资格',
    hukouAccumulation: '积分失效期间缴纳的社保可能不计入落户累计',
  },
  restoredBy: {
    valid: '按时签注居住证并续办积分，待遇不中断',
    renewalWindow: '到期前签注居住证并续办积分，待遇不中断',
    grace: '签注居住证并续办积分后恢复（逾期补办期内无需重新申请）',
    pointsCleared: '签注居住证后重新申请积分，获批后恢复',
    permitLapsed: '重新办理居住证并重新申请积分，获批后恢复',
  },
  holdingYears: {
    continueWhileValid: '在有效期内续办，居住证持有年限连续计算',
    lateKeeps: '逾期补办期内续办，按本政策版本持有年限连续计算',
    lateRestarts: '逾期补办期内可续办，但居住证持有年限重新计算',
    pastLateWindow: '逾期超过补办期，积分清零，持有年限重新计算',
  },
  reminder: {
    noDeadlineLeft: '已无可办理期限',
    lastDay: '今天是最后一天',
    oneDayLeft: '还剩{{left}}天',
    daysLeft: '还剩{{left}}天',
    stateName: {
      valid: '有效',
      renewalWindow: '续办期',
      grace: '逾期补办期',
      pointsCleared: '积分已清零',
      permitLapsed: '需重新办理居住证',
    },
    notInPolicy: '政策版本 {{policyId}} 未设此提醒（P-2）',
    notDueYet: '提醒日 {{dueOn}} 尚未到',
    noLongerTrue: '{{sendOn}} 补发时已不适用：提醒针对“{{dueState}}”，当日状态为“{{state}}”（{{ruleId}}），未发送',
  },
  permitSync: {
    advice:
      '居住证已于 {{endorsedOn}} 签注，约 {{workingDays}} 个工作日后（{{syncDate}} 起）同步至积分系统，建议届时再提交积分续办',
    adviceWithoutDate:
      '居住证已于 {{endorsedOn}} 签注，约 {{workingDays}} 个工作日后同步至积分系统，建议届时再提交积分续办；具体日期暂时无法算出：{{missing}}（P-2）',
  },
  endorsement: {
    afterToday: '签注日期不能晚于今天',
    afterTodayField: '签注日期 {{endorsedOn}} 晚于今天 {{today}}',
    beforeIssue: '签注日期早于当前居住证的签发日期',
    beforeIssueField: '签注日期须不早于 {{issuedOn}}',
    mustReapply: '居住证已过期 {{days}} 天，超过 {{limit}} 天不能签注，须重新申领居住证',
    pointsCleared: '逾期 {{days}} 天（超过 {{limit}} 天），积分已清零：居住证可签注，但须重新申请积分',
    newExpiryInvalid: '新有效期 {{newExpiresOn}} 不是有效日期',
    newExpiryNotAfterEndorsement: '新有效期须晚于签注日期 {{endorsedOn}}',
    newExpiryNotAfterOld: '新有效期须晚于原有效期 {{expiresOn}}',
    newExpiryTooLate: '居住证有效期为 {{months}} 个月，新有效期最晚为 {{latest}}',
    validityImpossible: '签注后的有效期不正确',
  },
} as const;

const en: Translation<typeof zh> = {
  state: {
    valid: 'Valid; renewal window not open yet',
    renewalWindow: 'Renewal window open',
    grace: 'Expired; late-renewal window',
    pointsCleared: 'Points cleared: a new points application is needed; the permit can still be endorsed',
    permitLapsed: 'The residence permit must be applied for again',
  },
  deadline: {
    windowOpens: 'Renewal window opens on {{date}} (L-2)',
    renewBy: 'Renew by {{date}}, inclusive (L-2)',
    lateRenewalEnds: 'Last day of late renewal {{date}}; points are cleared after it (L-3, L-4)',
    permitEndorsableEnds:
      'Last day the permit can be endorsed {{date}}; after it the permit must be applied for again (L-5)',
  },
  timeline: {
    windowOpens: '{{date}} renewal window opens',
    expiry: '{{date}} permit and points expire (last valid day)',
    lateWindowLastDay: '{{date}} last day of late renewal',
    pointsCleared: '{{date}} points cleared from this day',
    permitLapsed: '{{date}} permit must be applied for again from this day',
  },
  benefit: {
    schoolEntrance: "Children's school entrance (incl. zhongkao/gaokao in Shanghai)",
    medicalReimbursement: 'Medical insurance reimbursement',
    housingPurchase: 'Housing purchase eligibility',
    hukouAccumulation: 'Social insurance paid during the lapse may not count toward hukou',
  },
  restoredBy: {
    valid: 'Endorse the permit and renew the points on time; benefits continue',
    renewalWindow: 'Endorse the permit and renew the points before expiry; benefits continue',
    grace: 'Restored by endorsing the permit and renewing the points (no new application within the late window)',
    pointsCleared: 'Restored after endorsing the permit and a new points application is approved',
    permitLapsed: 'Restored after a new residence permit and a new points application are approved',
  },
  holdingYears: {
    continueWhileValid: 'Renewed while valid: holding years continue',
    lateKeeps: 'Late renewal: this policy version keeps holding years continuous',
    lateRestarts: 'Late renewal is possible, but holding years restart',
    pastLateWindow: 'Past the late window: points cleared and holding years restart',
  },
  reminder: {
    noDeadlineLeft: 'no deadline left',
    lastDay: 'today is the last day',
    oneDayLeft: '{{left}} day left',
    daysLeft: '{{left}} days left',
    stateName: {
      valid: 'valid',
      renewalWindow: 'the renewal window',
      grace: 'the late-renewal window',
      pointsCleared: 'points cleared',
      permitLapsed: 'the permit must be applied for again',
    },
    notInPolicy: 'Policy version {{policyId}} has no such reminder (P-2)',
    notDueYet: 'Not due until {{dueOn}}',
    noLongerTrue:
      'No longer true on {{sendOn}}, when it was caught up: it is about {{dueState}}, and that day the state is {{state}} ({{ruleId}}); not sent',
  },
  permitSync: {
    advice:
      'Permit endorsed on {{endorsedOn}}; it reaches the points system after about {{workingDays}} working days (from {{syncDate}}). Submit the points renewal from then.',
    adviceWithoutDate:
      'Permit endorsed on {{endorsedOn}}; it reaches the points system after about {{workingDays}} working days. Submit the points renewal from then. The date cannot be worked out yet: {{missing}} (P-2)',
  },
  endorsement: {
    afterToday: 'The endorsement date cannot be after today',
    afterTodayField: 'endorsedOn {{endorsedOn}} is after today {{today}}',
    beforeIssue: 'The endorsement date is before the current permit was issued',
    beforeIssueField: 'endorsedOn must be on or after {{issuedOn}}',
    mustReapply:
      'The permit expired {{days}} days ago; after {{limit}} days it cannot be endorsed: apply for a new residence permit',
    pointsCleared:
      '{{days}} days overdue (more than {{limit}}): points are cleared; the permit is endorsed but a new points application is needed',
    newExpiryInvalid: 'newExpiresOn {{newExpiresOn}} is not a valid date',
    newExpiryNotAfterEndorsement: 'newExpiresOn must be after the endorsement date {{endorsedOn}}',
    newExpiryNotAfterOld: 'newExpiresOn must be after the previous expiry {{expiresOn}}',
    newExpiryTooLate: 'A permit period is {{months}} months: newExpiresOn can be {{latest}} at the latest',
    validityImpossible: 'The renewed validity is not possible',
  },
};

export const lifecycleMessages = { zh, en };
