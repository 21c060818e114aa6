import type { Translation } from '../types.ts';
import type { holdersZh } from './messages-zh.ts';

/** holders in English, key for key as the Chinese. */
export const holdersEn: Translation<typeof holdersZh> = {
  employerNotYetVerified: 'The employer is not yet verified by the district talent centre',
};
