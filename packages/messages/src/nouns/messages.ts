import type { Translation } from '../types.ts';

/** nouns: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  application: '申请',
  holder: '持证人',
  consultation: '咨询申请',
  employer: '用人单位',
  notification: '通知',
  savedReply: '常用答复',
  knowledgeEntry: '知识库条目',
  consultationThread: '在线咨询',
  policyDocument: '政策数据文档',
  rosterImport: '导入记录',
  user: '用户',
  visitSlot: '预约时段',
  visitBooking: '现场办理预约',
} as const;

const en: Translation<typeof zh> = {
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

export const nounsMessages = { zh, en };
