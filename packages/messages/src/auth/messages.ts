import type { Translation } from '../types.ts';

/** auth: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  wrongUsernamePassword: '用户名或密码错误',
  accountDisabled: '该账号已被管理员停用，请联系系统管理员',
} as const;

const en: Translation<typeof zh> = {
  wrongUsernamePassword: 'Wrong username or password',
  accountDisabled: 'This account was disabled by an administrator; contact the administrator',
};

export const authMessages = { zh, en };
