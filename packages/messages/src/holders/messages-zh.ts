/** holders: the Chinese texts (the source; messages-en.ts has the same keys). */
export const holdersZh = {
  employerNotYetVerified: '单位尚未通过区人才服务中心认证，暂不能办理持证人业务',
} as const;
