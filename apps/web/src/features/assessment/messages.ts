import { i18n } from '../../i18n/i18n.ts';
import { assessEn } from './messages-en.ts';
import { assessZh } from './messages-zh.ts';

/** Merged into the app's translations once, under `assess.*`. */
export function registerAssessmentMessages(): void {
  if (i18n.hasResourceBundle('en', 'translation') && i18n.exists('assess.title', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { assess: assessZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { assess: assessEn }, true, true);
}
registerAssessmentMessages();
