import type { Translation } from '../types.ts';
import type { accessZh } from './messages-zh.ts';

/** access in English, key for key as the Chinese. */
export const accessEn: Translation<typeof accessZh> = {
  unauthenticated: 'Please sign in first',
  forbidden: 'You are not allowed to do this',
  passwordChangeRequired: 'Change the password you were given before going on',
  notFound: 'No such {{what}}',
};
