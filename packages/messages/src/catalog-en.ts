import type { catalogZh } from './catalog-zh.ts';
import type { Translation } from './types.ts';
import { transfersEn } from './transfers/messages-en.ts';

/** Every area's English texts, key for key as catalogZh. */
export const catalogEn: Translation<typeof catalogZh> = {
  transfers: transfersEn,
};
