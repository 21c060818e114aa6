import type { Translation } from '../types.ts';
import type { usersZh } from './messages-zh.ts';

/** users in English, key for key as the Chinese. */
export const usersEn: Translation<typeof usersZh> = {
  currentPasswordWrong: 'The current password is wrong',
  alreadyDisabled: 'The account is already disabled',
  notDisabled: 'The account is not disabled',
  roleFixed: "Holder and HR accounts keep their role (their scope is the holder's record or the employer)",
  usernameTaken: 'The username is already taken',
};
