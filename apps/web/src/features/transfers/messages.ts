import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts of the change-of-employer transfer (R-2, issue 17), merged in under `transfer.*`. */
const zh = {
  transfer: {
    title: '转入申请（变更单位 R-2）',
    hint: '登记或导入的身份证号码若已由其他单位登记，系统不会告知由谁登记，而是提交转入申请；持证人同意后（在积分系统中、通过激活短信链接，或签署书面同意书由本单位记录），持证人自同意之日起转入本单位，原单位只保留此前的历史记录。持证人{{days}}天内未同意的，申请过期，一切维持原状。',
    submitted: '已提交，待持证人确认',
    submittedDetail: '已为 {{name}} 提交转入申请，待持证人同意。可在“转入申请”中查看状态、发送短信或记录书面同意书。',
    empty: '暂无转入申请',
    name: '姓名（登记时填写）',
    residentId: '身份证号码',
    state: '状态',
    requestedAt: '提交时间',
    expiresAt: '有效期至',
    effectiveOn: '转入生效日',
    method: '同意方式',
    actions: '操作',
    states: { pending: '待持证人确认', accepted: '已同意', declined: '已拒绝', expired: '已过期' },
    methods: { app: '持证人在系统中同意', sms: '持证人通过激活短信同意', paper: '书面同意书（单位记录）' },
    sendSms: '短信请持证人确认',
    smsSent: '已处理：尚未开通账号且登记了手机号码的持证人将收到激活短信；已有账号的持证人登录后即可在首页看到此申请。',
    recordPaper: '记录书面同意书',
    paperTitle: '记录持证人签字的转入同意书',
    paperHint: '请上传持证人签字的转入同意书扫描件（PDF、PNG 或 JPEG）。扫描件加密保存，记录人和时间写入审计日志。',
    signedOn: '签字日期',
    scan: '扫描件',
    chooseScan: '选择扫描件',
    scanRequired: '请选择签字同意书的扫描件',
    required: '请填写此项',
    ok: '确定',
    paperRecorded: '已记录书面同意书，持证人已转入本单位',
    openHolder: '查看持证人',
    viewScan: '查看扫描件',
    // The holder's side.
    holderTitle: '单位转入申请',
    holderHint:
      '{{employer}}申请将您的居住证积分业务转入该单位（R-2：变更用人单位）。同意后，自当日起由该单位为您办理，原单位只能查看此前的历史记录，原单位未办结的申请由系统撤回。请在 {{date}} 前处理；拒绝或过期则一切维持原状。',
    accept: '同意转入',
    decline: '拒绝',
    acceptConfirm: '确认同意转入{{employer}}？',
    declineConfirm: '确认拒绝{{employer}}的转入申请？',
    accepted: '已同意，您的积分业务自今日起由{{employer}}办理',
    declined: '已拒绝，一切维持原状',
    history: '转入申请记录',
  },
  rosterTransfer: '{{count}} 行的身份证号码需经持证人同意后转入本单位，已提交转入申请（见“转入申请”）。',
};

const en: Texts<typeof zh> = {
  transfer: {
    title: 'Transfer requests (changed employer, R-2)',
    hint: 'If an ID you register or import is already registered by another employer, jifen does not say by whom: it submits a transfer request. Once the holder consents (in jifen, through the activation SMS link, or on a signed paper consent your HR records), the holder moves to your employer from that day and the old employer keeps only the history up to it. A request without consent within {{days}} days expires and changes nothing.',
    submitted: "Submitted, awaiting the holder's consent",
    submittedDetail:
      "A transfer request for {{name}} is submitted and awaits the holder's consent. Follow it under Transfer requests: send an SMS or record a signed paper consent there.",
    empty: 'No transfer requests',
    name: 'Name (as you entered it)',
    residentId: 'Resident ID',
    state: 'State',
    requestedAt: 'Requested',
    expiresAt: 'Valid until',
    effectiveOn: 'Effective from',
    method: 'Consent',
    actions: 'Actions',
    states: {
      pending: "Awaiting the holder's consent",
      accepted: 'Accepted',
      declined: 'Declined',
      expired: 'Expired',
    },
    methods: {
      app: 'In jifen by the holder',
      sms: 'By the holder via the activation SMS',
      paper: 'Signed paper consent (recorded by HR)',
    },
    sendSms: 'Ask the holder by SMS',
    smsSent:
      'Done: a holder without an account and with a mobile on record gets an activation SMS; a holder with an account sees the request on their home page.',
    recordPaper: 'Record a paper consent',
    paperTitle: "Record the holder's signed transfer consent",
    paperHint:
      "Upload the scan of the holder's signed transfer consent (PDF, PNG or JPEG). The scan is stored encrypted; who recorded it and when goes to the audit log.",
    signedOn: 'Signed on',
    scan: 'Scan',
    chooseScan: 'Choose the scan',
    scanRequired: 'Choose the scan of the signed consent',
    required: 'Fill this in',
    ok: 'OK',
    paperRecorded: 'Paper consent recorded; the holder has moved to your employer',
    openHolder: 'Open the holder',
    viewScan: 'View the scan',
    holderTitle: 'Transfer request from an employer',
    holderHint:
      '{{employer}} asks to take over your residence-permit points (R-2, changed employer). If you accept, that employer acts for you from today; your previous employer keeps only the history up to today and its open application is withdrawn by the system. Decide by {{date}}; declining or letting it expire changes nothing.',
    accept: 'Accept',
    decline: 'Decline',
    acceptConfirm: 'Accept the transfer to {{employer}}?',
    declineConfirm: 'Decline the request of {{employer}}?',
    accepted: 'Accepted: {{employer}} acts for you from today',
    declined: 'Declined: nothing changed',
    history: 'Transfer requests',
  },
  rosterTransfer:
    "{{count}} row(s) need the holder's consent to join your employer: transfer requests were submitted (see Transfer requests).",
};

export const messages = addCatalog({ 'zh-CN': zh, en });
