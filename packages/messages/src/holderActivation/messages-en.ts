import type { Translation } from '../types.ts';
import type { holderActivationZh } from './messages-zh.ts';

/** holderActivation in English, key for key as the Chinese. */
export const holderActivationEn: Translation<typeof holderActivationZh> = {
  onlyDraft: "Only a draft waits for the holder's confirmation",
  holderHasAccount: '{{name}} already has an account: they sign in and confirm',
  holderHasNoMobile: 'The holder has no mobile number on record; record a signed paper confirmation instead',
  resendPause: 'An activation SMS was just sent; try again in {{inviteResendPauseSeconds}} seconds',
  linkInvalid:
    'This activation link is not valid or was replaced by a newer one; ask your HR specialist to send a new one',
  linkUsed: 'This activation link was already used; sign in instead',
  linkExpired: 'This activation link expired on {{date}}; ask your HR specialist to send a new one',
};
