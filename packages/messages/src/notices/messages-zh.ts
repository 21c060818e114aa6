/** notices: the Chinese texts (the source; messages-en.ts has the same keys). */
export const noticesZh = {
  notApproved: '申请尚未核准（当前状态：{{state}}），暂不能打印积分通知单',
  revokedNoPrint: '积分通知单{{noticeNo}}已被撤销，不能再打印；如有疑问请联系区人才服务中心',
  noneIssued: '该申请尚未签发积分通知单，无需撤销',
  applicationNotVisible: '未找到该申请，或您无权查看',
} as const;
