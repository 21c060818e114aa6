import { z } from 'zod';

/** Languages the API answers in: zh-CN by default, English on request. */
export type Lang = 'zh' | 'en';

/**
 * Messages of the custom checks in these schemas. A schema names a key
 * (`{ error: 'password.weak' }`); `localizeIssue` turns it into text, so the
 * API and the web show the same words in both languages.
 */
export const CONTRACT_MESSAGES = {
  'password.weak': {
    zh: '密码至少 10 位，且须同时包含字母和数字',
    en: 'The password needs at least 10 characters with both letters and digits',
  },
  'username.format': {
    zh: '用户名须为 3-40 位小写字母、数字或 . _ -',
    en: 'The username takes 3-40 lower-case letters, digits or . _ -',
  },
  'uscc.format': {
    zh: '统一社会信用代码须为 18 位数字或大写字母',
    en: 'A unified social credit code has 18 digits or capital letters',
  },
  'mobile.format': {
    zh: '手机号须为以 1 开头的 11 位数字',
    en: 'A mobile number has 11 digits and starts with 1',
  },
  'district.format': {
    zh: '区代码须为 6 位数字',
    en: 'A district code has 6 digits',
  },
  'date.format': {
    zh: '日期格式须为 YYYY-MM-DD',
    en: 'Dates are written YYYY-MM-DD',
  },
  'text.blank': {
    zh: '不能为空',
    en: 'Must not be empty',
  },
  'text.malformed': {
    zh: '文本含有无效的 Unicode 字符（孤立的代理项）',
    en: 'The text contains invalid Unicode (a lone surrogate)',
  },
  'text.control': {
    zh: '文本含有不允许的控制字符',
    en: 'The text contains control characters that are not allowed',
  },
  'date.range': {
    zh: '日期须在 1900-01-01 至 2099-12-31 之间',
    en: 'Dates must fall between 1900-01-01 and 2099-12-31',
  },
  'month.range': {
    zh: '月份须在 1900-01 至 2099-12 之间',
    en: 'Months must fall between 1900-01 and 2099-12',
  },
  'date.invalid': {
    zh: '日期不存在，请填写真实的日历日期（YYYY-MM-DD）',
    en: 'No such date; give a real calendar date (YYYY-MM-DD)',
  },
  'reference.format': {
    zh: '查询码格式为 XXXXX-XXXXX（10 位字母或数字）',
    en: 'A reference code looks like XXXXX-XXXXX (10 letters or digits)',
  },
  'consent.required': {
    zh: '请阅读并同意《隐私保护声明》',
    en: 'Please read and agree to the privacy notice',
  },
  'residentId.format': {
    zh: '身份证号码须为 18 位：17 位数字加 1 位数字或 X',
    en: 'A resident ID number has 18 characters: 17 digits and a digit or X',
  },
  'records.duplicateMonth': {
    zh: '同一月份只能出现一次',
    en: 'Each month may appear only once',
  },
  'consultation.emptyUpdate': {
    zh: '请填写新的状态或备注',
    en: 'Give a new status or a note',
  },
  'password.same': {
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  'audit.action': {
    zh: '没有这种审计操作',
    en: 'There is no such audit action',
  },
  'audit.range': {
    zh: '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
  'consult.mobileForSms': {
    zh: '要接收短信提醒，请填写手机号码；不需要短信可取消勾选',
    en: 'Give a mobile number for the SMS, or untick the SMS box',
  },
  'consult.smsCode': {
    zh: '请输入短信中的 6 位数字验证码',
    en: 'Enter the 6-digit code from the SMS',
  },
  'rule.format': {
    zh: '规则编号格式如 L-4、PI-1（见规则手册）',
    en: 'A rule ID looks like L-4 or PI-1 (see the rule book)',
  },
  'knowledge.slug': {
    zh: '标识只能用小写字母、数字和连字符，如 points-cleared',
    en: 'The identifier takes lower-case letters, digits and hyphens, e.g. points-cleared',
  },
  'knowledge.ruleIds': {
    zh: '每个条目至少要写明一条所依据的规则编号',
    en: 'Name at least one rule ID the entry rests on',
  },
} as const;
export type ContractMessageKey = keyof typeof CONTRACT_MESSAGES;

const isMessageKey = (s: string): s is ContractMessageKey => Object.hasOwn(CONTRACT_MESSAGES, s);

type LocaleError = (issue: unknown) => string | { message: string } | undefined | null;
const zhLocale = z.locales.zhCN().localeError as LocaleError;
const enLocale = z.locales.en().localeError as LocaleError;

/** Text of one zod issue in the given language. */
/** The domain's assessment schema words its date checks in English for developers (issue 18 item 5). */
const DOMAIN_RANGE: [RegExp, ContractMessageKey][] = [
  [/^expected a date as YYYY-MM-DD$/, 'date.format'],
  [/^expected a real calendar date as YYYY-MM-DD$/, 'date.invalid'],
  [/^expected a date from \d{4}-\d{2}-\d{2} to /, 'date.range'],
  [/^expected a month from \d{4}-\d{2} to /, 'month.range'],
];

export function localizeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  if (isMessageKey(issue.message)) return CONTRACT_MESSAGES[issue.message][lang];
  const range = DOMAIN_RANGE.find(([re]) => re.test(issue.message));
  if (range) return CONTRACT_MESSAGES[range[1]][lang];
  const fromLocale = (lang === 'zh' ? zhLocale : enLocale)(issue);
  if (typeof fromLocale === 'string') return fromLocale;
  if (fromLocale && typeof fromLocale.message === 'string') return fromLocale.message;
  return issue.message;
}

/** `a.b[0].c` style path of an issue, '' for the root. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
