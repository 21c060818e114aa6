import type { Translation } from '../types.ts';

/** materials (R-1, R-2, M-1..M-5): the Chinese texts (the source) and the English, key for key. */
const zh = {
  where: {
    online:
      '网上办理：持证人或单位登录积分系统更新信息并提交，系统自动审核，通过后可在线打印积分通知单，无需现场提交材料',
    inPerson: '新单位人事专员本人携材料到区人才服务中心现场办理，之后流程同单位未变更',
  },
  item: {
    holderIdCard: '持证人身份证',
    residencePermit: '居住证',
    labourContract: '与新单位签订的劳动合同',
    terminationRecord: '原单位退工单',
    businessLicence: '营业执照（或事业单位法人证书）',
    usccCertificate: '统一社会信用代码证书',
    introductionLetter: '单位介绍信',
    hrIdCard: '人事专员身份证',
  },
  requirement: {
    originalAndCopy: '原件及复印件',
    permit: '原件及复印件，须在有效期内',
    contract: '原件及复印件；期限不少于{{minMonths}}个月，办理当日剩余期限不少于{{minRemainingMonths}}个月',
    terminationRecord: '原件及复印件，须载明退工日期',
    sealedCopy: '复印件，加盖新单位公章',
    introductionLetter: '原件，写明经办人事专员姓名及办理事项',
    hrIdCard: '原件及复印件；须人事专员本人到场',
  },
  problem: {
    returned: '{{ruleId}} {{problem}}，申请将被退回（退回）补正',
    missing: '缺少{{name}}（{{requirement}}）',
    noOriginal: '{{name}}未出示原件',
    noCopy: '{{name}}缺少复印件',
    unsealed: '{{name}}复印件未加盖新单位公章',
    contractNoDates: '劳动合同未载明起止日期',
    contractEndsBeforeStart: '劳动合同终止日期{{end}}早于起始日期{{start}}',
    contractTooShort: '劳动合同期限{{start}}至{{end}}不足{{minMonths}}个月',
    contractRemainder: '办理当日（{{visitDate}}）劳动合同剩余期限不足{{minRemainingMonths}}个月（至{{end}}）',
    noLeaveDate: '退工单未载明退工日期',
    permitExpired: '居住证已于{{validUntil}}到期，不在有效期内',
    permitNoValidity: '居住证有效期未载明',
    hrInPerson: '须由人事专员本人到场办理',
  },
} as const;

const en: Translation<typeof zh> = {
  where: {
    online:
      'Online: the holder or the employer logs in, updates the information and submits; the system checks it and the points notice can be printed online. No materials, no counter visit',
    inPerson:
      "The new employer's HR specialist goes in person to the district talent service centre with the materials; afterwards the flow is as for an unchanged employer",
  },
  item: {
    holderIdCard: "Holder's ID card",
    residencePermit: 'Residence permit',
    labourContract: 'Labour contract with the new employer',
    terminationRecord: "Previous employer's termination record (退工单)",
    businessLicence: 'Business licence (or public-institution legal-person certificate)',
    usccCertificate: 'Unified social credit code certificate',
    introductionLetter: 'Introduction letter from the employer',
    hrIdCard: "HR specialist's ID card",
  },
  requirement: {
    originalAndCopy: 'original and copy',
    permit: 'original and copy, within its validity',
    contract:
      'original and copy; at least {{minMonths}} months long, with at least {{minRemainingMonths}} months still to run on the day of the visit',
    terminationRecord: 'original and copy, showing the leave date',
    sealedCopy: "copy stamped with the new employer's seal",
    introductionLetter: 'original, naming the HR specialist and the matter',
    hrIdCard: 'original and copy; the HR specialist must come in person',
  },
  problem: {
    returned: '{{ruleId}} {{problem}}; the application would be returned (退回) for correction',
    missing: '{{name}} is missing ({{requirement}})',
    noOriginal: '{{name}}: the original was not shown',
    noCopy: '{{name}}: the copy is missing',
    unsealed: "{{name}}: the copy lacks the new employer's seal",
    contractNoDates: 'the labour contract shows no start and end dates',
    contractEndsBeforeStart: 'the labour contract ends ({{end}}) before it starts ({{start}})',
    contractTooShort: 'the labour contract {{start}}..{{end}} is shorter than {{minMonths}} months',
    contractRemainder:
      'on the day of the visit ({{visitDate}}) fewer than {{minRemainingMonths}} months of the labour contract remain (it ends {{end}})',
    noLeaveDate: 'the termination record does not show the leave date',
    permitExpired: 'the residence permit expired on {{validUntil}}',
    permitNoValidity: 'the residence permit shows no validity',
    hrInPerson: 'the HR specialist must come in person',
  },
};

export const materialsMessages = { zh, en };
