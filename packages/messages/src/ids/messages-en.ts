import type { Translation } from '../types.ts';
import type { idsZh } from './messages-zh.ts';

/** ids in English, key for key as the Chinese. */
export const idsEn: Translation<typeof idsZh> = {
  uscc: {
    manualHint:
      'If the code is correct as printed, submit a copy of the business licence for manual verification at the talent service centre.',
    length: 'must have 18 characters, got {{length}}',
    chars: 'has a character not allowed at position {{position}}: "{{char}}" (I, O, Z, S, V are never used)',
    region: 'must have digits in positions 3-8 (region code)',
    checkChar: 'fails the check: the last character should be {{expected}}, got {{actual}}',
    invalid: 'Unified social credit code {{problem}}. {{hint}}',
  },
  mobile: {
    invalid: 'Invalid mobile number: expected 11 digits starting with 1',
  },
  residentId: {
    length: 'must have 18 characters, got {{length}}',
    format: 'must be 17 digits followed by a digit or X',
    address: 'has an invalid address code (first 6 digits)',
    birthDate: 'has an invalid birth date {{date}}',
    checkChar: 'fails the check: the last character should be {{expected}}, got {{actual}}',
    invalid: 'Resident ID number {{problem}}',
  },
};
