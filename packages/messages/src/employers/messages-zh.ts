/** employers: the Chinese texts (the source; messages-en.ts has the same keys). */
export const employersZh = {
  mobileInvalid: '联系人手机号无效',
  unknownDistrict: '区代码无效',
  creditCodeTaken: '该统一社会信用代码已注册',
  alreadyDecided: '该单位已处理（{{status}}）',
} as const;
