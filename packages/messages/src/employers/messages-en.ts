import type { Translation } from '../types.ts';
import type { employersZh } from './messages-zh.ts';

/** employers in English, key for key as the Chinese. */
export const employersEn: Translation<typeof employersZh> = {
  mobileInvalid: 'The contact mobile number is invalid',
  unknownDistrict: 'Unknown district',
  creditCodeTaken: 'This credit code is already registered',
  alreadyDecided: 'The employer was already decided ({{status}})',
  mobileFormat: 'A mobile number has 11 digits and starts with 1 (I-3)',
  chooseDistrict: 'Choose a Shanghai district',
  usccChecksum:
    'The unified social credit code fails its check: {{problem}}. Check it; if it is right, submit with manual verification (manualVerification: true) and the district talent centre verifies it in person.',
};
