import { err, ok, type LocalizedText, type Result } from '../result.ts';
import type { TemplateParams } from './types.ts';

/**
 * Message texts the workflow's intents refer to by id. Intents store the id
 * and the parameters, never the rendered text, so a wording fix applies to
 * messages not yet delivered and the outbox holds no free text.
 *
 * SMS texts carry the signature 【积分】 first, as mainland gateways require a
 * signature; they name no person, because a phone number may be shared and
 * the application's number (JF2026-000123) is enough to find the case after logging in (PI-1).
 */
export interface MessageTemplate {
  channel: 'sms' | 'in_app';
  text: LocalizedText;
  /** Every `{name}` in the text, in order of first use. */
  params: readonly string[];
}

const sms = (zh: string, en: string, params: readonly string[]): MessageTemplate => ({
  channel: 'sms',
  text: { zh: `【积分】${zh}`, en: `[Jifen] ${en}` },
  params,
});
const inApp = (zh: string, en: string, params: readonly string[]): MessageTemplate => ({
  channel: 'in_app',
  text: { zh, en },
  params,
});

export const SMS_TEMPLATES = {
  review_started: sms(
    '您的居住证积分申请（编号{applicationNo}）已受理，人才服务中心将于{dueDate}前完成审核，结果将短信通知。',
    'Your residence-permit points application {applicationNo} has been accepted; the talent service centre will decide by {dueDate} and tell you by SMS.',
    ['applicationNo', 'dueDate'],
  ),
  review_started_date_pending: sms(
    '您的居住证积分申请（编号{applicationNo}）已受理，审核时限为20个工作日；因{year}年工作日历尚未发布，截止日期将在发布后计算并短信告知。',
    'Your residence-permit points application {applicationNo} has been accepted; review takes 20 working days, and as the {year} working-day calendar is not published yet, the due date will be computed and sent to you once it is.',
    ['applicationNo', 'year'],
  ),
  review_due_date_set: sms(
    '您的居住证积分申请（编号{applicationNo}）的审核截止日期已确定：{dueDate}。',
    'The review of your residence-permit points application {applicationNo} is now due by {dueDate}.',
    ['applicationNo', 'dueDate'],
  ),
  visit_required: sms(
    '居住证积分申请{applicationNo}因工作单位变更，请人事专员携带身份、劳动合同、退工单、单位资质及介绍信等材料到区人才服务中心现场办理。',
    'Points application {applicationNo}: the employer changed, so the HR specialist must bring the identity, contract, termination, employer and introduction-letter materials to the district talent service centre in person.',
    ['applicationNo'],
  ),
  returned_for_correction: sms(
    '居住证积分申请{applicationNo}已被退回，原因：{reason}。请补正后重新提交，审核时限自重新提交之日起重新计算。',
    'Points application {applicationNo} was returned for correction: {reason}. Please correct it and resubmit; the review period restarts on resubmission.',
    ['applicationNo', 'reason'],
  ),
  approved: sms(
    '您的居住证积分申请{applicationNo}已审核通过，可登录系统在线打印《上海市居住证积分通知单》，或持身份证到区人才服务中心领取。',
    'Your points application {applicationNo} is approved. Print the points notice online, or collect it at the district talent service centre with your ID card.',
    ['applicationNo'],
  ),
  rejected: sms(
    '您的居住证积分申请{applicationNo}未通过审核，原因：{reason}。如有疑问请联系单位人事专员或区人才服务中心。',
    'Your points application {applicationNo} was rejected: {reason}. Please contact your HR specialist or the district talent service centre with questions.',
    ['applicationNo', 'reason'],
  ),
  // Not a transition's message: HR invites a holder without an account (issue #10). The link is a secret:
  // the outbox keeps `{activationLink}` in the text and the token encrypted apart, put in at sending.
  activation_invite: sms(
    '您的单位已为您创建居住证积分申请{applicationNo}。请在{expiresOn}前打开 {activationLink} 设置登录密码（链接仅可使用一次），登录后核对并确认申请信息。',
    'Your employer created points application {applicationNo} for you. Before {expiresOn}, open {activationLink} to set your password (the link works once), then sign in, check the data and confirm it.',
    ['applicationNo', 'expiresOn', 'activationLink'],
  ),
  // R-2 (issue 17): a new employer asks to take over a holder without an account; the link as above.
  transfer_invite: sms(
    '{employerName}申请将您的居住证积分业务转入该单位（R-2），须经您本人同意。请在{expiresOn}前打开 {activationLink} 设置登录密码（链接仅可使用一次），登录后在首页同意或拒绝。',
    '{employerName} asks to take over your residence-permit points with your consent (R-2). Before {expiresOn}, open {activationLink} to set your password (the link works once), then sign in and accept or decline on your home page.',
    ['employerName', 'expiresOn', 'activationLink'],
  ),
  // Issue 18 item 10: every transfer request is told to the holder it names, so an employer probing IDs is seen.
  transfer_requested: sms(
    '{employerName}于{date}申请将您的居住证积分业务转入该单位（R-2），未经您本人同意不会转入。如您并未在该单位就职，无需操作，申请将于{expiresOn}自动失效；如有疑问请联系区人才服务中心。',
    '{employerName} asked on {date} to take over your residence-permit points (R-2); nothing moves without your consent. If you do not work there, do nothing: the request lapses on {expiresOn}. Questions: the district talent service centre.',
    ['employerName', 'date', 'expiresOn'],
  ),
} as const satisfies Record<string, MessageTemplate>;

