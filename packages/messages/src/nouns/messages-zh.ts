/** nouns: the Chinese texts (the source; messages-en.ts has the same keys). */
export const nounsZh = {
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
