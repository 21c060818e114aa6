/** employers: the Chinese texts (the source; messages-en.ts has the same keys). */
export const employersZh = {
  mobileInvalid: '联系人手机号无效',
  unknownDistrict: '区代码无效',
  creditCodeTaken: '该统一社会信用代码已注册',
  alreadyDecided: '该单位已处理（{{status}}）',
  mobileFormat: '手机号须为以 1 开头的 11 位数字（I-3）',
  chooseDistrict: '请选择上海市的区',
  usccChecksum:
    '统一社会信用代码校验未通过：{{problem}}。请核对；如确认无误，可选择“人工核验”提交（manualVerification: true），由区人才服务中心现场核验。',
} as const;
