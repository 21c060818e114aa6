import type { Translation } from '../types.ts';

/** calendar: the working-day calendar's errors (D-1, P-2), the Chinese (the source) and the English typed by it. */
const zh = {
  yearMissing: '缺少{{year}}年的工作日历（国务院办公厅节假日安排），无法计算工作日',
  invalid: '{{year}}年日历数据无效：{{problem}}',
  problem: {
    outsideYear: '日期 {{date}} 不属于该年',
    listedTwice: '日期 {{date}} 重复',
    makeupNotWeekend: '调休上班日 {{date}} 不是周末',
    yearTwice: '该年份出现多次',
  },
} as const;

const en: Translation<typeof zh> = {
  yearMissing:
    'No working-day calendar loaded for {{year}} (State Council holiday notice); working days cannot be computed',
  invalid: 'Calendar data for {{year}} is invalid: {{problem}}',
  problem: {
    outsideYear: 'date {{date}} is outside the year',
    listedTwice: 'date {{date}} is listed twice',
    makeupNotWeekend: 'make-up workday {{date}} is not a weekend day',
    yearTwice: 'the year is given more than once',
  },
};

export const calendarMessages = { zh, en };
