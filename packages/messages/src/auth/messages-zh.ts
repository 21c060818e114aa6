/** auth: the Chinese texts (the source; messages-en.ts has the same keys). */
export const authZh = {
  wrongUsernamePassword: '用户名或密码错误',
  accountDisabled: '该账号已被管理员停用，请联系系统管理员',
} as const;
