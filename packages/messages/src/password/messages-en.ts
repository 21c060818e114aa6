import type { Translation } from '../types.ts';
import type { passwordZh } from './messages-zh.ts';

/** password in English, key for key as the Chinese. */
export const passwordEn: Translation<typeof passwordZh> = {
  tooShort: 'The password needs at least {{minPasswordLength}} characters',
  containsUsername: 'The password must not contain the username',
  personal: 'The password must not contain your own name, resident ID number or birth date',
  common:
    'This is a commonly breached password (or a small change of one, such as "woaini1314", a city name with a year and a symbol, or a pinyin name with a birth date); choose another',
  guessable:
    'The password is too easy to guess: use a longer one without common words or date patterns, e.g. several unrelated words with digits and symbols',
  weak: 'The password is too weak: {{reason}}',
};
