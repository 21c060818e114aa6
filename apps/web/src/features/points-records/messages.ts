import { i18n } from '../../i18n/i18n.ts';
import { pointsRecordEn } from './messages-en.ts';
import { pointsRecordZh } from './messages-zh.ts';

/** Merged into the app's translations once, under `pointsRecord.*` (issue 13). */
export function registerPointsRecordMessages(): void {
  if (i18n.exists('pointsRecord.title', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { pointsRecord: pointsRecordZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { pointsRecord: pointsRecordEn }, true, true);
}
registerPointsRecordMessages();
