/** smsOutbox: the Chinese texts (the source; messages-en.ts has the same keys). */
export const smsOutboxZh = {
  notFound: '未找到该短信',
  notFailed: '该短信未处于发送失败状态，无需重发',
  cannotResend: '该短信无法原样重发（没有手机号，或激活链接已在失败时销毁）；请让单位人事专员重新发送邀请',
} as const;
