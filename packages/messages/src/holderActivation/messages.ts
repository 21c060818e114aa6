import type { Translation } from '../types.ts';

/** holderActivation: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  onlyDraft: '只有草稿状态的申请需要持证人确认',
  holderHasAccount: '持证人{{name}}已有账号，请其登录后确认',
  holderHasNoMobile: '持证人没有登记手机号码，无法发送短信；请改用书面确认',
  resendPause: '刚刚已发送过激活短信，请{{inviteResendPauseSeconds}}秒后再试',
  linkInvalid: '激活链接无效或已被新的链接取代，请联系单位人事专员重新发送',
  linkUsed: '激活链接已使用过，请直接登录',
  linkExpired: '激活链接已于{{date}}过期，请联系单位人事专员重新发送',
} as const;

const en: Translation<typeof zh> = {
  onlyDraft: "Only a draft waits for the holder's confirmation",
  holderHasAccount: '{{name}} already has an account: they sign in and confirm',
  holderHasNoMobile: 'The holder has no mobile number on record; record a signed paper confirmation instead',
  resendPause: 'An activation SMS was just sent; try again in {{inviteResendPauseSeconds}} seconds',
  linkInvalid:
    'This activation link is not valid or was replaced by a newer one; ask your HR specialist to send a new one',
  linkUsed: 'This activation link was already used; sign in instead',
  linkExpired: 'This activation link expired on {{date}}; ask your HR specialist to send a new one',
};

export const holderActivationMessages = { zh, en };
