import { err, ok, type LocalizedText, type Result } from '../result.ts';
import type { TemplateParams } from './types.ts';

/**
 * Message texts the workflow's intents refer to by id. Intents store the id
 * and the parameters, never the rendered text, so a wording fix applies to
 * messages not yet delivered and the outbox holds no free text.
 *
 * SMS texts carry the signature 【积分】 first, as mainland gateways require a
 * signature; they name no person, because a phone number may be shared and
 * the application id is enough to find the case after logging in (PI-1).
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
    '您的居住证积分申请（编号{applicationId}）已受理，人才服务中心将于{dueDate}前完成审核，结果将短信通知。',
    'Your residence-permit points application {applicationId} has been accepted; the talent service centre will decide by {dueDate} and tell you by SMS.',
    ['applicationId', 'dueDate'],
  ),
  review_started_date_pending: sms(
    '您的居住证积分申请（编号{applicationId}）已受理，审核时限为20个工作日；因{year}年工作日历尚未发布，截止日期将在发布后计算并短信告知。',
    'Your residence-permit points application {applicationId} has been accepted; review takes 20 working days, and as the {year} working-day calendar is not published yet, the due date will be computed and sent to you once it is.',
    ['applicationId', 'year'],
  ),
  review_due_date_set: sms(
    '您的居住证积分申请（编号{applicationId}）的审核截止日期已确定：{dueDate}。',
    'The review of your residence-permit points application {applicationId} is now due by {dueDate}.',
    ['applicationId', 'dueDate'],
  ),
  visit_required: sms(
    '居住证积分申请{applicationId}因工作单位变更，请人事专员携带身份、劳动合同、退工单、单位资质及介绍信等材料到区人才服务中心现场办理。',
    'Points application {applicationId}: the employer changed, so the HR specialist must bring the identity, contract, termination, employer and introduction-letter materials to the district talent service centre in person.',
    ['applicationId'],
  ),
  returned_for_correction: sms(
    '居住证积分申请{applicationId}已被退回，原因：{reason}。请补正后重新提交，审核时限自重新提交之日起重新计算。',
    'Points application {applicationId} was returned for correction: {reason}. Please correct it and resubmit; the review period restarts on resubmission.',
    ['applicationId', 'reason'],
  ),
  approved: sms(
    '您的居住证积分申请{applicationId}已审核通过，可登录系统在线打印《上海市居住证积分通知单》，或持身份证到区人才服务中心领取。',
    'Your points application {applicationId} is approved. Print the points notice online, or collect it at the district talent service centre with your ID card.',
    ['applicationId'],
  ),
  rejected: sms(
    '您的居住证积分申请{applicationId}未通过审核，原因：{reason}。如有疑问请联系单位人事专员或区人才服务中心。',
    'Your points application {applicationId} was rejected: {reason}. Please contact your HR specialist or the district talent service centre with questions.',
    ['applicationId', 'reason'],
  ),
} as const satisfies Record<string, MessageTemplate>;

export const IN_APP_TEMPLATES = {
  holder_confirmed: inApp(
    '持证人已确认申请{applicationId}的信息，请审核后提交。',
    'The holder confirmed application {applicationId}; please review and submit it.',
    ['applicationId'],
  ),
  reopened: inApp(
    '申请{applicationId}已退回编辑状态，修改后需持证人重新确认。',
    'Application {applicationId} is back in editing; the holder must confirm it again.',
    ['applicationId'],
  ),
  submitted: inApp(
    '单位已提交积分申请{applicationId}，系统正在自动核查。',
    'Your employer submitted points application {applicationId}; the automatic checks are running.',
    ['applicationId'],
  ),
  auto_approved: inApp(
    '申请{applicationId}已通过系统自动审核（工作单位未变更），可在线打印积分通知单。',
    'Application {applicationId} passed the automatic checks (employer unchanged); the points notice can be printed online.',
    ['applicationId'],
  ),
  review_routed: inApp(
    '申请{applicationId}转人才服务中心审核：{reasons}。审核时限至{dueDate}。',
    'Application {applicationId} goes to the talent service centre for review: {reasons}. Decision due by {dueDate}.',
    ['applicationId', 'reasons', 'dueDate'],
  ),
  materials_accepted: inApp(
    '申请{applicationId}的现场材料已收取，进入审核，审核时限至{dueDate}。',
    'The in-person materials for application {applicationId} were accepted; review is due by {dueDate}.',
    ['applicationId', 'dueDate'],
  ),
  returned_for_correction: inApp(
    '申请{applicationId}已被退回补正，原因：{reason}。',
    'Application {applicationId} was returned for correction: {reason}.',
    ['applicationId', 'reason'],
  ),
  decision_approved: inApp(
    '申请{applicationId}已审核通过，积分通知单可打印。',
    'Application {applicationId} is approved; the points notice can be printed.',
    ['applicationId'],
  ),
  decision_rejected: inApp(
    '申请{applicationId}未通过审核，原因：{reason}。',
    'Application {applicationId} was rejected: {reason}.',
    ['applicationId', 'reason'],
  ),
  review_due_date_set: inApp(
    '申请{applicationId}的审核截止日期已按新发布的工作日历确定：{dueDate}。',
    'The review of application {applicationId} is now due by {dueDate}, computed with the newly published working-day calendar.',
    ['applicationId', 'dueDate'],
  ),
  checks_computed: inApp(
    '申请{applicationId}待数据的自动核查已按新发布的数据完成计算：{summary}。',
    'The automatic checks of application {applicationId} that waited for data were computed with the newly published data: {summary}.',
    ['applicationId', 'summary'],
  ),
  withdrawn: inApp(
    '申请{applicationId}已撤回。',
    'Application {applicationId} was withdrawn.',
    ['applicationId'],
  ),
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
    template.text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : value[lang];
    }),
  );
}
