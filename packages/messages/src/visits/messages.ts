import type { Translation } from '../types.ts';

/** visits: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  slotInPast: '预约时段须晚于当前时间（{{now}}）：R-2 现场办理只能预约今后的时段',
  slotFull: '该时段已约满，请选择其他时段',
  employerNotYetVerified: '单位尚未通过认证',
  slotExists: '该时间已有预约时段',
  notAwaitingVisit: '只有待现场办理的申请可以预约',
  slotPassed: '该时段已过',
  alreadyBooked: '该申请已有预约，请改约或取消',
} as const;

const en: Translation<typeof zh> = {
  slotInPast: 'A visit slot must start after the current time ({{now}}): R-2 in-person visits can only be booked ahead',
  slotFull: 'This slot is fully booked; choose another one',
  employerNotYetVerified: 'The employer is not yet verified',
  slotExists: 'A slot at this time already exists',
  notAwaitingVisit: 'Only an application awaiting the in-person visit can be booked',
  slotPassed: 'This slot has passed',
  alreadyBooked: 'This application already has a booking; reschedule or cancel it',
};

export const visitsMessages = { zh, en };
