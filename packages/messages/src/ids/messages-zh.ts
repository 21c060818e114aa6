/** ids: the Chinese texts (the source; messages-en.ts has the same keys). */
export const idsZh = {
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
