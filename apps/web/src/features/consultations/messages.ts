import { i18n } from '../../i18n/i18n.ts';

/** Texts of the consultation pages (PI-3) and the consultant's queue, merged in under `consult.*` (the menu label lives with the other menu labels). */
const zh = {
  consult: {
    requestTitle: '一对一咨询（人工回电）',
    requestIntro:
      '测评结果已在页面上即时给出。如仍希望顾问电话回访，请留下姓名和手机号码。提交前请阅读《隐私保护声明》。',
    name: '姓名或称呼',
    mobile: '手机号码',
    question: '您的问题',
    attach: '附上我的测评（总分 {{total}} 分，测评日 {{asOf}}；不含身份证号码和扣分记录）',
    consent: '我已阅读并同意',
    privacyLink: '《隐私保护声明》',
    consentRequired: '请阅读并同意《隐私保护声明》',
    required: '请填写此项',
    submit: '提交咨询申请',
    done: '已提交。请保存查询码，可用它查看进度或撤回申请（撤回即删除您的信息）。',
    reference: '查询码',
    deleteAfter: '最迟于 {{date}} 自动删除（保存 {{days}} 天）',
    deleteBy: '最迟于 {{date}} 自动删除',
    statusLabel: '状态',
    viewStatus: '查看进度 / 撤回',
    backToAssess: '返回积分测评',
    statusTitle: '咨询进度查询与撤回',
    lookup: '查询',
    notFound: '没有找到该查询码：可能已撤回或已超过保存期限被删除。',
    status: { new: '已收到，等待回电', called_back: '顾问已回电', closed: '已结束' },
    submittedAt: '提交时间',
    withAssessment: '附有测评',
    withdraw: '撤回并删除我的信息',
    withdrawConfirm: '撤回后您的姓名、手机号码、问题和测评都会被删除，且无法恢复。确定撤回吗？',
    withdrawn: '已撤回，您的信息已删除。',
    cancel: '取消',
    queueTitle: '咨询回访队列',
    all: '全部',
    empty: '队列为空',
    reveal: '显示完整号码',
    revealReason: '查看原因（将写入审计日志）',
    revealReasonDefault: '电话回访',
    note: '备注',
    addNote: '添加备注',
    markCalled: '标记为已回电',
    close: '结束',
    reopen: '重新打开',
    assessment: '测评：{{total}} 分（{{asOf}}，{{policy}}）',
    noAssessment: '未附测评',
    language: '语言：{{lang}}',
    forbidden: '只有咨询顾问可以查看此队列',
  },
  privacy: {
    title: '隐私保护声明（咨询申请）',
    version: '版本 {{version}}',
    sections: [
      [
        '我们收集什么',
        '您主动填写的姓名或称呼、手机号码、问题，以及（仅在您勾选时）您的测评答案和结果。身份证号码和刑事、拘留、虚假材料等敏感记录不会随咨询申请提交。积分测评本身在您的浏览器中计算，不上传。',
      ],
      ['为什么收集', '仅用于顾问就您的问题电话回访。我们不会用于营销，也不会提供给任何第三方。'],
      [
        '如何保护',
        '手机号码加密存储；顾问在队列中只看到遮掩后的号码，查看完整号码须写明原因，并记入不可篡改的审计日志。',
      ],
      [
        '保存多久',
        '自提交之日起保存一段固定期限（默认 90 天，由服务配置），期满自动删除；提交成功后页面会显示您这份申请的最迟删除日期。',
      ],
      [
        '撤回与删除',
        '您可随时凭查询码在“咨询进度查询与撤回”页面撤回同意；撤回即删除您的全部咨询信息，审计日志只保留“已撤回”这一事实，不含您的个人信息。',
      ],
      ['联系我们', '对个人信息处理有疑问，可在咨询问题中说明，或向所在区人才服务中心咨询。'],
    ],
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends string[][] ? string[][] : Shape<T[K]> };

const en: Shape<typeof zh> = {
  consult: {
    requestTitle: 'Talk to a consultant (call-back)',
    requestIntro:
      'Your assessment is already on the page. If you still want a consultant to call you back, leave a name and a mobile number. Please read the privacy notice first.',
    name: 'Name',
    mobile: 'Mobile number',
    question: 'Your question',
    attach: 'Attach my assessment (total {{total}}, evaluated {{asOf}}; without the resident ID number or any records)',
    consent: 'I have read and agree to the',
    privacyLink: 'privacy notice',
    consentRequired: 'Please read and agree to the privacy notice',
    required: 'Please fill this in',
    submit: 'Send the request',
    done: 'Sent. Keep the reference code: it shows the progress and lets you withdraw the request (withdrawing deletes your data).',
    reference: 'Reference code',
    deleteAfter: 'Deleted automatically by {{date}} at the latest (kept {{days}} days)',
    deleteBy: 'Deleted automatically by {{date}} at the latest',
    statusLabel: 'Status',
    viewStatus: 'Progress / withdraw',
    backToAssess: 'Back to the assessment',
    statusTitle: 'Request progress and withdrawal',
    lookup: 'Look up',
    notFound: 'No request with this code: it may have been withdrawn or deleted after the retention period.',
    status: { new: 'Received, waiting for a call-back', called_back: 'A consultant has called back', closed: 'Closed' },
    submittedAt: 'Sent',
    withAssessment: 'Assessment attached',
    withdraw: 'Withdraw and delete my data',
    withdrawConfirm: 'Withdrawing deletes your name, mobile number, question and assessment for good. Withdraw?',
    withdrawn: 'Withdrawn. Your data has been deleted.',
    cancel: 'Cancel',
    queueTitle: 'Call-back queue',
    all: 'All',
    empty: 'The queue is empty',
    reveal: 'Show the full number',
    revealReason: 'Reason (written to the audit log)',
    revealReasonDefault: 'Call-back',
    note: 'Note',
    addNote: 'Add note',
    markCalled: 'Mark as called back',
    close: 'Close',
    reopen: 'Reopen',
    assessment: 'Assessment: {{total}} points ({{asOf}}, {{policy}})',
    noAssessment: 'No assessment attached',
    language: 'Language: {{lang}}',
    forbidden: 'Only consultants can open this queue',
  },
  privacy: {
    title: 'Privacy notice (consultation requests)',
    version: 'Version {{version}}',
    sections: [
      [
        'What we collect',
        'The name, mobile number and question you type, and, only if you tick the box, your assessment answers and result. Your resident ID number and sensitive records (criminal, detention, false materials) are never sent with a request. The assessment itself runs in your browser and is not uploaded.',
      ],
      [
        'Why',
        'Only so that a consultant can call you back about your question. Never for marketing, never shared with third parties.',
      ],
      [
        'How it is protected',
        'The mobile number is stored encrypted; consultants see it masked, and showing the full number needs a reason that is written to a tamper-evident audit log.',
      ],
      [
        'How long',
        'Kept for a fixed period from the day you send it (90 days by default, set by the service), then deleted automatically; after sending, the page shows the date by which your request will be deleted.',
      ],
      [
        'Withdrawal and deletion',
        'You can withdraw your consent at any time with the reference code on the "Request progress and withdrawal" page; withdrawing deletes all of the request. The audit log keeps only the fact of the withdrawal, with no personal data.',
      ],
      [
        'Contact',
        'Questions about your personal data: say so in your question, or ask the talent service centre of your district.',
      ],
    ],
  },
};

/** Merged into the app's translations (one line in app-routes.tsx imports this file). */
export function registerConsultationMessages(): void {
  i18n.addResourceBundle('zh-CN', 'translation', zh, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}
registerConsultationMessages();
export const CONSULTATION_MESSAGES = { zh, en };
