import type { Translation } from '../types.ts';

/** employers: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  mobileInvalid: '联系人手机号无效',
  unknownDistrict: '区代码无效',
  creditCodeTaken: '该统一社会信用代码已注册',
  alreadyDecided: '该单位已处理（{{status}}）',
  mobileFormat: '手机号须为以 1 开头的 11 位数字（I-3）',
  chooseDistrict: '请选择上海市的区',
  usccChecksum:
    '统一社会信用代码校验未通过：{{problem}}。请核对；如确认无误，可选择“人工核验”提交（manualVerification: true），由区人才服务中心现场核验。',
} as const;

const en: Translation<typeof zh> = {
  mobileInvalid: 'The contact mobile number is invalid',
  unknownDistrict: 'Unknown district',
  creditCodeTaken: 'This credit code is already registered',
  alreadyDecided: 'The employer was already decided ({{status}})',
  mobileFormat: 'A mobile number has 11 digits and starts with 1 (I-3)',
  chooseDistrict: 'Choose a Shanghai district',
  usccChecksum:
    'The unified social credit code fails its check: {{problem}}. Check it; if it is right, submit with manual verification (manualVerification: true) and the district talent centre verifies it in person.',
};

export const employersMessages = { zh, en };
