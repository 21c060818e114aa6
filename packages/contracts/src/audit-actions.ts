import { ACTIONS, type Action, type LocalizedText } from '@jifen/domain';

/**
 * Every audit action code the API writes, with its label in both languages.
 * The API's `appendAudit` only accepts these codes (a new code without a
 * label does not compile), and the audit page shows the label, never the code.
 */
const APPLICATION_ACTION_LABELS: Record<Action, LocalizedText> = {
  confirm: { zh: '持证人确认申请', en: 'Holder confirmed the application' },
  confirm_on_paper: { zh: '记录持证人书面确认', en: "Holder's signed paper confirmation recorded" },
  reopen: { zh: '申请退回草稿', en: 'Application reopened as a draft' },
  submit: { zh: '提交申请', en: 'Application submitted' },
  auto_approve: { zh: '系统自动通过（R-1）', en: 'Approved by the system (R-1)' },
  route_to_visit: { zh: '系统分流至现场核验（R-2）', en: 'Routed by the system to an in-person visit (R-2)' },
  route_to_review: { zh: '系统分流至调档审核（R-3）', en: 'Routed by the system to review (R-3)' },
  accept_materials: { zh: '现场核验材料通过', en: 'Materials accepted at the visit' },
  return_for_correction: { zh: '退回补正', en: 'Returned for correction' },
  approve: { zh: '审核通过', en: 'Approved' },
  reject: { zh: '审核不通过', en: 'Rejected' },
  withdraw: { zh: '撤回申请', en: 'Application withdrawn' },
};

