import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts of the clerk's lookup and endorsement (I-1, L-2..L-7), merged in under `endorsement.*`. */
const zh = {
  endorsement: {
    intro: '输入持证人的公民身份号码，查看居住证及其状态，办理居住证签注（L-7）。签注后约3个工作日数据同步至积分系统。',
    residentId: '身份证号码',
    residentIdRequired: '请输入身份证号码',
    lookup: '查询',
    noPermit: '该持证人没有居住证记录，不能签注。',
    endorseTitle: '办理居住证签注（L-7）',
    endorsedOn: '签注日期',
    endorsedOnRequired: '请选择签注日期',
    notInFuture: '签注日期不能晚于今天',
    newExpiresOn: '新的有效期至',
    newExpiresOnRequired: '请选择新的有效期',
    endorse: '办理签注',
    endorsed: '签注成功，居住证有效期至 {{date}}',
    expiryRange: '按本次签注日期，新的有效期可选 {{from}} 至 {{to}}（L-7）',
    confirmTitle: '确认办理签注？',
    confirmText: '签注保存后将写入持证人的居住证记录并留痕审计，请核对：',
    confirmOk: '确认签注',
    outcomeLabel: '签注结果',
    outcome: {
      continuous: '按期签注：持有年限连续计算；积分须提交续办获批后才延至新的有效期（L-7）',
      years_restart: '逾期 {{days}} 天，在补办期内：可以签注，但居住证持有年限重新计算',
      new_application: '逾期 {{days}} 天，积分已清零：可以签注，持有年限重新计算，积分须重新申请',
    },
  },
  clerkNew: {
    title: '登记新办居住证',
    intro:
      '居住证逾期超过90天（L-5），不能签注，须重新办理居住证。请登记新办的居住证：居住证持有年限自签发之日起重新计算，原积分已清零，须由用人单位以首次申请重新申请积分。',
    permitNo: '居住证号码',
    permitNoRequired: '请输入新居住证的号码',
    issuedOn: '签发日期',
    expiresOn: '有效期至',
    dateRequired: '请选择日期',
    expiryRange: '有效期至须晚于签发日期，且不晚于 {{latest}}（一个居住证期限）',
    submit: '登记新办居住证',
    confirmTitle: '确认登记新办居住证？',
    confirmText:
      '居住证号码 {{permitNo}}，签发日期 {{issuedOn}}，有效期至 {{expiresOn}}。保存后写入持证人的居住证记录并留痕审计，持有年限重新计算。',
    confirmOk: '确认登记',
    done: '已登记新办居住证，有效期至 {{date}}',
  },
  clerk: {
    title: '社区事务受理服务中心',
    centreIntro: '您在{{centre}}（{{district}}）为持证人办理业务。',
    endorsementLater: '居住证签注将在后续版本上线',
    endorsementHint:
      '届时您将在此为持证人办理居住证签注（L-7）：签注会刷新居住证有效期，是积分续办的前提；续签后的数据约 3 个工作日同步到积分系统。',
    lookupTitle: '持证人查询',
    lookupNotAllowed: '当前版本中受理中心暂不能查询持证人名单；签注功能上线后将按签注业务开放查询。',
  },
};

const en: Texts<typeof zh> = {
  endorsement: {
    intro:
      "Enter the holder's resident ID number to see the permit and its state, and record an endorsement (L-7). The renewed permit reaches the points system after about 3 working days.",
    residentId: 'Resident ID',
    residentIdRequired: 'Enter the resident ID number',
    lookup: 'Look up',
    noPermit: 'This holder has no residence permit on file; nothing to endorse.',
    endorseTitle: 'Endorse the residence permit (L-7)',
    endorsedOn: 'Endorsed on',
    endorsedOnRequired: 'Choose the endorsement date',
    notInFuture: 'The endorsement date cannot be after today',
    newExpiresOn: 'New expiry date',
    newExpiresOnRequired: 'Choose the new expiry date',
    endorse: 'Endorse',
    endorsed: 'Endorsed; the permit is valid until {{date}}',
    expiryRange: 'For this endorsement date the new expiry can be {{from}} to {{to}} (L-7)',
    confirmTitle: 'Store this endorsement?',
    confirmText: "Once stored, the endorsement is written to the holder's permit record and audited. Check:",
    confirmOk: 'Confirm endorsement',
    outcomeLabel: 'Outcome',
    outcome: {
      continuous:
        'On time: holding years continue; the points move to the new expiry only once a renewal is approved (L-7)',
      years_restart:
        '{{days}} days overdue, within the late window: can be endorsed, but the permit holding years restart',
      new_application:
        '{{days}} days overdue, points cleared: can be endorsed, holding years restart and the points need a new application',
    },
  },
  clerkNew: {
    title: 'Record a newly issued permit',
    intro:
      'The permit is more than 90 days overdue (L-5): it cannot be endorsed and must be issued anew. Record the new permit: the holding years restart from its issue day, the former points are cleared, and the employer makes a first points application.',
    permitNo: 'Permit number',
    permitNoRequired: "Enter the new permit's number",
    issuedOn: 'Issued on',
    expiresOn: 'Valid until',
    dateRequired: 'Choose a date',
    expiryRange: 'The expiry must be after the issue date and no later than {{latest}} (one permit period)',
    submit: 'Record the new permit',
    confirmTitle: 'Record this newly issued permit?',
    confirmText:
      "Permit {{permitNo}}, issued on {{issuedOn}}, valid until {{expiresOn}}. Once stored it is written to the holder's permit record and audited; the holding years restart.",
    confirmOk: 'Confirm',
    done: 'Newly issued permit recorded, valid until {{date}}',
  },
  clerk: {
    title: 'Community affairs acceptance centre',
    centreIntro: 'You serve permit holders at {{centre}} ({{district}}).',
    endorsementLater: 'Permit endorsement arrives in a later release',
    endorsementHint:
      'You will endorse residence permits here (L-7): endorsement refreshes the permit and comes before a points renewal; the renewed permit reaches the points system after about 3 working days.',
    lookupTitle: 'Find a permit holder',
    lookupNotAllowed:
      'In this release a centre cannot list permit holders; the lookup opens together with endorsement.',
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
