/** pointsRecords: the Chinese texts (the source; messages-en.ts has the same keys). */
export const pointsRecordsZh = {
  created: '积分记录建立（申请获批）',
  renewed: '积分续办获批，新周期开始',
  stateChanged: '状态变化',
  benefitsSuspended: '相关待遇暂停',
  benefitsRestored: '相关待遇恢复',
  noticeRevoked: '积分通知单作废',
  remindersCancelled: '已按时提交续办，本周期其余提醒取消',
  remindersResumed: '续办申请未获批准或已撤回，本周期其余提醒恢复',
} as const;
