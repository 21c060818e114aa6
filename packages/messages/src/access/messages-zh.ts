/** access: the Chinese texts (the source; messages-en.ts has the same keys). */
export const accessZh = {
  unauthenticated: '请先登录',
  forbidden: '您无权执行此操作',
  passwordChangeRequired: '请先修改初始密码或重置后的密码',
  notFound: '{{what}}不存在',
} as const;
