import type { Translation } from '../types.ts';

/** applications: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  heldByOtherReviewer: '该案件已由其他审核人员认领；请对方移交给您后再办理',
  versionConflict: '申请已被他人更新（您看到的是第{{expected}}版，当前为第{{current}}版），请刷新后重试',
  kindIsSameEmployer: '您的用人单位与上次核准时相同，请选择“续办（单位未变更）”（R-1）',
  kindIsChangedEmployer: '您的用人单位与上次核准时不同，请选择“续办（单位变更）”，须现场核验材料（R-2）',
  scanAsMultipart: '请以 multipart/form-data 上传签字确认书的扫描件',
  scanType: '请上传签字确认书的扫描件（PDF、PNG 或 JPEG）',
  scanTypeShort: '仅支持 PDF、PNG、JPEG',
  holderConfirmsInApp: '持证人{{name}}已有账号，请其登录后自行确认',
  signedOnRange: '签字日期须在申请创建日（{{created}}）与今天（{{today}}）之间',
  noPaperConfirmation: '该申请没有书面确认记录',
  employerNotYetVerified: '单位尚未通过区人才服务中心认证，暂不能办理积分申请',
  reviewDueDatePending:
    '审核截止日期待定：{{year}}年工作日历尚未发布（P-2）。审核照常进行，发布后立即计算截止日期并通知您。',
  baseMultiplePending:
    '社保基数核查（C-2、S-9）待定：上海市{{year}}年职工月平均工资尚未发布（P-2）。发布后立即自动计算并通知您。',
  idempotencyKeyAlreadyUsed:
    '该幂等键（Idempotency-Key）已用于另一份申请（持证人或申请类型不同）；新建申请请使用新的键',
  noEmployer:
    '您目前没有登记的用人单位。积分申请须经用人单位办理，个人不能单独申请（R-4）。请现用人单位的人事专员在系统中登记您为本单位员工，之后您或人事专员即可发起续办。',
  employerNotVerifiedNoApplication:
    '您的用人单位尚未通过区人才服务中心认证，暂不能办理积分申请（R-4）。请联系单位人事专员完成单位认证后再发起续办。',
  holderStartsRenewalOnly:
    '持证人本人只能发起续办（系统中须有您已核准的积分申请）；首次申请请由用人单位人事专员发起（R-4）。',
  chooseRenewal: '请选择续办',
  shouldBeKind: '应为 {{kind}}',
  fix: {
    socialInsurance:
      '在本市正常缴纳职工社会保险，申请当月须在沪参保，且近{{siWindowMonths}}个月至少正常缴纳{{siMinMonthsLastYear}}个月（补缴不计）后再提交',
    taxWithInsurer: '由缴纳社保的单位申报个税，且每月仅一家单位申报；更正所列月份的个税申报后再提交',
    falseMaterialBar: '虚假材料记录的{{falseMaterialBarYears}}年限制期内不能申请，期满后再申请',
    criminalRecord:
      '有严重刑事犯罪记录的，不具备申请积分资格；一般刑事犯罪记录{{generalCrimeYears}}年内不得申请，待所列届满日起再申请',
    seriousCrime: '有严重刑事犯罪记录的，不具备申请积分资格',
    contactCentre: '该项核查未通过，不能提交，请联系区人才服务中心',
  },
  ruleNotMet: '{{ruleId}} 未通过',
  checksFailed: '自动核查未通过（{{ids}}），申请未提交',
  openExists: '该持证人已有一份未办结的申请（{{shown}}），请继续办理该申请，或先撤回后再新建',
  periodApproved: '本居住证有效期内的积分已经批准（申请 {{shown}}）；签注续期后再申请',
  /** A failed check on submission: what failed, the months concerned (when it does not name them), what to do. */
  checkFailedFix: '{{what}}{{months}}。处理办法：{{fix}}',
  monthsConcerned: '（涉及月份：{{months}}）',
  preview: {
    approvedTotalOnly: '上次核准总分{{total}}分。',
    linesNotKept: '上次核准总分{{approvedTotal}}分；当时的计算明细未随申请保存，无法逐项比较。',
    sameTotal: '与上次核准总分{{approvedTotal}}分相同，各项指标未变。',
    sameLinesReviewerTotal: '各项指标与上次核准时相同；上次核准总分{{approvedTotal}}分为审核调整后的分数。',
    changed: '本次合计{{total}}分，比上次核准的{{approvedTotal}}分{{difference}}分，原因：{{changes}}。',
    less: '少{{delta}}',
    more: '多{{delta}}',
    equal: '相同',
  },
  autoApproved: {
    reason: 'P-2：{{what}}已发布（{{cause}}），重新核查全部通过，按R-1自动核准',
    wage: '{{year}}年职工月平均工资',
    calendar: '{{year}}年工作日历',
    policyData: '政策数据',
    policyDataNamed: '政策数据 {{key}}',
  },
  updateTitle: '居住证积分申请动态',
  checksSummary: {
    total: '合计{{total}}分，{{verdict}}',
    notMet: '未通过：{{rules}}',
    allPassed: '各项核查均已通过',
  },
} as const;

