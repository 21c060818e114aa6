import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zhCN } from './messages-zh-cn.ts';
import { en } from './messages-en.ts';
import { type Language, isLanguage, readStoredLanguage, storeLanguage, DEFAULT_LANGUAGE } from './language.ts';

export const i18n = i18next.createInstance();

function reflectLanguageInDocument(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

void i18n.use(initReactI18next).init({
  // Copies: feature catalogs merge into these bundles, and the exported shared catalogs must stay as written.
  resources: { 'zh-CN': { translation: structuredClone(zhCN) }, en: { translation: structuredClone(en) } },
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false },
  initAsync: false,
});
reflectLanguageInDocument(currentLanguage());

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
