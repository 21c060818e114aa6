import { currentLanguage } from '../../i18n/i18n.ts';
import type { LocalText } from './application-types.ts';

/** A text the API sends in both languages (or already localised), in the UI's language. */
export function localized(text: LocalText | string | null | undefined): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return currentLanguage() === 'en' ? text.en : text.zh;
}
