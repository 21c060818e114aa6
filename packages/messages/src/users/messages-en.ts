import type { Translation } from '../types.ts';
import type { usersZh } from './messages-zh.ts';

/** users in English, key for key as the Chinese. */
export const usersEn: Translation<typeof usersZh> = {
  currentPasswordWrong: 'The current password is wrong',
  alreadyDisabled: 'The account is already disabled',
  notDisabled: 'The account is not disabled',
  roleFixed: "Holder and HR accounts keep their role (their scope is the holder's record or the employer)",
  usernameTaken: 'The username is already taken',
  self: {
    disable: 'You cannot disable your own account',
    password: 'Change your own password with "Change password"',
    role: 'You cannot change your own role',
  },
  scope: {
    clerkCentre: "Choose the clerk's community affairs acceptance centre",
    reviewerDistrict: "Choose the reviewer's district",
    none: 'This role takes no district or centre',
  },
};
