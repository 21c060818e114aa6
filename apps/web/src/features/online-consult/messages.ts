import { i18n } from '../../i18n/i18n.ts';
import { onlineConsultEn } from './messages-en.ts';
import { onlineConsultZh } from './messages-zh.ts';

/** Merged into the app's translations once, under `onlineConsult.*` (the texts travel with the lazy chunks). */
export function registerOnlineConsultMessages(): void {
  if (i18n.exists('onlineConsult.askTitle', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { onlineConsult: onlineConsultZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { onlineConsult: onlineConsultEn }, true, true);
}
registerOnlineConsultMessages();