const OTHER_ACTION_LABELS = {
  'application.create': { zh: '新建积分申请', en: 'Application created' },
  'application.notice_printed': { zh: '打印积分通知单', en: 'Points notice printed' },
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.locked': { zh: '多次密码错误，账号锁定', en: 'Account locked after failed sign-ins' },
  'auth.password_change': { zh: '修改密码', en: 'Password changed' },
  'user.create': { zh: '创建账号', en: 'Account created' },
  'user.sessions_revoke': { zh: '强制下线（注销全部会话）', en: 'All sessions revoked' },
  'user.disable': { zh: '停用账号', en: 'Account disabled' },
  'user.enable': { zh: '启用账号', en: 'Account enabled' },
  'user.unlock': { zh: '解除账号锁定', en: 'Account unlocked' },
  'user.password_reset': { zh: '重置密码（下次登录须修改）', en: 'Password reset (must be changed at next sign-in)' },
  'user.role_change': { zh: '变更角色或范围', en: 'Role or scope changed' },
  'employer.register': { zh: '用人单位注册', en: 'Employer registered' },
  'employer.verify': { zh: '用人单位核验通过', en: 'Employer verified' },
  'employer.reject': { zh: '用人单位核验不通过', en: 'Employer rejected' },
  'holder.register': { zh: '登记持证人', en: 'Holder registered' },
  'holder.reveal': { zh: '查看完整个人信息', en: 'Full personal data viewed' },
  'claims.read': { zh: '查看积分指标', en: 'Indicator claims viewed' },
  'claims.update': { zh: '修改积分指标', en: 'Indicator claims changed' },
  'claims.confirm': { zh: '持证人确认积分指标', en: 'Indicator claims confirmed by the holder' },
  'records.read': { zh: '查看社保个税记录', en: 'Insurance and tax records viewed' },
  'records.update': { zh: '修改社保个税记录', en: 'Insurance and tax records changed' },
  'records.import': { zh: '导入社保个税记录', en: 'Insurance and tax records imported' },
  'permit.lookup': { zh: '按身份证号查询居住证', en: 'Permit looked up by resident ID' },
  'permit.endorse': { zh: '居住证签注', en: 'Permit endorsed' },
  'permit.issue_new': { zh: '登记新办居住证', en: 'Newly issued permit recorded' },
  'visit_slot.publish': { zh: '发布现场核验时段', en: 'Visit slot published' },
  'visit.book': { zh: '预约现场核验', en: 'Visit booked' },
  'visit.reschedule': { zh: '改约现场核验', en: 'Visit rescheduled' },
  'visit.cancel': { zh: '取消现场核验预约', en: 'Visit cancelled' },
  'consultation.created': { zh: '提交咨询回电请求', en: 'Call-back requested' },
  'consultation.updated': { zh: '处理咨询请求', en: 'Consultation request updated' },
  'consultation.withdrawn': { zh: '撤回咨询请求', en: 'Call-back request withdrawn' },
  'consultation.reveal_mobile': { zh: '查看咨询人完整手机号', en: "Requester's full mobile viewed" },
  'consultation.purged': { zh: '到期删除咨询请求（PI-3）', en: 'Consultation requests deleted after retention (PI-3)' },
  'demo.seed': { zh: '创建演示数据', en: 'Demo data created' },
  'paper_confirmation.record': { zh: '上传持证人书面确认扫描件', en: "Holder's signed paper confirmation uploaded" },
  'paper_confirmation.scan_read': { zh: '查看书面确认扫描件', en: 'Paper confirmation scan viewed' },
  'holder.invite': { zh: '短信邀请持证人激活账号', en: 'Holder invited by SMS to activate an account' },
  'holder.activate': { zh: '持证人激活账号', en: 'Holder activated the account' },
  'application.due_date_computed': {
    zh: '系统计算审核截止日（P-2）',
    en: 'Review due date computed by the system (P-2)',
  },
  'application.checks_computed': { zh: '系统补做自动核查（P-2）', en: 'Checks computed by the system (P-2)' },
  'policy.draft_saved': { zh: '保存政策数据草稿', en: 'Policy data draft saved' },
  'policy.published': { zh: '发布政策数据', en: 'Policy data published' },
  'policy.discarded': { zh: '放弃政策数据草稿', en: 'Policy data draft discarded' },
  'consult_thread.created': { zh: '提交在线咨询问题', en: 'Online question asked' },
  'consult_thread.follow_up': { zh: '咨询人追问', en: 'Follow-up question added' },
  'consult_thread.claimed': { zh: '顾问认领在线咨询', en: 'Online question claimed' },
  'consult_thread.answered': { zh: '顾问答复在线咨询', en: 'Online question answered' },
  'consult_thread.handed_over': { zh: '转交在线咨询', en: 'Online question handed over' },
  'consult_thread.closed': { zh: '结束在线咨询', en: 'Online question closed' },
  'consult_thread.withdrawn': { zh: '撤回在线咨询（删除全部内容）', en: 'Online question withdrawn (all deleted)' },
  'consult_thread.mobile_verified': { zh: '咨询人验证手机号码', en: 'Asker proved their mobile number' },
  'knowledge.saved': { zh: '保存知识库条目草稿', en: 'Knowledge entry draft saved' },
  'knowledge.published': { zh: '发布知识库条目', en: 'Knowledge entry published' },
  'knowledge.retired': { zh: '停用知识库条目', en: 'Knowledge entry retired' },
  'saved_reply.saved': { zh: '保存顾问常用答复', en: 'Saved reply saved' },
  'saved_reply.deleted': { zh: '删除顾问常用答复', en: 'Saved reply deleted' },
  // Issue #12: the verifiable notice and the SMS provider.
  'notice.revoked': { zh: '撤销积分通知单', en: 'Points notice revoked' },
  'sms.resent': { zh: '重新发送短信', en: 'SMS resent' },
  'roster.import': { zh: '导入员工花名册', en: 'Employee roster imported' },
  'transfer.request': {
    zh: '申请转入持证人（R-2，待持证人同意）',
    en: "Holder transfer requested (R-2, awaiting the holder's consent)",
  },
  'transfer.request_refused': {
    zh: '转入申请超出单位每日上限，未受理（R-2）',
    en: "Holder transfer refused: the employer's daily limit was reached (R-2)",
  },
  'transfer.accept': { zh: '持证人同意转入新单位（R-2）', en: 'Holder consented to move to the new employer (R-2)' },
  'transfer.decline': { zh: '持证人拒绝转入新单位（R-2）', en: 'Holder declined to move to the new employer (R-2)' },
  'transfer.paper_scan_read': { zh: '查看转入书面同意书扫描件', en: 'Scan of a signed transfer consent viewed' },
  'roster.export': { zh: '导出员工花名册', en: 'Employee roster exported' },
  'roster.renewals': { zh: '批量发起续办', en: 'Renewals started in bulk' },
  // Issue 13: points records and the daily lifecycle sweep.
  'points.record_created': { zh: '积分记录建立（L-1）', en: 'Points record created (L-1)' },
  'points.record_renewed': { zh: '积分记录续办（L-1）', en: 'Points record renewed (L-1)' },
  'points.reminders_cancelled': { zh: '按时续办，取消剩余提醒', en: 'Renewal in time: remaining reminders cancelled' },
  'points.reminders_resumed': {
    zh: '续办未获批准或撤回，恢复剩余提醒',
    en: 'Renewal rejected or withdrawn: remaining reminders resumed',
  },
  'points.sweep_applied': {
    zh: '每日生命周期巡检：状态变化与提醒',
    en: 'Daily lifecycle sweep: state changes and reminders',
  },
  'points.digest_computed': { zh: '补算审核晨报（P-2）', en: 'Review digest computed after data was published (P-2)' },
  // Issue #12: the review workbench.
  'review.claim': { zh: '认领审核案件', en: 'Case claimed for review' },
  'review.handover': { zh: '移交审核案件', en: 'Case handed over to a colleague' },
  'review.materials_checked': {
    zh: '现场逐项核验材料（R-2）',
    en: 'Materials checked item by item at the visit (R-2)',
  },
  'review.receipt_printed': { zh: '打印收件凭证', en: 'Materials receipt printed' },
  'review.file_retrieved': { zh: '调档', en: 'File retrieved for review' },
  'review.indicator_decided': { zh: '审核积分指标', en: 'Claimed indicator reviewed' },
  'review.false_material': { zh: '认定提供虚假材料（C-5）', en: 'False materials found (C-5)' },
} as const satisfies Record<string, LocalizedText>;

export type AuditAction = keyof typeof OTHER_ACTION_LABELS | `application.${Action}`;

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, LocalizedText>> = {
  ...OTHER_ACTION_LABELS,
  ...(Object.fromEntries(ACTIONS.map((a) => [`application.${a}`, APPLICATION_ACTION_LABELS[a]])) as Record<
    `application.${Action}`,
    LocalizedText
  >),
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, code);
}

/** Where an audit subject of each type is shown in the web UI for an administrator, if anywhere. */
export const AUDIT_SUBJECT_TYPES = [
  'application',
  'holder',
  'employer',
  'user',
  'consultation',
  'visit_slot',
  'policy_calendar',
  'policy_wage',
  'policy_version',
  'system',
  'knowledge_entry',
  'saved_reply',
  'points_record',
  'lifecycle_sweep',
] as const;
