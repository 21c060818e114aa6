import type { Translation } from '../types.ts';

/**
 * notifications: the messages the workflow sends to people, by SMS and in
 * the app, the Chinese (the source) and the English typed by it. An SMS
 * carries the signature 【积分】 / [Jifen] first, as mainland gateways require;
 * it names no person, since a phone number may be shared, and the
 * application's number is enough to find the case after signing in (PI-1).
 * The intents store a template's id and values, never its text, so a
 * wording fix here applies to messages not yet delivered.
 */
const zh = {
  sms: {
    reviewStarted:
      '【积分】您的居住证积分申请（编号{{applicationNo}}）已受理，人才服务中心将于{{dueDate}}前完成审核，结果将短信通知。',
    reviewStartedDatePending:
      '【积分】您的居住证积分申请（编号{{applicationNo}}）已受理，审核时限为20个工作日；因{{year}}年工作日历尚未发布，截止日期将在发布后计算并短信告知。',
    reviewDueDateSet: '【积分】您的居住证积分申请（编号{{applicationNo}}）的审核截止日期已确定：{{dueDate}}。',
    visitRequired:
      '【积分】居住证积分申请{{applicationNo}}因工作单位变更，请人事专员携带身份、劳动合同、退工单、单位资质及介绍信等材料到区人才服务中心现场办理。',
    returnedForCorrection:
      '【积分】居住证积分申请{{applicationNo}}已被退回，原因：{{reason}}。请补正后重新提交，审核时限自重新提交之日起重新计算。',
    approved:
      '【积分】您的居住证积分申请{{applicationNo}}已审核通过，可登录系统在线打印《上海市居住证积分通知单》，或持身份证到区人才服务中心领取。',
    rejected:
      '【积分】您的居住证积分申请{{applicationNo}}未通过审核，原因：{{reason}}。如有疑问请联系单位人事专员或区人才服务中心。',
    activationInvite:
      '【积分】您的单位已为您创建居住证积分申请{{applicationNo}}。请在{{expiresOn}}前打开 {{activationLink}} 设置登录密码（链接仅可使用一次），登录后核对并确认申请信息。',
    transferInvite:
      '【积分】{{employerName}}申请将您的居住证积分业务转入该单位（R-2），须经您本人同意。请在{{expiresOn}}前打开 {{activationLink}} 设置登录密码（链接仅可使用一次），登录后在首页同意或拒绝。',
    transferRequested:
      '【积分】{{employerName}}于{{date}}申请将您的居住证积分业务转入该单位（R-2），未经您本人同意不会转入。如您并未在该单位就职，无需操作，申请将于{{expiresOn}}自动失效；如有疑问请联系区人才服务中心。',
  },
  inApp: {
    transferRequested:
      '{{employerName}}于{{date}}申请将您的居住证积分业务转入该单位（R-2）。请在首页同意或拒绝；如您并未在该单位就职，请拒绝，申请将于{{expiresOn}}自动失效。',
    holderConfirmed: '持证人已确认申请{{applicationNo}}的信息，请审核后提交。',
    confirmedOnPaper: '单位人事专员已登记您签字的书面确认，申请{{applicationNo}}进入提交前审核。',
    reopened: '申请{{applicationNo}}已退回编辑状态，修改后需持证人重新确认。',
    submitted: '单位已提交积分申请{{applicationNo}}，系统正在自动核查。',
    autoApproved: '申请{{applicationNo}}已通过系统自动审核（工作单位未变更），可在线打印积分通知单。',
    reviewRouted: '申请{{applicationNo}}转人才服务中心审核：{{reasons}}。审核时限至{{dueDate}}。',
    materialsAccepted: '申请{{applicationNo}}的现场材料已收取，进入审核，审核时限至{{dueDate}}。',
    returnedForCorrection: '申请{{applicationNo}}已被退回补正，原因：{{reason}}。',
    decisionApproved: '申请{{applicationNo}}已审核通过，积分通知单可打印。',
    decisionRejected: '申请{{applicationNo}}未通过审核，原因：{{reason}}。',
    holderApproved:
      '您的居住证积分申请{{applicationNo}}已审核通过，可在“我的申请”中在线打印《上海市居住证积分通知单》。',
    holderRejected:
      '您的居住证积分申请{{applicationNo}}未通过审核，原因：{{reason}}。如有疑问请联系单位人事专员或区人才服务中心。',
    reviewDueDateSet: '申请{{applicationNo}}的审核截止日期已按新发布的工作日历确定：{{dueDate}}。',
    checksComputed: '申请{{applicationNo}}待数据的自动核查已按新发布的数据完成计算：{{summary}}。',
    withdrawn: '申请{{applicationNo}}已撤回。',
  },
  paramsMissing: '消息模板缺少参数：{{missing}}',
} as const;