export const IN_APP_TEMPLATES = {
  transfer_requested: inApp(
    '{employerName}于{date}申请将您的居住证积分业务转入该单位（R-2）。请在首页同意或拒绝；如您并未在该单位就职，请拒绝，申请将于{expiresOn}自动失效。',
    '{employerName} asked on {date} to take over your residence-permit points (R-2). Accept or decline it on your home page; if you do not work there, decline it. The request lapses on {expiresOn}.',
    ['employerName', 'date', 'expiresOn'],
  ),
  holder_confirmed: inApp(
    '持证人已确认申请{applicationNo}的信息，请审核后提交。',
    'The holder confirmed application {applicationNo}; please review and submit it.',
    ['applicationNo'],
  ),
  confirmed_on_paper: inApp(
    '单位人事专员已登记您签字的书面确认，申请{applicationNo}进入提交前审核。',
    'Your HR specialist recorded your signed paper confirmation; application {applicationNo} now awaits submission.',
    ['applicationNo'],
  ),
  reopened: inApp(
    '申请{applicationNo}已退回编辑状态，修改后需持证人重新确认。',
    'Application {applicationNo} is back in editing; the holder must confirm it again.',
    ['applicationNo'],
  ),
  submitted: inApp(
    '单位已提交积分申请{applicationNo}，系统正在自动核查。',
    'Your employer submitted points application {applicationNo}; the automatic checks are running.',
    ['applicationNo'],
  ),
  auto_approved: inApp(
    '申请{applicationNo}已通过系统自动审核（工作单位未变更），可在线打印积分通知单。',
    'Application {applicationNo} passed the automatic checks (employer unchanged); the points notice can be printed online.',
    ['applicationNo'],
  ),
  review_routed: inApp(
    '申请{applicationNo}转人才服务中心审核：{reasons}。审核时限至{dueDate}。',
    'Application {applicationNo} goes to the talent service centre for review: {reasons}. Decision due by {dueDate}.',
    ['applicationNo', 'reasons', 'dueDate'],
  ),
  materials_accepted: inApp(
    '申请{applicationNo}的现场材料已收取，进入审核，审核时限至{dueDate}。',
    'The in-person materials for application {applicationNo} were accepted; review is due by {dueDate}.',
    ['applicationNo', 'dueDate'],
  ),
  returned_for_correction: inApp(
    '申请{applicationNo}已被退回补正，原因：{reason}。',
    'Application {applicationNo} was returned for correction: {reason}.',
    ['applicationNo', 'reason'],
  ),
  decision_approved: inApp(
    '申请{applicationNo}已审核通过，积分通知单可打印。',
    'Application {applicationNo} is approved; the points notice can be printed.',
    ['applicationNo'],
  ),
  decision_rejected: inApp(
    '申请{applicationNo}未通过审核，原因：{reason}。',
    'Application {applicationNo} was rejected: {reason}.',
    ['applicationNo', 'reason'],
  ),
  // The holder learns the decision in the app too, not only by SMS (issue #10).
  holder_approved: inApp(
    '您的居住证积分申请{applicationNo}已审核通过，可在“我的申请”中在线打印《上海市居住证积分通知单》。',
    'Your points application {applicationNo} is approved; print the points notice online from your applications.',
    ['applicationNo'],
  ),
  holder_rejected: inApp(
    '您的居住证积分申请{applicationNo}未通过审核，原因：{reason}。如有疑问请联系单位人事专员或区人才服务中心。',
    'Your points application {applicationNo} was rejected: {reason}. Please contact your HR specialist or the district talent service centre with questions.',
    ['applicationNo', 'reason'],
  ),
  review_due_date_set: inApp(
    '申请{applicationNo}的审核截止日期已按新发布的工作日历确定：{dueDate}。',
    'The review of application {applicationNo} is now due by {dueDate}, computed with the newly published working-day calendar.',
    ['applicationNo', 'dueDate'],
  ),
  checks_computed: inApp(
    '申请{applicationNo}待数据的自动核查已按新发布的数据完成计算：{summary}。',
    'The automatic checks of application {applicationNo} that waited for data were computed with the newly published data: {summary}.',
    ['applicationNo', 'summary'],
  ),
  withdrawn: inApp('申请{applicationNo}已撤回。', 'Application {applicationNo} was withdrawn.', ['applicationNo']),
} as const satisfies Record<string, MessageTemplate>;

