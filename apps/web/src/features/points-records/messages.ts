import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** zh-CN texts of the points-record page (issue 13), under `pointsRecord.*`. */
const zh = {
  title: '积分有效期与提醒',
  none: '尚无积分记录：积分申请获批后建立（L-1）。',
  state: '当前状态',
  expiresOn: '有效期至',
  cycle: '周期',
  stateSince: '自',
  nextDeadline: '下一期限',
  daysLeft: '剩余 {{n}} 天',
  benefitsSuspended: '相关待遇自 {{date}} 起暂停（L-6）',
  noticeRevoked: '积分通知单已于 {{date}} 作废（L-4）',
  renewalSubmitted: '已于 {{date}} 提交续办',
  history: '状态变化记录',
  reminders: '提醒记录',
  noReminders: '暂无提醒',
  noHistory: '暂无变化',
  onDate: '日期',
  rule: '规则',
  what: '内容',
  dueOn: '提醒日',
  sentOn: '发送日',
  skipped: '未发送（{{date}} 补发时已不适用）',
  currentState: '当前状态：{{state}}（自此日起）',
  channels: '渠道',
  channel: { holder_sms: '短信', holder_in_app: '站内通知', hr_in_app: '单位人事' } as Record<string, string>,
};

/** English texts of the points-record page (issue 13). */
const en: Texts<typeof zh> = {
  title: 'Points validity and reminders',
  none: 'No points record yet: it is created when a points application is approved (L-1).',
  state: 'State',
  expiresOn: 'Valid until',
  cycle: 'Cycle',
  stateSince: 'Since',
  nextDeadline: 'Next deadline',
  daysLeft: '{{n}} days left',
  benefitsSuspended: 'Benefits suspended since {{date}} (L-6)',
  noticeRevoked: 'Points notice revoked on {{date}} (L-4)',
  renewalSubmitted: 'Renewal submitted on {{date}}',
  history: 'State history',
  reminders: 'Reminder history',
  noReminders: 'No reminders yet',
  noHistory: 'No changes yet',
  onDate: 'Date',
  rule: 'Rule',
  what: 'What',
  dueOn: 'Due',
  sentOn: 'Sent',
  skipped: 'Not sent (no longer true when caught up on {{date}})',
  currentState: 'Current state: {{state}} (since this day)',
  channels: 'Channels',
  channel: { holder_sms: 'SMS', holder_in_app: 'In-app', hr_in_app: 'Employer HR' },
};

/** Merged in under `pointsRecord.*` when the area's chunk loads. */
export const messages = addCatalog({ 'zh-CN': { pointsRecord: zh }, en: { pointsRecord: en } });
