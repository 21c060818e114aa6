import { transfersZh } from './transfers/messages-zh.ts';

/** Every area's Chinese texts under the area's name: the source of the keys. */
export const catalogZh = {
  transfers: transfersZh,
} as const;
