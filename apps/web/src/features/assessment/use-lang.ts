import { useTranslation } from 'react-i18next';

/** 'zh' or 'en': which half of a domain LocalizedText to show. */
export function useLang(): 'zh' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}
