/** password: the Chinese texts (the source; messages-en.ts has the same keys). */
export const passwordZh = {
  tooShort: '密码至少 {{minPasswordLength}} 位',
  containsUsername: '密码不能包含用户名',
  personal: '密码不能包含本人的姓名、身份证号码或出生日期',
  common: '该密码是常见的已泄露密码（或仅在其上稍作改动，如“woaini1314”“城市名+年份+符号”“姓名拼音+生日”），请换一个',
  guessable: '密码太容易被猜到：请用更长的、不含常见词语和日期规律的密码，例如几个不相关的词加数字和符号',
  weak: '密码强度不足：{{reason}}',
} as const;
