import type { Translation } from '../types.ts';

/** permits: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  issuedAfterToday: '签发日期 {{issuedOn}} 晚于今天 {{today}}',
  issuedTooLongAgo: '签发日期须在最近30天内：更早签发的居住证请按当时日期办理',
  expiresOnRange: '有效期至须晚于签发日期，且不晚于 {{latest}}（一个居住证期限）',
  newPermitRecorded: '已登记新办居住证，有效期至 {{expiresOn}}；居住证持有年限自 {{issuedOn}} 起重新计算（L-5）',
  pointsClearedFirstApplication: '原积分已清零：须由用人单位以首次申请重新申请积分',
  noPermit: '该持证人没有居住证记录，须先申领居住证',
} as const;

const en: Translation<typeof zh> = {
  issuedAfterToday: 'issuedOn {{issuedOn}} is after today {{today}}',
  issuedTooLongAgo: 'The issue date must be within the last 30 days',
  expiresOnRange: 'expiresOn must be after the issue date and no later than {{latest}} (one permit period)',
  newPermitRecorded:
    'The newly issued permit is recorded, valid until {{expiresOn}}; the holding years restart from {{issuedOn}} (L-5)',
  pointsClearedFirstApplication: 'The former points are cleared: the employer makes a first points application',
  noPermit: 'This holder has no residence permit on file: apply for one first',
};

export const permitsMessages = { zh, en };
