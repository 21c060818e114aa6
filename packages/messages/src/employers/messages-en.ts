import type { Translation } from '../types.ts';
import type { employersZh } from './messages-zh.ts';

/** employers in English, key for key as the Chinese. */
export const employersEn: Translation<typeof employersZh> = {
  mobileInvalid: 'The contact mobile number is invalid',
  unknownDistrict: 'Unknown district',
  creditCodeTaken: 'This credit code is already registered',
  alreadyDecided: 'The employer was already decided ({{status}})',
};
