import type { Translation } from '../types.ts';
import type { pointsRecordsZh } from './messages-zh.ts';

/** pointsRecords in English, key for key as the Chinese. */
export const pointsRecordsEn: Translation<typeof pointsRecordsZh> = {
  created: 'Points record created (application approved)',
  renewed: 'Renewal approved: a new cycle starts',
  stateChanged: 'State changed',
  benefitsSuspended: 'Benefits suspended',
  benefitsRestored: 'Benefits restored',
  noticeRevoked: 'Points notice revoked',
  remindersCancelled: 'Renewal submitted in time: the rest of this cycle’s reminders are cancelled',
  remindersResumed: 'The renewal was rejected or withdrawn: the rest of this cycle’s reminders resume',
};
