import type { Translation } from '../types.ts';

/** smsOutbox: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  notFound: '未找到该短信',
  notFailed: '该短信未处于发送失败状态，无需重发',
  cannotResend: '该短信无法原样重发（没有手机号，或激活链接已在失败时销毁）；请让单位人事专员重新发送邀请',
  noMobile: {
    holder: '持证人没有手机号码',
    recipient: '短信没有收件号码',
  },
} as const;

const en: Translation<typeof zh> = {
  notFound: 'No such SMS',
  notFailed: 'This SMS has not failed, so there is nothing to resend',
  cannotResend:
    'This SMS cannot be resent as it was (no mobile number, or its activation link was destroyed when it failed); ask the HR specialist to send a new invitation',
  noMobile: {
    holder: 'the holder has no mobile number on record',
    recipient: 'the message has no recipient number',
  },
};

export const smsOutboxMessages = { zh, en };
