import type { Translation } from '../types.ts';
import type { smsOutboxZh } from './messages-zh.ts';

/** smsOutbox in English, key for key as the Chinese. */
export const smsOutboxEn: Translation<typeof smsOutboxZh> = {
  notFound: 'No such SMS',
  notFailed: 'This SMS has not failed, so there is nothing to resend',
  cannotResend:
    'This SMS cannot be resent as it was (no mobile number, or its activation link was destroyed when it failed); ask the HR specialist to send a new invitation',
};
