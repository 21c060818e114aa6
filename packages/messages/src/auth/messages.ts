import type { Translation } from '../types.ts';

/** auth: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  lockedUntil: '登录失败次数过多，该账户在此网络已锁定至 {{until}}（北京时间）',
  wrongUsernamePassword: '用户名或密码错误',
  accountDisabled: '该账号已被管理员停用，请联系系统管理员',
} as const;

const en: Translation<typeof zh> = {
  lockedUntil: 'Too many failed sign-ins; the account is locked from this network until {{until}}',
  wrongUsernamePassword: 'Wrong username or password',
  accountDisabled: 'This account was disabled by an administrator; contact the administrator',
};

export const authMessages = { zh, en };
