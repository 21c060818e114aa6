import { msg } from '@jifen/messages/notifications';
import { err, ok, type LocalizedText, type Result } from '../result.ts';
import type { TemplateParams } from './types.ts';

/**
 * The messages the workflow's intents refer to by id. Intents store the id
 * and the parameters, never the rendered text, so a wording fix applies to
 * messages not yet delivered and the outbox holds no free text. The texts
 * are the catalog's (`notifications.sms.*`, `notifications.inApp.*`): an SMS
 * carries the signature 【积分】 first and names no person (PI-1).
 */
export interface MessageTemplate {
  channel: 'sms' | 'in_app';
  /** The catalog's text, its placeholders ({{name}}) not filled in. */
  text: LocalizedText;
  /** Every placeholder of the text, in order of first use in the Chinese. */
  params: readonly string[];
  /** The text with every placeholder filled in, through the catalog. */
  fill: (values: Readonly<Record<string, string | LocalizedText>>) => LocalizedText;
}

type Fill<P extends string> = (values: Record<P, string | LocalizedText>) => LocalizedText;

function template<P extends string>(
  channel: MessageTemplate['channel'],
  params: readonly P[],
  fill: Fill<P>,
): MessageTemplate {
  // Filled with its own placeholders, a text is the catalog's text as written.
  const asWritten = Object.fromEntries(params.map((name) => [name, `{{${name}}}`])) as Record<P, string>;
  return { channel, text: fill(asWritten), params, fill: fill as MessageTemplate['fill'] };
}
const sms = <P extends string>(params: readonly P[], fill: Fill<P>) => template('sms', params, fill);
const inApp = <P extends string>(params: readonly P[], fill: Fill<P>) => template('in_app', params, fill);

export const SMS_TEMPLATES = {
  review_started: sms(['applicationNo', 'dueDate'], (v) => msg('notifications.sms.reviewStarted', v)),
  review_started_date_pending: sms(['applicationNo', 'year'], (v) =>
    msg('notifications.sms.reviewStartedDatePending', v),
  ),
  review_due_date_set: sms(['applicationNo', 'dueDate'], (v) => msg('notifications.sms.reviewDueDateSet', v)),
  visit_required: sms(['applicationNo'], (v) => msg('notifications.sms.visitRequired', v)),
  returned_for_correction: sms(['applicationNo', 'reason'], (v) => msg('notifications.sms.returnedForCorrection', v)),
  approved: sms(['applicationNo'], (v) => msg('notifications.sms.approved', v)),
  rejected: sms(['applicationNo', 'reason'], (v) => msg('notifications.sms.rejected', v)),
  // Not a transition's message: HR invites a holder without an account (issue #10). The link is a secret:
  // the outbox keeps `{activationLink}` in the text and the token encrypted apart, put in at sending.
  activation_invite: sms(['applicationNo', 'expiresOn', 'activationLink'], (v) =>
    msg('notifications.sms.activationInvite', v),
  ),
  // R-2 (issue 17): a new employer asks to take over a holder without an account; the link as above.
  transfer_invite: sms(['employerName', 'expiresOn', 'activationLink'], (v) =>
    msg('notifications.sms.transferInvite', v),
  ),
  // Issue 18 item 10: every transfer request is told to the holder it names, so an employer probing IDs is seen.
  transfer_requested: sms(['employerName', 'date', 'expiresOn'], (v) => msg('notifications.sms.transferRequested', v)),
} as const satisfies Record<string, MessageTemplate>;

export const IN_APP_TEMPLATES = {
  transfer_requested: inApp(['employerName', 'date', 'expiresOn'], (v) =>
    msg('notifications.inApp.transferRequested', v),
  ),
  holder_confirmed: inApp(['applicationNo'], (v) => msg('notifications.inApp.holderConfirmed', v)),
  confirmed_on_paper: inApp(['applicationNo'], (v) => msg('notifications.inApp.confirmedOnPaper', v)),
  reopened: inApp(['applicationNo'], (v) => msg('notifications.inApp.reopened', v)),
  submitted: inApp(['applicationNo'], (v) => msg('notifications.inApp.submitted', v)),
  auto_approved: inApp(['applicationNo'], (v) => msg('notifications.inApp.autoApproved', v)),
  review_routed: inApp(['applicationNo', 'reasons', 'dueDate'], (v) => msg('notifications.inApp.reviewRouted', v)),
  materials_accepted: inApp(['applicationNo', 'dueDate'], (v) => msg('notifications.inApp.materialsAccepted', v)),
  returned_for_correction: inApp(['applicationNo', 'reason'], (v) =>
    msg('notifications.inApp.returnedForCorrection', v),
  ),
  decision_approved: inApp(['applicationNo'], (v) => msg('notifications.inApp.decisionApproved', v)),
  decision_rejected: inApp(['applicationNo', 'reason'], (v) => msg('notifications.inApp.decisionRejected', v)),
  // The holder learns the decision in the app too, not only by SMS (issue #10).
  holder_approved: inApp(['applicationNo'], (v) => msg('notifications.inApp.holderApproved', v)),
  holder_rejected: inApp(['applicationNo', 'reason'], (v) => msg('notifications.inApp.holderRejected', v)),
  review_due_date_set: inApp(['applicationNo', 'dueDate'], (v) => msg('notifications.inApp.reviewDueDateSet', v)),
  checks_computed: inApp(['applicationNo', 'summary'], (v) => msg('notifications.inApp.checksComputed', v)),
  withdrawn: inApp(['applicationNo'], (v) => msg('notifications.inApp.withdrawn', v)),
} as const satisfies Record<string, MessageTemplate>;

export type SmsTemplateId = keyof typeof SMS_TEMPLATES;
export type InAppTemplateId = keyof typeof IN_APP_TEMPLATES;

/**
 * The text of a template with its parameters filled in. A missing parameter
 * is an error value rather than a silent {{name}} in a message to a person.
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
      message: msg('notifications.paramsMissing', { missing: { zh: missing.join('、'), en: missing.join(', ') } }),
      details: { missing },
    });
  }
  const text = template.text[lang];
  const values: Record<string, string> = {};
  for (const name of template.params) {
    const value = params[name]!;
    const filled = typeof value === 'string' ? value : value[lang];
    // The template punctuates its own sentence: a reason typed as "材料不全。" must not read "材料不全。。".
    values[name] = punctuatedAfter(text, name) ? withoutTrailingStop(filled) : filled;
  }
  return ok(template.fill(values)[lang]);
}

/** Whether the text puts punctuation right after the placeholder `name`. */
const punctuatedAfter = (text: string, name: string): boolean => {
  const placeholder = `{{${name}}}`;
  const at = text.indexOf(placeholder);
  return at >= 0 && PUNCTUATION.test(text.charAt(at + placeholder.length));
};

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
