import type { Translation } from '../types.ts';

/** notices: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  totalDisagrees:
    '申请{{applicationNo}}的积分通知单分值（{{signed}}）与审计记录的决定（{{decided}}）不一致，已拒绝签发；请联系系统管理员运行 jifen replay 与 jifen audit verify 核查（P-3）',
  noDecision: '无',
  notApproved: '申请尚未核准（当前状态：{{state}}），暂不能打印积分通知单',
  revokedNoPrint: '积分通知单{{noticeNo}}已被撤销，不能再打印；如有疑问请联系区人才服务中心',
  noneIssued: '该申请尚未签发积分通知单，无需撤销',
  applicationNotVisible: '未找到该申请，或您无权查看',
} as const;

const en: Translation<typeof zh> = {
  totalDisagrees:
    'The points notice total of application {{applicationNo}} ({{signed}}) disagrees with the audited decision ({{decided}}); it is not signed. Ask an administrator to run jifen replay and jifen audit verify (P-3)',
  noDecision: 'none',
  notApproved: 'The application is not approved (state: {{state}}); the points notice cannot be printed yet',
  revokedNoPrint:
    'Points notice {{noticeNo}} has been revoked and can no longer be printed; please contact the district talent service centre',
  noneIssued: 'No points notice has been issued for this application, so there is nothing to revoke',
  applicationNotVisible: 'The application does not exist or you may not see it',
};

export const noticesMessages = { zh, en };
