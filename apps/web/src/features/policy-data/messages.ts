import { i18n } from '../../i18n/i18n.ts';
import { policyAdminEn } from './messages-en.ts';
import { policyAdminZh } from './messages-zh.ts';

/**
 * Merged into the app's translations once, under `policyAdmin.*`: the texts
 * travel with the lazy admin chunk, not with every page's first load.
 */
export function registerPolicyAdminMessages(): void {
  if (i18n.exists('policyAdmin.title', { lng: 'en' })) return;
  i18n.addResourceBundle('zh-CN', 'translation', { policyAdmin: policyAdminZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { policyAdmin: policyAdminEn }, true, true);
}
registerPolicyAdminMessages();
