import type { Translation } from '../types.ts';
import type { nounsZh } from './messages-zh.ts';

/** nouns in English, key for key as the Chinese. */
export const nounsEn: Translation<typeof nounsZh> = {
  application: 'application',
  holder: 'holder',
  consultation: 'consultation',
  employer: 'employer',
  notification: 'notification',
  savedReply: 'saved reply',
  knowledgeEntry: 'knowledge entry',
  consultationThread: 'consultation thread',
  policyDocument: 'policy document',
  rosterImport: 'roster import',
  user: 'user',
  visitSlot: 'visit slot',
  visitBooking: 'visit booking',
};
