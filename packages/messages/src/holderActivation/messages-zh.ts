/** holderActivation: the Chinese texts (the source; messages-en.ts has the same keys). */
export const holderActivationZh = {
  onlyDraft: '只有草稿状态的申请需要持证人确认',
  holderHasAccount: '持证人{{name}}已有账号，请其登录后确认',
  holderHasNoMobile: '持证人没有登记手机号码，无法发送短信；请改用书面确认',
  resendPause: '刚刚已发送过激活短信，请{{inviteResendPauseSeconds}}秒后再试',
  linkInvalid: '激活链接无效或已被新的链接取代，请联系单位人事专员重新发送',
  linkUsed: '激活链接已使用过，请直接登录',
  linkExpired: '激活链接已于{{date}}过期，请联系单位人事专员重新发送',
} as const;
