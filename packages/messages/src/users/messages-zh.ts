/** users: the Chinese texts (the source; messages-en.ts has the same keys). */
export const usersZh = {
  currentPasswordWrong: '当前密码不正确',
  alreadyDisabled: '该账号已停用',
  notDisabled: '该账号未停用',
  roleFixed: '持证人和单位经办人账号的角色不能变更（其范围是持证人记录或用人单位）',
  usernameTaken: '用户名已被使用',
} as const;
