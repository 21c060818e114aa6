import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** What an HR specialist of an employer that is not verified yet can expect, merged in under `hrPending.*`. */
const zh = {
  hrPending: {
    pendingShort: '须经认证的用人单位才能注册持证人、提交积分申请（R-4）。',
    rejectedShort: '区人才服务中心未通过本单位的认证（R-4）。',
    nextTitle: '接下来怎么办',
    stepVisit:
      '经办人携带营业执照、统一社会信用代码证书复印件（加盖公章）及单位介绍信，到单位注册地所在区的人才服务中心现场认证。',
    stepResult: '中心核对原件后当场办理认证；结果在您下次登录时显示在本页。',
    stepAfter: '认证通过后，您可以注册本单位持证人、申报积分指标并提交积分申请。在此之前这些功能不可用。',
    stepRejected: '按区人才服务中心给出的原因补正材料后，再到中心现场办理认证。',
    applicationsLocked: '本单位认证通过后才能查看和新建积分申请（R-4）。',
  },
  hr: {
    title: '{{employer}} · 持证人',
    pendingTitle: '本单位尚待认证',
    rejectedTitle: '本单位认证未通过',
  },
  reviewer: {
    title: '{{district}} · 待认证单位',
    hint: '单位经办人须携带材料到中心现场认证；核对原件后点击“认证通过”，材料不符时填写原因并“退回”（R-4）。',
    noPending: '暂无待认证单位',
    verify: '认证通过',
    verifyConfirm: '确认已现场核对“{{name}}”的材料并通过认证？',
    verified: '已认证',
    reject: '不予认证',
    rejectTitle: '不予认证：{{name}}',
    rejectReason: '原因（单位经办人可见）',
    rejectReasonRequired: '请填写不予认证的原因',
    rejected: '已退回该单位',
  },
  register: {
    title: '用人单位自助注册',
    intro: '注册后单位处于“待认证”状态；须由经办人到单位注册地所在区的人才服务中心现场认证一次（R-4）。',
    employerSection: '单位信息',
    hrSection: '经办人账号',
    usccHelp: '18 位，见营业执照；系统会在浏览器中核对校验位（GB 32100-2015）。',
    usccManualWarning: '校验位不符，将由区人才服务中心现场人工核验。',
    manualVerification: '代码与营业执照一致，申请人工核验',
    districtHelp: '单位注册地所在区；认证在该区人才服务中心办理。',
    contactName: '联系人姓名',
    contactMobile: '联系人手机号',
    hrDisplayName: '经办人姓名',
    confirmPassword: '确认密码',
    submit: '提交注册',
    successTitle: '注册成功，单位待认证',
    successHint:
      '“{{employer}}”已注册。经办人的登录账号是 {{username}}（系统在您填写的用户名后加了随机后缀，请记下），现在即可登录。请携带材料到{{district}}人才服务中心现场认证，认证后即可提交积分申请。',
    backToLogin: '返回登录',
  },
};

const en: Texts<typeof zh> = {
  hrPending: {
    pendingShort: 'Only a verified employer can register holders and submit points applications (R-4).',
    rejectedShort: 'The district talent service centre did not verify your employer (R-4).',
    nextTitle: 'What happens next',
    stepVisit:
      'Bring the business licence, the credit code certificate (copies with the company seal) and an introduction letter to the talent service centre of the district where the employer is registered.',
    stepResult:
      'The centre checks the originals and verifies the employer there and then; the result shows on this page the next time you sign in.',
    stepAfter:
      'Once verified, you can register your permit holders, declare their points claims and submit points applications. Until then these are not available.',
    stepRejected: 'Correct the materials as the district talent service centre explained, then visit the centre again.',
    applicationsLocked: 'Points applications can be viewed and created once your employer is verified (R-4).',
  },
  hr: {
    title: '{{employer}} · permit holders',
    pendingTitle: 'Your employer is not verified yet',
    rejectedTitle: 'Your employer was not verified',
  },
  reviewer: {
    title: '{{district}} · employers to verify',
    hint: "The employer's HR specialist brings the materials in person; check the originals, then verify, or reject with a reason (R-4).",
    noPending: 'No employers are waiting for verification',
    verify: 'Verify',
    verifyConfirm: 'Have you checked the originals of "{{name}}" in person and want to verify it?',
    verified: 'Employer verified',
    reject: 'Reject',
    rejectTitle: 'Reject: {{name}}',
    rejectReason: 'Reason (the employer will read it)',
    rejectReasonRequired: 'Give the reason for the rejection',
    rejected: 'Employer rejected',
  },
  register: {
    title: 'Employer self-registration',
    intro:
      'After registering, the employer is pending: its HR specialist verifies it once, in person, at the talent service centre of the district where it is registered (R-4).',
    employerSection: 'Employer',
    hrSection: "HR specialist's account",
    usccHelp:
      '18 characters, printed on the business licence; the check character is verified in your browser (GB 32100-2015).',
    usccManualWarning:
      'The check character does not match; the district talent service centre will verify the code by hand.',
    manualVerification: 'The code matches the business licence; ask for manual verification',
    districtHelp: "Where the employer is registered; verification happens at that district's talent service centre.",
    contactName: 'Contact name',
    contactMobile: 'Contact mobile',
    hrDisplayName: "HR specialist's name",
    confirmPassword: 'Confirm password',
    submit: 'Register',
    successTitle: 'Registered; verification pending',
    successHint:
      '"{{employer}}" is registered. The HR sign-in name is {{username}} (the name you chose with a random suffix added: note it down) and it can sign in now. Bring the materials to the {{district}} talent service centre to be verified; after that you can submit points applications.',
    backToLogin: 'Back to sign in',
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
