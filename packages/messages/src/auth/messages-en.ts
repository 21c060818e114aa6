import type { Translation } from '../types.ts';
import type { authZh } from './messages-zh.ts';

/** auth in English, key for key as the Chinese. */
export const authEn: Translation<typeof authZh> = {
  wrongUsernamePassword: 'Wrong username or password',
  accountDisabled: 'This account was disabled by an administrator; contact the administrator',
};
