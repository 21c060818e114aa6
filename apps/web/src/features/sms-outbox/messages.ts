import { i18n } from '../../i18n/i18n.ts';
import { smsAdminEn } from './messages-en.ts';
import { smsAdminZh } from './messages-zh.ts';

/** Merged into the app's translations once, under `smsAdmin.*`, with the lazy admin chunk. */
export function registerSmsAdminMessages(): void {
  if (i18n.exists('smsAdmin.title', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { smsAdmin: smsAdminZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { smsAdmin: smsAdminEn }, true, true);
}
registerSmsAdminMessages();
