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
  reminder: {
    who: '{{name}}（{{residentIdMasked}}）',
    hrBody: '持证人{{who}}的积分提醒（本人已同时收到）：{{text}}',
    sms: '【积分提醒】{{text}}',
  },
  digest: {
    title: '{{day}} 审核晨报',
    titleWithNote: '{{day}} 审核晨报（{{note}}）',
    body: '即将超期（≤{{atRiskDays}}个工作日）{{atRisk}}件{{atRiskCases}}；已超期{{breached}}件{{breachedCases}}{{pending}}。',
    cases: '：{{cases}}',
    caseWithDaysLeft: '{{number}}（剩{{daysLeft}}个工作日）',
    pending: '；部分案件无法计算：缺少{{year}}年工作日历（P-2），发布后自动补算',
  },
  sweepCalendarAlert: {
    title: '每日巡检无法计算（P-2）',
    body: '无法计算：缺少{{year}}年工作日历（P-2）。自{{since}}起{{days}}天的审核晨报未能计算即将超期的案件。请在“政策数据”中录入{{year}}年日历并由另一位管理员发布，发布后系统自动补算。',
  },
  digestRecomputed: '补算 / recomputed',
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
  reminder: {
    who: '{{name}} ({{residentIdMasked}})',
    hrBody: 'Points reminder for {{who}} (also sent to the holder): {{text}}',
    // The English copy of an SMS is the reminder's text alone.
    sms: '{{text}}',
  },
  digest: {
    title: 'Review digest {{day}}',
    titleWithNote: 'Review digest {{day}} ({{note}})',
    body: 'At risk (<= {{atRiskDays}} working days): {{atRisk}}{{atRiskCases}}; breached: {{breached}}{{breachedCases}}{{pending}}.',
    cases: ' — {{cases}}',
    caseWithDaysLeft: '{{number}} ({{daysLeft}} working days left)',
    pending: '; some cases cannot be computed: no {{year}} calendar (P-2), computed when it is published',
  },
  sweepCalendarAlert: {
    title: 'Daily sweep cannot compute (P-2)',
    body: 'Cannot compute: no {{year}} calendar (P-2). The review digests of {{days}} day(s) since {{since}} could not count working days. Enter the {{year}} calendar under Policy data and have another administrator publish it; jifen then computes them.',
  },
  digestRecomputed: '补算 / recomputed',
};

export const pointsRecordsMessages = { zh, en };
