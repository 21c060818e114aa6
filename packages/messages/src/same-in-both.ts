import type { LocalizedText } from './types.ts';

/**
 * A value that reads the same in both languages (a timestamp, a code), where
 * a text in both languages is asked for: no catalog text to translate.
 */
export const sameInBoth = (value: string): LocalizedText => ({ zh: value, en: value });
