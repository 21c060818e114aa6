import type { Translation } from '../types.ts';

/** ids: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  uscc: {
    manualHint: '如确认代码无误，请提交营业执照复印件，由人才服务中心人工核验。',
    length: '应为18位，实际为{{length}}位',
    chars: '第{{position}}位“{{char}}”不是允许的字符（不含I、O、Z、S、V）',
    region: '第3-8位行政区划码应为数字',
    checkChar: '校验码错误：最后一位应为 {{expected}}，实际为 {{actual}}',
    invalid: '统一社会信用代码{{problem}}。{{hint}}',
  },
  mobile: {
    invalid: '手机号码无效：应为以1开头的11位数字',
  },
  residentId: {
    length: '应为18位，实际为{{length}}位',
    format: '前17位须为数字，最后一位为数字或X',
    address: '地址码（前6位）无效',
    birthDate: '出生日期 {{date}} 无效',
    checkChar: '校验码错误：最后一位应为 {{expected}}，实际为 {{actual}}',
    invalid: '身份证号码{{problem}}',
  },
} as const;

const en: Translation<typeof zh> = {
  uscc: {
    manualHint:
      'If the code is correct as printed, submit a copy of the business licence for manual verification at the talent service centre.',
    length: 'must have 18 characters, got {{length}}',
    chars: 'has a character not allowed at position {{position}}: "{{char}}" (I, O, Z, S, V are never used)',
    region: 'must have digits in positions 3-8 (region code)',
    checkChar: 'fails the check: the last character should be {{expected}}, got {{actual}}',
    invalid: 'Unified social credit code {{problem}}. {{hint}}',
  },
  mobile: {
    invalid: 'Invalid mobile number: expected 11 digits starting with 1',
  },
  residentId: {
    length: 'must have 18 characters, got {{length}}',
    format: 'must be 17 digits followed by a digit or X',
    address: 'has an invalid address code (first 6 digits)',
    birthDate: 'has an invalid birth date {{date}}',
    checkChar: 'fails the check: the last character should be {{expected}}, got {{actual}}',
    invalid: 'Resident ID number {{problem}}',
  },
};

export const idsMessages = { zh, en };
