import type { Translation } from '../types.ts';

/** holders: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  employerNotYetVerified: '单位尚未通过区人才服务中心认证，暂不能办理持证人业务',
} as const;

const en: Translation<typeof zh> = {
  employerNotYetVerified: 'The employer is not yet verified by the district talent centre',
};

export const holdersMessages = { zh, en };
