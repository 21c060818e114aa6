import { i18n } from '../../i18n/i18n.ts';

/** The verdict of a check with nothing to check (issue 10, item 8), merged in under `checkVerdict.*`. */
const zh = { checkVerdict: { notApplicable: '不适用' } };
const en: typeof zh = { checkVerdict: { notApplicable: 'Not applicable' } };

i18n.addResourceBundle('zh-CN', 'translation', zh, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
export const CHECK_VERDICT_MESSAGES = { zh, en };
