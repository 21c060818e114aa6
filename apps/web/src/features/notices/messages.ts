import { i18n } from '../../i18n/i18n.ts';
import { noticeVerifyEn } from './messages-en.ts';
import { noticeVerifyZh } from './messages-zh.ts';

/** Merged into the app's translations once, under `noticeVerify.*`, with the lazy page's chunk. */
export function registerNoticeVerifyMessages(): void {
  if (i18n.exists('noticeVerify.title', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { noticeVerify: noticeVerifyZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { noticeVerify: noticeVerifyEn }, true, true);
}
registerNoticeVerifyMessages();
