import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** The verdict of a check with nothing to check (issue 10, item 8), merged in under `checkVerdict.*`. */
const zh = { checkVerdict: { notApplicable: '不适用' } };
const en: Texts<typeof zh> = { checkVerdict: { notApplicable: 'Not applicable' } };

export const messages = addCatalog({ 'zh-CN': zh, en });