const en: Translation<typeof zh> = {
  heldByOtherReviewer: 'Another reviewer holds this case; ask them to hand it over to you first',
  versionConflict:
    'The application was changed by someone else (you saw version {{expected}}, it is now version {{current}}); reload it and try again',
  kindIsSameEmployer: 'Your employer is the same as when last approved: choose "renewal, employer unchanged" (R-1)',
  kindIsChangedEmployer:
    'Your employer changed since the last approval: choose "renewal, employer changed", with materials checked in person (R-2)',
  scanAsMultipart: 'Upload the scan of the signed confirmation as multipart/form-data',
  scanType: 'Upload the scan of the signed confirmation (PDF, PNG or JPEG)',
  scanTypeShort: 'PDF, PNG or JPEG only',
  holderConfirmsInApp: '{{name}} has an account and confirms in person after signing in',
  signedOnRange:
    'The signing date must be between the day the application was created ({{created}}) and today ({{today}})',
  noPaperConfirmation: 'This application has no paper confirmation',
  employerNotYetVerified: 'The employer is not yet verified by the district talent centre',
  reviewDueDatePending:
    'Review due date pending: the {{year}} working-day calendar is not published yet (P-2). The review goes on; the due date is computed and sent as soon as it is published.',
  baseMultiplePending:
    "Base-multiple checks (C-2, S-9) pending: Shanghai's {{year}} average wage is not published yet (P-2). They are computed and sent as soon as it is.",
  idempotencyKeyAlreadyUsed:
    'This Idempotency-Key was already used for a different application (another holder or kind); use a new key for a new application',
  noEmployer:
    'No employer is on record for you. A points application goes through an employer; an individual cannot apply alone (R-4). Ask the HR specialist of your current employer to register you as their employee; then you or they can start the renewal.',
  employerNotVerifiedNoApplication:
    'Your employer is not yet verified by the district talent centre, so no points application can be made yet (R-4). Ask your HR specialist to complete the verification, then start the renewal.',
  holderStartsRenewalOnly:
    "A holder can start only a renewal (jifen must hold an approved points application of yours); a first application is started by your employer's HR specialist (R-4).",
  chooseRenewal: 'Choose a renewal',
  shouldBeKind: 'Should be {{kind}}',
  fix: {
    socialInsurance:
      'Pay employee social insurance in Shanghai normally: insured in the month of application and at least {{siMinMonthsLastYear}} of the last {{siWindowMonths}} months paid (back-payments do not count), then submit again',
    taxWithInsurer:
      'The company paying social insurance must declare the income tax, and only one company a month; correct the declarations of the months listed, then submit again',
    falseMaterialBar:
      'No application within the {{falseMaterialBarYears}}-year bar after a false-material record; apply after it ends',
    criminalRecord:
      'A serious criminal record disqualifies the applicant; with a general criminal record, apply again from the day its {{generalCrimeYears}} years end (named above)',
    seriousCrime: 'A serious criminal record disqualifies the applicant',
    contactCentre: 'This check failed and blocks submission; contact the district talent service centre',
  },
  ruleNotMet: '{{ruleId}} not met',
  checksFailed: 'The automatic checks failed ({{ids}}); the application was not submitted',
  openExists:
    'This holder already has an open application ({{shown}}); continue with it, or withdraw it before creating another',
  periodApproved:
    'Points for this permit period were already approved (application {{shown}}); apply again after the permit is endorsed',
  checkFailedFix: '{{what}}{{months}}. What to do: {{fix}}',
  monthsConcerned: ' (months: {{months}})',
  preview: {
    approvedTotalOnly: 'Last approved total {{total}}.',
    linesNotKept:
      'Last approved total {{approvedTotal}}; its line-by-line computation was not kept with that application, so the lines cannot be compared.',
    sameTotal: 'Same as the last approved total of {{approvedTotal}}; no indicator changed.',
    sameLinesReviewerTotal:
      'Every indicator is as when last approved; the approved total of {{approvedTotal}} is the one the reviewer set.',
    changed: "Today's total {{total}} is {{difference}} the last approved {{approvedTotal}}, because: {{changes}}.",
    less: '{{delta}} below',
    more: '{{delta}} above',
    equal: 'equal to',
  },
  autoApproved: {
    reason: '{{what}} was published ({{cause}}); every check now passes, approved automatically under R-1',
    wage: 'the {{year}} average wage',
    calendar: 'the {{year}} working-day calendar',
    policyData: 'policy data',
    policyDataNamed: 'policy data {{key}}',
  },
  updateTitle: 'Points application update',
  checksSummary: {
    total: 'total {{total}}, {{verdict}}',
    notMet: 'not met: {{rules}}',
    allPassed: 'every check passed',
  },
};

export const applicationsMessages = { zh, en };
