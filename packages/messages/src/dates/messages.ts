import type { Translation } from '../types.ts';

/** dates: invalid dates and months (D-3), the Chinese (the source) and the English typed by it. */
const zh = {
  invalidDate: '日期“{{input}}”无效：应为 YYYY-MM-DD 格式的真实日历日期',
  invalidMonth: '月份“{{input}}”无效：应为 YYYY-MM 格式',
} as const;

const en: Translation<typeof zh> = {
  invalidDate: 'Invalid date "{{input}}": expected a real calendar date as YYYY-MM-DD',
  invalidMonth: 'Invalid month "{{input}}": expected YYYY-MM',
};

export const datesMessages = { zh, en };
