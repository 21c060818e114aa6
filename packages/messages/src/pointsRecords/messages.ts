import type { Translation } from '../types.ts';

/** pointsRecords: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  created: '积分记录建立（申请获批）',
  renewed: '积分续办获批，新周期开始',
  stateChanged: '状态变化',
  benefitsSuspended: '相关待遇暂停',
  benefitsRestored: '相关待遇恢复',
  noticeRevoked: '积分通知单作废',
  remindersCancelled: '已按时提交续办，本周期其余提醒取消',
  remindersResumed: '续办申请未获批准或已撤回，本周期其余提醒恢复',
} as const;

const en: Translation<typeof zh> = {
  created: 'Points record created (application approved)',
  renewed: 'Renewal approved: a new cycle starts',
  stateChanged: 'State changed',
  benefitsSuspended: 'Benefits suspended',
  benefitsRestored: 'Benefits restored',
  noticeRevoked: 'Points notice revoked',
  remindersCancelled: 'Renewal submitted in time: the rest of this cycle’s reminders are cancelled',
  remindersResumed: 'The renewal was rejected or withdrawn: the rest of this cycle’s reminders resume',
};

export const pointsRecordsMessages = { zh, en };
