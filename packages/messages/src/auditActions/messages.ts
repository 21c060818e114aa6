import type { Translation } from '../types.ts';

/**
 * auditActions: the label of every audit action code the API writes, the
 * Chinese (the source) and the English typed by it. Keys follow the codes
 * (`application.notice_printed` is `application.noticePrinted`); the code
 * to key table is `packages/contracts/src/audit-actions.ts`, so a new code
 * without a label does not compile. Shared with the web through
 * `@jifen/messages/audit`, which carries these texts only (the audit page's
 * chunk loads them, never /assess).
 */
const zh = {
  application: {
    create: '新建积分申请',
    noticePrinted: '打印积分通知单',
    dueDateComputed: '系统计算审核截止日（P-2）',
    checksComputed: '系统补做自动核查（P-2）',
    confirm: '持证人确认申请',
    confirmOnPaper: '记录持证人书面确认',
    reopen: '申请退回草稿',
    submit: '提交申请',
    autoApprove: '系统自动通过（R-1）',
    routeToVisit: '系统分流至现场核验（R-2）',
    routeToReview: '系统分流至调档审核（R-3）',
    acceptMaterials: '现场核验材料通过',
    returnForCorrection: '退回补正',
    approve: '审核通过',
    reject: '审核不通过',
    withdraw: '撤回申请',
  },
  auth: {
    login: '登录',
    logout: '退出登录',
    locked: '多次密码错误，账号锁定',
    passwordChange: '修改密码',
  },
  user: {
    create: '创建账号',
    sessionsRevoke: '强制下线（注销全部会话）',
    disable: '停用账号',
    enable: '启用账号',
    unlock: '解除账号锁定',
    passwordReset: '重置密码（下次登录须修改）',
    roleChange: '变更角色或范围',
  },
  employer: {
    register: '用人单位注册',
    verify: '用人单位核验通过',
    reject: '用人单位核验不通过',
  },
  holder: {
    register: '登记持证人',
    reveal: '查看完整个人信息',
    invite: '短信邀请持证人激活账号',
    activate: '持证人激活账号',
  },
  claims: {
    read: '查看积分指标',
    update: '修改积分指标',
    confirm: '持证人确认积分指标',
  },
  records: {
    read: '查看社保个税记录',
    update: '修改社保个税记录',
    import: '导入社保个税记录',
  },
  permit: {
    lookup: '按身份证号查询居住证',
    endorse: '居住证签注',
    issueNew: '登记新办居住证',
  },
  visitSlot: {
    publish: '发布现场核验时段',
  },
  visit: {
    book: '预约现场核验',
    reschedule: '改约现场核验',
    cancel: '取消现场核验预约',
  },
  consultation: {
    created: '提交咨询回电请求',
    updated: '处理咨询请求',
    withdrawn: '撤回咨询请求',
    revealMobile: '查看咨询人完整手机号',
    purged: '到期删除咨询请求（PI-3）',
  },
  demo: {
    seed: '创建演示数据',
  },
  paperConfirmation: {
    record: '上传持证人书面确认扫描件',
    scanRead: '查看书面确认扫描件',
  },
  policy: {
    draftSaved: '保存政策数据草稿',
    published: '发布政策数据',
    discarded: '放弃政策数据草稿',
  },
  consultThread: {
    created: '提交在线咨询问题',
    followUp: '咨询人追问',
    claimed: '顾问认领在线咨询',
    answered: '顾问答复在线咨询',
    handedOver: '转交在线咨询',
    closed: '结束在线咨询',
    withdrawn: '撤回在线咨询（删除全部内容）',
    mobileVerified: '咨询人验证手机号码',
  },
  knowledge: {
    saved: '保存知识库条目草稿',
    published: '发布知识库条目',
    retired: '停用知识库条目',
  },
  savedReply: {
    saved: '保存顾问常用答复',
    deleted: '删除顾问常用答复',
  },
  notice: {
    revoked: '撤销积分通知单',
  },
  sms: {
    resent: '重新发送短信',
  },
  roster: {
    import: '导入员工花名册',
    export: '导出员工花名册',
    renewals: '批量发起续办',
  },
  transfer: {
    request: '申请转入持证人（R-2，待持证人同意）',
    requestRefused: '转入申请超出单位每日上限，未受理（R-2）',
    accept: '持证人同意转入新单位（R-2）',
    decline: '持证人拒绝转入新单位（R-2）',
    paperScanRead: '查看转入书面同意书扫描件',
  },
  points: {
    recordCreated: '积分记录建立（L-1）',
    recordRenewed: '积分记录续办（L-1）',
    remindersCancelled: '按时续办，取消剩余提醒',
    remindersResumed: '续办未获批准或撤回，恢复剩余提醒',
    sweepApplied: '每日生命周期巡检：状态变化与提醒',
    digestComputed: '补算审核晨报（P-2）',
  },
  review: {
    claim: '认领审核案件',
    handover: '移交审核案件',
    materialsChecked: '现场逐项核验材料（R-2）',
    receiptPrinted: '打印收件凭证',
    fileRetrieved: '调档',
    indicatorDecided: '审核积分指标',
    falseMaterial: '认定提供虚假材料（C-5）',
  },
} as const;

