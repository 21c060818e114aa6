import { i18n } from '../../i18n/i18n.ts';
import { workbenchEn } from './messages-en.ts';
import { workbenchZh } from './messages-zh.ts';

/** Merged into the app's translations once, under `workbench.*` (issue 12). */
export function registerWorkbenchMessages(): void {
  if (i18n.exists('workbench.title', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { workbench: workbenchZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { workbench: workbenchEn }, true, true);
}
registerWorkbenchMessages();
