import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import type { Language } from './language.ts';

export function antdLocaleFor(language: Language): Locale {
  return language === 'zh-CN' ? zhCN : enUS;
}
