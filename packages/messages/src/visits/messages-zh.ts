/** visits: the Chinese texts (the source; messages-en.ts has the same keys). */
export const visitsZh = {
  slotFull: '该时段已约满，请选择其他时段',
  employerNotYetVerified: '单位尚未通过认证',
  slotExists: '该时间已有预约时段',
  notAwaitingVisit: '只有待现场办理的申请可以预约',
  slotPassed: '该时段已过',
  alreadyBooked: '该申请已有预约，请改约或取消',
} as const;
