import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/**
 * An application's number and total, the next step of a draft, the holder's
 * invitation and activation by SMS, the signed paper confirmation, and the
 * holder's points on their home page.
 */
const zh = {
  applicationFields: {
    number: '申请编号',
    total: '积分总分',
    noTotal: '提交后计算',
    search: '按申请编号或持证人姓名搜索',
    permitPeriod: '对应居住证有效期',
  },
  applicationNextStep: {
    title: '下一步',
    blockedTitle: '暂不能办理下一步',
  },
  holderInvite: {
    send: '发送账号激活短信',
    confirm: '向持证人登记的手机号发送一次性激活链接（{{hours}}小时内有效，仅可使用一次）？',
    sent: '激活短信已发送至 {{mobile}}，链接有效至 {{until}}',
  },
  paperConfirmation: {
    record: '登记书面确认',
    title: '登记持证人签字的书面确认',
    hint: '请打印申请信息交持证人核对并签字，上传签字页的扫描件（PDF、PNG 或 JPEG，最大 5 MB）。登记后视同持证人已确认，记录登记人并写入审计日志。',
    signedOn: '签字日期',
    scan: '签字扫描件',
    chooseScan: '选择文件',
    recorded: '书面确认已登记，申请进入提交前审核',
    label: '书面确认',
    detail: '{{date}} 签字，由 {{who}} 于 {{at}} 登记',
    viewScan: '查看扫描件',
    required: '请填写此项',
  },
  activation: {
    title: '激活居住证积分账号',
    checking: '正在核对激活链接…',
    forHolder: '持证人：{{name}}（链接有效至 {{until}}）',
    username: '用户名',
    usernameHint: '3～40 位小写字母、数字、点、横线或下划线',
    password: '设置密码',
    passwordHint: '至少 8 位，包含字母和数字',
    passwordAgain: '再次输入密码',
    mismatch: '两次输入的密码不一致',
    submit: '激活账号',
    done: '账号 {{username}} 已激活。请登录后在“我的积分申请”中核对并确认申请信息；单位转入申请（R-2）请在首页同意或拒绝。',
    toLogin: '去登录',
    noToken: '链接不完整，请从短信中的链接打开本页面。',
  },
  myPoints: {
    title: '我的积分',
    approvedTotal: '已核准积分',
    noApproved: '尚无核准的积分',
    approvedOn: '申请 {{number}}，{{date}} 核准',
    validUntil: '有效期至（L-1）',
    validUntilValue: '{{date}}（与居住证有效期一致）',
    current: '当前申请',
    noCurrent: '没有办理中的申请',
    currentValue: '{{number}} · {{state}}',
    selfAssessment: '最近一次自测',
    noSelfAssessment: '尚未保存自测结果',
    selfAssessmentValue: '{{total}} 分（{{date}}）',
    standard: '标准分值 120 分',
  },
};

const en: Texts<typeof zh> = {
  applicationFields: {
    number: 'Application no.',
    total: 'Points total',
    noTotal: 'Computed on submission',
    search: 'Search by application number or holder name',
    permitPeriod: 'Permit period',
  },
  applicationNextStep: {
    title: 'Next step',
    blockedTitle: 'The next step cannot be taken yet',
  },
  holderInvite: {
    send: 'Send activation SMS',
    confirm: "Send a one-time activation link to the holder's mobile on record (valid {{hours}} hours, works once)?",
    sent: 'Activation SMS sent to {{mobile}}; the link is valid until {{until}}',
  },
  paperConfirmation: {
    record: 'Record paper confirmation',
    title: "Record the holder's signed paper confirmation",
    hint: "Print the application data for the holder to check and sign, then upload the scan of the signed page (PDF, PNG or JPEG, at most 5 MB). It counts as the holder's confirmation; who recorded it is kept and audited.",
    signedOn: 'Signed on',
    scan: 'Signed scan',
    chooseScan: 'Choose file',
    recorded: 'Paper confirmation recorded; the application awaits submission',
    label: 'Paper confirmation',
    detail: 'Signed {{date}}, recorded by {{who}} at {{at}}',
    viewScan: 'View scan',
    required: 'Required',
  },
  activation: {
    title: 'Activate your residence-permit points account',
    checking: 'Checking the activation link…',
    forHolder: 'Holder: {{name}} (link valid until {{until}})',
    username: 'Username',
    usernameHint: '3 to 40 lower-case letters, digits, dots, dashes or underscores',
    password: 'Password',
    passwordHint: 'At least 8 characters with letters and digits',
    passwordAgain: 'Password again',
    mismatch: 'The two passwords differ',
    submit: 'Activate account',
    done: 'Account {{username}} is active. Sign in, then check and confirm the application under "My points applications"; accept or decline an employer\'s transfer request (R-2) on your home page.',
    toLogin: 'Sign in',
    noToken: 'The link is incomplete; open this page from the link in the SMS.',
  },
  myPoints: {
    title: 'My points',
    approvedTotal: 'Approved points',
    noApproved: 'No approved points yet',
    approvedOn: 'Application {{number}}, approved {{date}}',
    validUntil: 'Valid until (L-1)',
    validUntilValue: '{{date}} (as long as the residence permit)',
    current: 'Current application',
    noCurrent: 'No application in progress',
    currentValue: '{{number}} · {{state}}',
    selfAssessment: 'Latest self-assessment',
    noSelfAssessment: 'No saved self-assessment',
    selfAssessmentValue: '{{total}} points ({{date}})',
    standard: 'Standard score 120',
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