const en: Translation<typeof zh> = {
  sms: {
    reviewStarted:
      '[Jifen] Your residence-permit points application {{applicationNo}} has been accepted; the talent service centre will decide by {{dueDate}} and tell you by SMS.',
    reviewStartedDatePending:
      '[Jifen] Your residence-permit points application {{applicationNo}} has been accepted; review takes 20 working days, and as the {{year}} working-day calendar is not published yet, the due date will be computed and sent to you once it is.',
    reviewDueDateSet:
      '[Jifen] The review of your residence-permit points application {{applicationNo}} is now due by {{dueDate}}.',
    visitRequired:
      '[Jifen] Points application {{applicationNo}}: the employer changed, so the HR specialist must bring the identity, contract, termination, employer and introduction-letter materials to the district talent service centre in person.',
    returnedForCorrection:
      '[Jifen] Points application {{applicationNo}} was returned for correction: {{reason}}. Please correct it and resubmit; the review period restarts on resubmission.',
    approved:
      '[Jifen] Your points application {{applicationNo}} is approved. Print the points notice online, or collect it at the district talent service centre with your ID card.',
    rejected:
      '[Jifen] Your points application {{applicationNo}} was rejected: {{reason}}. Please contact your HR specialist or the district talent service centre with questions.',
    activationInvite:
      '[Jifen] Your employer created points application {{applicationNo}} for you. Before {{expiresOn}}, open {{activationLink}} to set your password (the link works once), then sign in, check the data and confirm it.',
    transferInvite:
      '[Jifen] {{employerName}} asks to take over your residence-permit points with your consent (R-2). Before {{expiresOn}}, open {{activationLink}} to set your password (the link works once), then sign in and accept or decline on your home page.',
    transferRequested:
      '[Jifen] {{employerName}} asked on {{date}} to take over your residence-permit points (R-2); nothing moves without your consent. If you do not work there, do nothing: the request lapses on {{expiresOn}}. Questions: the district talent service centre.',
  },
  inApp: {
    transferRequested:
      '{{employerName}} asked on {{date}} to take over your residence-permit points (R-2). Accept or decline it on your home page; if you do not work there, decline it. The request lapses on {{expiresOn}}.',
    holderConfirmed: 'The holder confirmed application {{applicationNo}}; please review and submit it.',
    confirmedOnPaper:
      'Your HR specialist recorded your signed paper confirmation; application {{applicationNo}} now awaits submission.',
    reopened: 'Application {{applicationNo}} is back in editing; the holder must confirm it again.',
    submitted: 'Your employer submitted points application {{applicationNo}}; the automatic checks are running.',
    autoApproved:
      'Application {{applicationNo}} passed the automatic checks (employer unchanged); the points notice can be printed online.',
    reviewRouted:
      'Application {{applicationNo}} goes to the talent service centre for review: {{reasons}}. Decision due by {{dueDate}}.',
    materialsAccepted:
      'The in-person materials for application {{applicationNo}} were accepted; review is due by {{dueDate}}.',
    returnedForCorrection: 'Application {{applicationNo}} was returned for correction: {{reason}}.',
    decisionApproved: 'Application {{applicationNo}} is approved; the points notice can be printed.',
    decisionRejected: 'Application {{applicationNo}} was rejected: {{reason}}.',
    holderApproved:
      'Your points application {{applicationNo}} is approved; print the points notice online from your applications.',
    holderRejected:
      'Your points application {{applicationNo}} was rejected: {{reason}}. Please contact your HR specialist or the district talent service centre with questions.',
    reviewDueDateSet:
      'The review of application {{applicationNo}} is now due by {{dueDate}}, computed with the newly published working-day calendar.',
    checksComputed:
      'The automatic checks of application {{applicationNo}} that waited for data were computed with the newly published data: {{summary}}.',
    withdrawn: 'Application {{applicationNo}} was withdrawn.',
  },
  paramsMissing: 'Message template is missing parameters: {{missing}}',
};

export const notificationsMessages = { zh, en };
