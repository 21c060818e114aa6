import type { FailedSms } from '@jifen/contracts';
import { msg } from '@jifen/messages';
import type { ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { SECRET_MARKER } from '../../jobs/outbox-worker.ts';
import type { Actor } from '../../access.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findSmsForUpdate, listFailedSms, type FailedSmsRow } from './sms-outbox.repository.ts';
import { requeueSms } from '../notifications/messages.service.ts';

/**
 * A message whose secret was dropped when it failed (an activation link,
 * migration 009) cannot be sent again as it was: HR sends a new invitation.
 * A message without a mobile number has nowhere to go.
 */
function resendable(r: FailedSmsRow): boolean {
  return r.has_mobile && !r.text_zh.includes(SECRET_MARKER);
}

function toFailedSms(r: FailedSmsRow): FailedSms {
  return {
    id: r.id,
    applicationId: r.application_id,
    template: r.template,
    to: r.recipient_mobile_masked,
    text: r.text_zh,
    textEn: r.text_en,
    attempts: r.attempts,
    failureCode: r.failure_code,
    reason: r.last_error,
    createdAt: r.created_at.toISOString(),
    failedAt: r.failed_at ? r.failed_at.toISOString() : null,
    resendable: resendable(r),
  };
}

export async function failedMessages(deps: ModuleDeps): Promise<FailedSms[]> {
  return (await listFailedSms(deps.db, 500)).map(toFailedSms);
}

/** An administrator puts a failed SMS back in the outbox (after fixing the number or the provider's settings). Audited. */
export async function resendSms(
  deps: ModuleDeps,
  actor: Actor,
  id: string,
): Promise<{ id: string; status: 'pending' }> {
  return deps.db.tx(async (q) => {
    const row = await findSmsForUpdate(q, id);
    if (!row) throw fail('SMS.NOT_FOUND', msg('smsOutbox.notFound'));
    if (row.status !== 'failed') {
      throw fail('SMS.NOT_FAILED', msg('smsOutbox.notFailed'));
    }
    if (!resendable(row)) {
      throw fail('SMS.NOT_RESENDABLE', msg('smsOutbox.cannotResend'));
    }
    await requeueSms(q, id);
    await appendAudit(q, deps.clock, actor, {
      action: 'sms.resent',
      subjectType: 'application',
      subjectId: row.application_id,
      before: { outboxId: id, failureCode: row.failure_code, attempts: row.attempts },
    });
    return { id, status: 'pending' as const };
  });
}
