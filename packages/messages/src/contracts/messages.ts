import type { Translation } from '../types.ts';

/**
 * contracts: the texts of the API schemas' own checks, the Chinese (the
 * source) and the English typed by it. A schema names a key
 * (`{ error: 'password.weak' }`); the API puts in its text, so a form and
 * the API say the same words. Shared with the web through
 * `@jifen/messages/contracts`, which carries these texts only.
 */
const zh = {
  password: {
    weak: '密码至少 10 位，且须同时包含字母和数字',
    same: '新密码不能与当前密码相同',
  },
  username: {
    format: '用户名须为 3-40 位小写字母、数字或 . _ -',
  },
  uscc: {
    format: '统一社会信用代码须为 18 位数字或大写字母',
  },
  mobile: {
    format: '手机号须为以 1 开头的 11 位数字',
  },
  district: {
    format: '区代码须为 6 位数字',
  },
  date: {
    format: '日期格式须为 YYYY-MM-DD',
    range: '日期须在 1900-01-01 至 2099-12-31 之间',
    invalid: '日期不存在，请填写真实的日历日期（YYYY-MM-DD）',
  },
  text: {
    blank: '不能为空',
    malformed: '文本含有无效的 Unicode 字符（孤立的代理项）',
    control: '文本含有不允许的控制字符',
  },
  month: {
    range: '月份须在 1900-01 至 2099-12 之间',
  },
  reference: {
    format: '查询码格式为 XXXXX-XXXXX（10 位字母或数字）',
  },
  consent: {
    required: '请阅读并同意《隐私保护声明》',
  },
  residentId: {
    format: '身份证号码须为 18 位：17 位数字加 1 位数字或 X',
  },
  records: {
    duplicateMonth: '同一月份只能出现一次',
  },
  consultation: {
    emptyUpdate: '请填写新的状态或备注',
  },
  audit: {
    action: '没有这种审计操作',
    range: '结束日期不能早于开始日期',
  },
  consult: {
    mobileForSms: '要接收短信提醒，请填写手机号码；不需要短信可取消勾选',
    smsCode: '请输入短信中的 6 位数字验证码',
  },
  rule: {
    format: '规则编号格式如 L-4、PI-1（见规则手册）',
  },
  knowledge: {
    slug: '标识只能用小写字母、数字和连字符，如 points-cleared',
    ruleIds: '每个条目至少要写明一条所依据的规则编号',
  },
  activation: {
    token: '激活链接无效，请使用短信中的完整链接',
  },
  notice: {
    code: '通知单核验码格式无效，请扫描二维码或完整输入网址',
  },
  paging: {
    page: '页码须为 1 至 100000 之间的整数',
    pageSize: '每页条数须为 1 至 200 之间的整数',
  },
  policy: {
    id: '版本编号须为 2-39 位小写字母、数字或连字符，以字母或数字开头',
    path: '参数路径须为 lifecycle、workflow、materials、compliance 或 points 下的参数名',
  },
} as const;

const en: Translation<typeof zh> = {
  password: {
    weak: 'The password needs at least 10 characters with both letters and digits',
    same: 'The new password must differ from the current one',
  },
  username: {
    format: 'The username takes 3-40 lower-case letters, digits or . _ -',
  },
  uscc: {
    format: 'A unified social credit code has 18 digits or capital letters',
  },
  mobile: {
    format: 'A mobile number has 11 digits and starts with 1',
  },
  district: {
    format: 'A district code has 6 digits',
  },
  date: {
    format: 'Dates are written YYYY-MM-DD',
    range: 'Dates must fall between 1900-01-01 and 2099-12-31',
    invalid: 'No such date; give a real calendar date (YYYY-MM-DD)',
  },
  text: {
    blank: 'Must not be empty',
    malformed: 'The text contains invalid Unicode (a lone surrogate)',
    control: 'The text contains control characters that are not allowed',
  },
  month: {
    range: 'Months must fall between 1900-01 and 2099-12',
  },
  reference: {
    format: 'A reference code looks like XXXXX-XXXXX (10 letters or digits)',
  },
  consent: {
    required: 'Please read and agree to the privacy notice',
  },
  residentId: {
    format: 'A resident ID number has 18 characters: 17 digits and a digit or X',
  },
  records: {
    duplicateMonth: 'Each month may appear only once',
  },
  consultation: {
    emptyUpdate: 'Give a new status or a note',
  },
  audit: {
    action: 'There is no such audit action',
    range: 'The end date cannot be before the start date',
  },
  consult: {
    mobileForSms: 'Give a mobile number for the SMS, or untick the SMS box',
    smsCode: 'Enter the 6-digit code from the SMS',
  },
  rule: {
    format: 'A rule ID looks like L-4 or PI-1 (see the rule book)',
  },
  knowledge: {
    slug: 'The identifier takes lower-case letters, digits and hyphens, e.g. points-cleared',
    ruleIds: 'Name at least one rule ID the entry rests on',
  },
  activation: {
    token: 'The activation link is not valid; use the whole link from the SMS',
  },
  notice: {
    code: 'The notice verification code is malformed; scan the QR code or type the whole address',
  },
  paging: {
    page: 'The page number is a whole number from 1 to 100,000',
    pageSize: 'The page size is a whole number from 1 to 200',
  },
  policy: {
    id: 'A version id takes 2-39 lower-case letters, digits or hyphens, starting with a letter or digit',
    path: 'A parameter path is a parameter name under lifecycle, workflow, materials, compliance or points',
  },
};

export const contractsMessages = { zh, en };
