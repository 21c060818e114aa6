import type { Translation } from '../types.ts';

/** access: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  unauthenticated: '请先登录',
  forbidden: '您无权执行此操作',
  passwordChangeRequired: '请先修改初始密码或重置后的密码',
  notFound: '{{what}}不存在',
} as const;

const en: Translation<typeof zh> = {
  unauthenticated: 'Please sign in first',
  forbidden: 'You are not allowed to do this',
  passwordChangeRequired: 'Change the password you were given before going on',
  notFound: 'No such {{what}}',
};

export const accessMessages = { zh, en };
