import type { Translation } from '../types.ts';

/** workflow: the application workflow's names and errors, the Chinese (the source) and the English typed by it. */
const zh = {
  state: {
    draft: '草稿',
    holderConfirmed: '持证人已确认',
    submitted: '已提交',
    awaitingVisit: '待现场办理',
    underReview: '审核中',
    returned: '已退回',
    approved: '已通过',
    rejected: '未通过',
    withdrawn: '已撤回',
  },
  action: {
    confirm: '确认信息',
    confirmOnPaper: '登记书面确认',
    reopen: '退回编辑',
    submit: '提交',
    autoApprove: '自动审核通过',
    routeToVisit: '转现场办理',
    routeToReview: '转人工审核',
    acceptMaterials: '收取现场材料',
    returnForCorrection: '退回补正',
    approve: '审核通过',
    reject: '不予通过',
    withdraw: '撤回',
  },
  role: {
    holder: '持证人',
    hr: '单位人事专员',
    clerk: '窗口受理人员',
    reviewer: '审核人员',
    consultant: '咨询顾问',
    admin: '系统管理员',
    system: '系统',
  },
  error: {
    finalState: '申请已处于终结状态“{{state}}”，不能再“{{action}}”；如需办理请新建申请',
    transitionNotAllowed: '申请处于“{{state}}”状态时不能“{{action}}”',
    forbiddenRole: '{{role}}无权对“{{state}}”状态的申请执行“{{action}}”（仅限：{{allowed}}）',
    reasonRequired: '对“{{state}}”状态的申请执行“{{action}}”须填写原因，以便单位和持证人知悉如何补正',
    checksRequired: '“{{action}}”须附自动核查结果',
    routeMismatch: '按申请类型与核查结果，应“{{expected}}”，而非“{{action}}”',
  },
  route: {
    employerChanged: '工作单位已变更，需由新单位人事专员携带材料到区人才服务中心现场办理',
    firstApplication: '首次申请由人才服务中心调档审核',
    afterClearing: '积分已清零，需重新申请积分，由人才服务中心审核',
    dataChanged: '个人信息有变更，需人工审核',
    checkFailed: '自动核查未通过（{{ruleId}}）',
  },
  nextStep: {
    holderSignsIn:
      '等待持证人确认：请持证人{{holder}}登录系统，在“我的申请”中核对信息并点击“确认信息”；确认后由人事专员提交。',
    holderInvited:
      '等待持证人确认：已向持证人{{holder}}（{{mobile}}）发送账号激活短信，链接有效至{{expiresOn}}；持证人设置密码并登录后确认。也可上传持证人签字的书面确认书代为登记。',
    holderWithoutAccount:
      '等待持证人确认：持证人{{holder}}尚无登录账号。请发送短信激活邀请（一次性链接，持证人设置密码后登录确认），或上传持证人签字的书面确认书扫描件代为登记。',
    employerSubmits: '等待单位提交：持证人已确认，请人事专员审核信息后点击“提交”。',
    systemRoutes: '系统正在自动核查并分派。',
    visit: '等待现场办理：工作单位已变更，请人事专员预约并携带 M-1..M-4 材料到区人才服务中心。',
    review: '等待区人才服务中心审核{{due}}；结果将短信通知持证人。',
    reviewDue: '，时限至{{date}}',
    employerCorrects: '等待单位补正：请人事专员按退回原因修改后重新提交。',
    approved: '已审核通过：可在线打印《上海市居住证积分通知单》。',
    rejected: '未通过审核，申请已结束；如需办理请新建申请。',
    withdrawn: '申请已撤回并结束。',
  },
  dueDatePending: '待定（{{year}}年工作日历尚未发布，发布后即计算并通知，P-2）',
} as const;

const en: Translation<typeof zh> = {
  state: {
    draft: 'draft',
    holderConfirmed: 'confirmed by the holder',
    submitted: 'submitted',
    awaitingVisit: 'awaiting the in-person visit',
    underReview: 'under review',
    returned: 'returned for correction',
    approved: 'approved',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
  },
  action: {
    confirm: 'confirm',
    confirmOnPaper: 'record the signed paper confirmation',
    reopen: 'reopen for editing',
    submit: 'submit',
    autoApprove: 'approve automatically',
    routeToVisit: 'route to the in-person visit',
    routeToReview: 'route to review',
    acceptMaterials: 'accept the in-person materials',
    returnForCorrection: 'return for correction',
    approve: 'approve',
    reject: 'reject',
    withdraw: 'withdraw',
  },
  role: {
    holder: 'holder',
    hr: 'HR specialist',
    clerk: 'counter clerk',
    reviewer: 'reviewer',
    consultant: 'consultant',
    admin: 'administrator',
    system: 'the system',
  },
  error: {
    finalState: 'The application is final ({{state}}); it cannot {{action}}. Start a new application instead',
    transitionNotAllowed: 'An application that is {{state}} cannot {{action}}',
    forbiddenRole: 'The {{role}} may not {{action}} an application that is {{state}} (only: {{allowed}})',
    reasonRequired:
      'To {{action}} an application that is {{state}}, a reason is required so that the employer and holder know what to correct',
    checksRequired: 'To {{action}}, the automatic check results are required',
    routeMismatch: 'By the application kind and the check results the system must {{expected}}, not {{action}}',
  },
  route: {
    employerChanged:
      'The employer changed: the new employer’s HR specialist must bring the materials to the district talent service centre',
    firstApplication: 'A first application is reviewed by the talent service centre',
    afterClearing: 'Points were cleared; the new points application is reviewed by the talent service centre',
    dataChanged: 'Personal data changed and needs a manual review',
    checkFailed: 'Automatic check failed ({{ruleId}})',
  },
  nextStep: {
    holderSignsIn:
      'Waiting for the holder\'s confirmation: {{holder}} signs in, checks the data under "My applications" and clicks "Confirm"; then the HR specialist submits.',
    holderInvited:
      "Waiting for the holder's confirmation: an activation SMS was sent to {{holder}} ({{mobile}}), its link valid until {{expiresOn}}; the holder sets a password, signs in and confirms. Or upload the holder's signed paper confirmation instead.",
    holderWithoutAccount:
      "Waiting for the holder's confirmation: {{holder}} has no account yet. Send an activation SMS (a one-time link; the holder sets a password, signs in and confirms), or upload the scan of the holder's signed paper confirmation.",
    employerSubmits:
      'Waiting for the employer: the holder confirmed; the HR specialist reviews the data and clicks "Submit".',
    systemRoutes: 'The automatic checks are running and the system routes the application.',
    visit:
      'Waiting for the in-person visit: the employer changed; the HR specialist books a slot and brings the M-1..M-4 materials to the district talent service centre.',
    review: "Waiting for the district talent service centre's review{{due}}; the holder is told the result by SMS.",
    reviewDue: ', due by {{date}}',
    employerCorrects:
      "Waiting for the employer's correction: the HR specialist corrects what the return names and resubmits.",
    approved: 'Approved: the points notice can be printed online.',
    rejected: 'Rejected; the application is closed. Start a new application if needed.',
    withdrawn: 'Withdrawn; the application is closed.',
  },
  dueDatePending:
    'to be set (the {{year}} working-day calendar is not published yet; it is computed and sent once it is, P-2)',
};

export const workflowMessages = { zh, en };
