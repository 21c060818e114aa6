import { msg } from '@jifen/messages';
import { randomUUID } from 'node:crypto';
import { IN_APP_TEMPLATES, SMS_TEMPLATES, renderTemplate, type Intent, type MessageTemplate } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { maskMobile } from '../../security/pii.ts';
import type { ApplicationRow } from './applications.repository.ts';
import { insertWorkflowMessage, insertWorkflowNotification } from '../notifications/messages.service.ts';

type Message = Extract<Intent, { type: 'sms' | 'in_app' }>;

function render(template: MessageTemplate, params: Message['params']): { zh: string; en: string } {
  const zh = renderTemplate(template, params, 'zh');
  const en = renderTemplate(template, params, 'en');
  if (!zh.ok) throw new AppError(zh.error);
  if (!en.ok) throw new AppError(en.error);
  return { zh: zh.value, en: en.value };
}

/** Where a message goes: the holder's account and mobile, or the case's HR specialist (see `hr_user_id`) and the employer's contact mobile. */
function recipient(
  deps: Pick<ModuleDeps, 'pii'>,
  app: ApplicationRow,
  to: Message['to'],
): { userId: string | null; mobile: string | null } {
  if (to === 'holder') {
    return {
      userId: app.holder_user_id,
      mobile: app.holder_mobile_enc ? deps.pii.decrypt('holder.mobile', app.holder_mobile_enc) : null,
    };
  }
  return {
    userId: app.hr_user_id ?? app.created_by,
    mobile: deps.pii.decrypt('employer.contact_mobile', app.employer_mobile_enc),
  };
}

const TITLE = msg('applications.updateTitle');

/**
 * Stores the message intents of one transition in the caller's transaction:
 * SMS as pending outbox rows (the worker delivers them), in-app messages as
 * notifications at once with a delivered outbox row beside them. The
 * (event, index) key makes a replayed transition insert nothing twice.
 */
export async function storeMessages(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii'>,
  app: ApplicationRow,
  eventId: string,
  intents: readonly Intent[],
  at: Date,
): Promise<void> {
  for (const [index, intent] of intents.entries()) {
    if (intent.type !== 'sms' && intent.type !== 'in_app') continue;
    const template = intent.type === 'sms' ? SMS_TEMPLATES[intent.template] : IN_APP_TEMPLATES[intent.template];
    const text = render(template, intent.params);
    const to = recipient(deps, app, intent.to);
    if (intent.type === 'in_app' && !to.userId) continue;
    const outboxId = randomUUID();
    const sms = intent.type === 'sms';
    const inserted = await insertWorkflowMessage(q, [
      outboxId,
      app.id,
      eventId,
      index,
      intent.type,
      intent.ruleId,
      to.userId,
      sms && to.mobile ? deps.pii.encrypt('outbox.mobile', to.mobile) : null,
      sms && to.mobile ? maskMobile(to.mobile) : null,
      intent.template,
      JSON.stringify(intent.params),
      text.zh,
      text.en,
      sms ? (to.mobile ? 'pending' : 'failed') : 'delivered',
      sms && !to.mobile ? 'no mobile number on record' : null,
      at,
      sms ? null : at,
    ]);
    if (inserted === 1 && !sms && to.userId) {
      await insertWorkflowNotification(q, [
        randomUUID(),
        to.userId,
        app.id,
        outboxId,
        TITLE.zh,
        text.zh,
        TITLE.en,
        text.en,
        at,
      ]);
    }
  }
}
