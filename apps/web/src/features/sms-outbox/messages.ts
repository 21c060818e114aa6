import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** 发送失败短信管理页（issue 12）的中文文本。 */
const zh = {
  title: '发送失败的短信',
  intro:
    '短信服务商拒绝（如号码无效、签名或模板不合法）或多次重试仍失败的短信列在这里。修正原因（例如更正手机号、调整短信服务配置）后可重新发送；被限流等临时失败会自动按指数退避重试，不在此列。',
  columns: {
    failedAt: '失败时间',
    template: '短信类型',
    to: '接收号码',
    text: '短信内容',
    attempts: '尝试次数',
    code: '失败类型',
    reason: '失败原因',
    action: '操作',
  },
  template: {
    review_started: '受理通知',
    review_started_date_pending: '受理通知（待日历）',
    review_due_date_set: '截止日期通知',
    visit_required: '现场办理通知',
    returned_for_correction: '退回补正',
    approved: '审核通过',
    rejected: '未通过',
    activation_invite: '账号激活邀请',
    transfer_invite: '单位转入确认（R-2）',
  },
  resend: '重新发送',
  resendConfirm: '确认将这条短信重新放入发送队列？',
  resent: '已重新放入发送队列',
  notResendable: '无法原样重发（无手机号或激活链接已销毁），请让人事专员重新邀请',
  empty: '没有发送失败的短信',
  filterTemplate: '按类型筛选',
  // 服务商错误码的中文说明；原始错误码在提示中（issue 22：中文页面不显示原始代码）。
  failure: {
    MOBILE_NUMBER_ILLEGAL: '手机号无效',
    SIGN: '短信签名不合规',
    TEMPLATE: '短信模板不合规',
    LIMIT: '发送频率超限',
    NO_MOBILE: '没有手机号',
    other: '服务商拒绝发送',
    none: '—',
  },
  rawCode: '服务商错误码：{{code}}',
};

/** English texts of the failed-SMS page (issue #12). */
const en: Texts<typeof zh> = {
  title: 'Failed SMS',
  intro:
    'SMS the provider refused (an invalid number, a rejected signature or template) or that failed after every retry are listed here. Fix the cause (correct the mobile number, the SMS provider settings), then resend. Temporary failures such as throttling are retried automatically with exponential backoff and do not appear here.',
  columns: {
    failedAt: 'Failed at',
    template: 'Kind',
    to: 'To',
    text: 'Text',
    attempts: 'Attempts',
    code: 'Failure',
    reason: 'Reason',
    action: 'Action',
  },
  template: {
    review_started: 'Accepted',
    review_started_date_pending: 'Accepted (calendar pending)',
    review_due_date_set: 'Due date set',
    visit_required: 'Visit required',
    returned_for_correction: 'Returned for correction',
    approved: 'Approved',
    rejected: 'Rejected',
    activation_invite: 'Account activation',
    transfer_invite: 'Transfer consent (R-2)',
  },
  resend: 'Resend',
  resendConfirm: 'Put this SMS back in the sending queue?',
  resent: 'Back in the sending queue',
  notResendable:
    'Cannot be resent as it was (no mobile number, or the activation link was destroyed); ask the HR specialist to invite again',
  empty: 'No failed SMS',
  filterTemplate: 'Filter by kind',
  failure: {
    MOBILE_NUMBER_ILLEGAL: 'Invalid mobile number',
    SIGN: 'SMS signature not accepted',
    TEMPLATE: 'SMS template not accepted',
    LIMIT: 'Sending rate limit reached',
    NO_MOBILE: 'No mobile number',
    other: 'Refused by the SMS provider',
    none: '—',
  },
  rawCode: 'Provider error code: {{code}}',
};

/** Merged in under `smsAdmin.*` when the area's chunk loads. */
export const messages = addCatalog({ 'zh-CN': { smsAdmin: zh }, en: { smsAdmin: en } });
