import type { pointsRecordZh } from './messages-zh.ts';

/** English texts of the points-record page (issue 13). */
export const pointsRecordEn: typeof pointsRecordZh = {
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
