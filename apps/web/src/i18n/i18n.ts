import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { messages as shared } from './messages.ts';
import { type Language, isLanguage, readStoredLanguage, storeLanguage, DEFAULT_LANGUAGE } from './language.ts';

export const i18n = i18next.createInstance();

function reflectLanguageInDocument(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: {} }, en: { translation: {} } },
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
  initAsync: false,
});
reflectLanguageInDocument(currentLanguage());

/** The same texts in another language: every leaf a string, the same keys. */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
/** One catalog: an area's texts in both languages, zh-CN first (`messages.ts` in the area's folder). */
export interface Catalog<T extends object> {
  'zh-CN': T;
  en: Texts<T>;
}

/**
 * Merges a catalog into the app's translations; every `messages.ts` calls it
 * once, when its area's chunk loads, so a page's texts travel with the page.
 * Copies: i18next's deep merge writes into the objects it is given, and two
 * catalogs may share a top-level key.
 */
export function addCatalog<T extends object>(catalog: Catalog<T>): Catalog<T> {
  i18n.addResourceBundle('zh-CN', 'translation', structuredClone(catalog['zh-CN']), true, true);
  i18n.addResourceBundle('en', 'translation', structuredClone(catalog.en), true, true);
  return catalog;
}
addCatalog(shared);

/** The language in use; also what the API client sends as Accept-Language. */
export function currentLanguage(): Language {
  const language = i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** Switch the UI language and remember it across reloads. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
  reflectLanguageInDocument(language);
}
