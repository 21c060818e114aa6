import { i18n } from '../../i18n/i18n.ts';
import { rosterEn } from './messages-en.ts';
import { rosterZh } from './messages-zh.ts';

/** Merged into the app's translations once, under `roster.*`, with the lazy roster chunk. */
export function registerRosterMessages(): void {
  if (i18n.exists('roster.title', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { roster: rosterZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { roster: rosterEn }, true, true);
}
registerRosterMessages();