export type SmsTemplateId = keyof typeof SMS_TEMPLATES;
export type InAppTemplateId = keyof typeof IN_APP_TEMPLATES;

/**
 * The text of a template with its parameters filled in. A missing parameter
 * is an error value rather than a silent `{name}` in a message to a person.
 */
export function renderTemplate(
  template: MessageTemplate,
  params: Readonly<TemplateParams>,
  lang: keyof LocalizedText,
): Result<string> {
  const missing = template.params.filter((name) => params[name] === undefined);
  if (missing.length > 0) {
    return err({
      code: 'APPLICATION.TEMPLATE_PARAM_MISSING',
      message: {
        zh: `消息模板缺少参数：${missing.join('、')}`,
        en: `Message template is missing parameters: ${missing.join(', ')}`,
      },
      details: { missing },
    });
  }
  return ok(
    template.text[lang].replace(/\{(\w+)\}/g, (whole, name: string, offset: number, all: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      const filled = typeof value === 'string' ? value : value[lang];
      // The template punctuates its own sentence: a reason typed as "材料不全。" must not read "材料不全。。".
      return PUNCTUATION.test(all.charAt(offset + whole.length)) ? withoutTrailingStop(filled) : filled;
    }),
  );
}

/** Punctuation a template may put right after a parameter. */
const PUNCTUATION = /^[。．.，,；;：:！!？?]$/;

/**
 * A parameter's own closing full stops, semicolons and commas, removed
 * where the template punctuates after it ("。。", "..", "。；" never reach a person).
 * Question and exclamation marks are kept: they carry meaning.
 */
export function withoutTrailingStop(value: string): string {
  return value.replace(/[\s。．.，,；;]+$/u, '');
}