const en: Translation<typeof zh> = {
  application: {
    create: 'Application created',
    noticePrinted: 'Points notice printed',
    dueDateComputed: 'Review due date computed by the system (P-2)',
    checksComputed: 'Checks computed by the system (P-2)',
    confirm: 'Holder confirmed the application',
    confirmOnPaper: "Holder's signed paper confirmation recorded",
    reopen: 'Application reopened as a draft',
    submit: 'Application submitted',
    autoApprove: 'Approved by the system (R-1)',
    routeToVisit: 'Routed by the system to an in-person visit (R-2)',
    routeToReview: 'Routed by the system to review (R-3)',
    acceptMaterials: 'Materials accepted at the visit',
    returnForCorrection: 'Returned for correction',
    approve: 'Approved',
    reject: 'Rejected',
    withdraw: 'Application withdrawn',
  },
  auth: {
    login: 'Signed in',
    logout: 'Signed out',
    locked: 'Account locked after failed sign-ins',
    passwordChange: 'Password changed',
  },
  user: {
    create: 'Account created',
    sessionsRevoke: 'All sessions revoked',
    disable: 'Account disabled',
    enable: 'Account enabled',
    unlock: 'Account unlocked',
    passwordReset: 'Password reset (must be changed at next sign-in)',
    roleChange: 'Role or scope changed',
  },
  employer: {
    register: 'Employer registered',
    verify: 'Employer verified',
    reject: 'Employer rejected',
  },
  holder: {
    register: 'Holder registered',
    reveal: 'Full personal data viewed',
    invite: 'Holder invited by SMS to activate an account',
    activate: 'Holder activated the account',
  },
  claims: {
    read: 'Indicator claims viewed',
    update: 'Indicator claims changed',
    confirm: 'Indicator claims confirmed by the holder',
  },
  records: {
    read: 'Insurance and tax records viewed',
    update: 'Insurance and tax records changed',
    import: 'Insurance and tax records imported',
  },
  permit: {
    lookup: 'Permit looked up by resident ID',
    endorse: 'Permit endorsed',
    issueNew: 'Newly issued permit recorded',
  },
  visitSlot: {
    publish: 'Visit slot published',
  },
  visit: {
    book: 'Visit booked',
    reschedule: 'Visit rescheduled',
    cancel: 'Visit cancelled',
  },
  consultation: {
    created: 'Call-back requested',
    updated: 'Consultation request updated',
    withdrawn: 'Call-back request withdrawn',
    revealMobile: "Requester's full mobile viewed",
    purged: 'Consultation requests deleted after retention (PI-3)',
  },
  demo: {
    seed: 'Demo data created',
  },
  paperConfirmation: {
    record: "Holder's signed paper confirmation uploaded",
    scanRead: 'Paper confirmation scan viewed',
  },
  policy: {
    draftSaved: 'Policy data draft saved',
    published: 'Policy data published',
    discarded: 'Policy data draft discarded',
  },
  consultThread: {
    created: 'Online question asked',
    followUp: 'Follow-up question added',
    claimed: 'Online question claimed',
    answered: 'Online question answered',
    handedOver: 'Online question handed over',
    closed: 'Online question closed',
    withdrawn: 'Online question withdrawn (all deleted)',
    mobileVerified: 'Asker proved their mobile number',
  },
  knowledge: {
    saved: 'Knowledge entry draft saved',
    published: 'Knowledge entry published',
    retired: 'Knowledge entry retired',
  },
  savedReply: {
    saved: 'Saved reply saved',
    deleted: 'Saved reply deleted',
  },
  notice: {
    revoked: 'Points notice revoked',
  },
  sms: {
    resent: 'SMS resent',
  },
  roster: {
    import: 'Employee roster imported',
    export: 'Employee roster exported',
    renewals: 'Renewals started in bulk',
  },
  transfer: {
    request: "Holder transfer requested (R-2, awaiting the holder's consent)",
    requestRefused: "Holder transfer refused: the employer's daily limit was reached (R-2)",
    accept: 'Holder consented to move to the new employer (R-2)',
    decline: 'Holder declined to move to the new employer (R-2)',
    paperScanRead: 'Scan of a signed transfer consent viewed',
  },
  points: {
    recordCreated: 'Points record created (L-1)',
    recordRenewed: 'Points record renewed (L-1)',
    remindersCancelled: 'Renewal in time: remaining reminders cancelled',
    remindersResumed: 'Renewal rejected or withdrawn: remaining reminders resumed',
    sweepApplied: 'Daily lifecycle sweep: state changes and reminders',
    digestComputed: 'Review digest computed after data was published (P-2)',
  },
  review: {
    claim: 'Case claimed for review',
    handover: 'Case handed over to a colleague',
    materialsChecked: 'Materials checked item by item at the visit (R-2)',
    receiptPrinted: 'Materials receipt printed',
    fileRetrieved: 'File retrieved for review',
    indicatorDecided: 'Claimed indicator reviewed',
    falseMaterial: 'False materials found (C-5)',
  },
};

export const auditActionsMessages = { zh, en };
