import type { Translation } from '../types.ts';

/** password: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  tooShort: '密码至少 {{minPasswordLength}} 位',
  containsUsername: '密码不能包含用户名',
  personal: '密码不能包含本人的姓名、身份证号码或出生日期',
  common: '该密码是常见的已泄露密码（或仅在其上稍作改动，如“woaini1314”“城市名+年份+符号”“姓名拼音+生日”），请换一个',
  guessable: '密码太容易被猜到：请用更长的、不含常见词语和日期规律的密码，例如几个不相关的词加数字和符号',
  weak: '密码强度不足：{{reason}}',
} as const;

const en: Translation<typeof zh> = {
  tooShort: 'The password needs at least {{minPasswordLength}} characters',
  containsUsername: 'The password must not contain the username',
  personal: 'The password must not contain your own name, resident ID number or birth date',
  common:
    'This is a commonly breached password (or a small change of one, such as "woaini1314", a city name with a year and a symbol, or a pinyin name with a birth date); choose another',
  guessable:
    'The password is too easy to guess: use a longer one without common words or date patterns, e.g. several unrelated words with digits and symbols',
  weak: 'The password is too weak: {{reason}}',
};

export const passwordMessages = { zh, en };
