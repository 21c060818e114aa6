/**
 * Issue 17 and issue 18 item 10: registration and the roster import
 * ask to take over a holder another employer (or no one) holds. The answer
 * names no one, but it still tells the employer that an ID is registered,
 * so the probing is made costly and visible instead: an employer may start
 * at most `transferRequestsPerDay` requests a Shanghai day (refused past it,
 * with the limit named, and audited), every request is audited, and the
 * holder is told at once that this employer asked (in the app when they
 * have an account, else by SMS to the mobile on record).
 */
import { randomUUID } from 'node:crypto';
import type { TransferRequestView } from '@jifen/contracts';
import { IN_APP_TEMPLATES, SMS_TEMPLATES, renderTemplate, type MessageTemplate } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate, type Clock } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, fail } from '../../errors.ts';
import { maskMobile } from '../../security/pii.ts';
import type { Actor } from '../../access.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { holderForTransfer } from '../holders/holders.service.ts';
import { insertPlainNotification, insertPlainSms } from '../notifications/messages.service.ts';
import {
  countStartedSinceLocked,
  expireDue,
  findPending,
  findTransfer,
  insertTransfer,
} from './transfers.repository.ts';
import { employerView, TRANSFER_VALID_DAYS } from './transfers.service.ts';
import { msg } from '@jifen/messages';

/** The default of TRANSFER_REQUESTS_PER_DAY: a busy day of hiring people from other employers, far below a probe of a file. */
export const DEFAULT_TRANSFER_REQUESTS_PER_DAY = 50;

export type TransferRequestOutcome = { ok: true; view: TransferRequestView } | { ok: false; error: AppError };

/** The instant the Shanghai day of `now` began. */
function shanghaiDayStart(now: Date): Date {
  return new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
}

/** The refusal past the cap: what the limit is, why it exists, and what to do. */
export function transferCapError(cap: number, now: Date): AppError {
  const tomorrow = shanghaiDate(new Date(shanghaiDayStart(now).getTime() + 86_400_000));
  return fail('TRANSFER.DAILY_LIMIT', msg('transfers.dailyLimit', { cap, tomorrow }), [], {
    ruleId: 'R-2',
    details: { limit: cap, retryOn: tomorrow },
  });
}

function renderBoth(template: MessageTemplate, params: Record<string, string>): { zh: string; en: string } {
  const zh = renderTemplate(template, params, 'zh');
  const en = renderTemplate(template, params, 'en');
  if (!zh.ok) throw new AppError(zh.error);
  if (!en.ok) throw new AppError(en.error);
  return { zh: zh.value, en: en.value };
}

/** The holder learns that this employer asked: in the app with an account, else by SMS to the mobile on record. */
async function tellHolder(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii'> & { clock: Clock },
  holderId: string,
  employerName: string,
  expiresAt: Date,
): Promise<'in_app' | 'sms' | 'none'> {
  const holder = await holderForTransfer(q, holderId);
  if (!holder) return 'none';
  const now = deps.clock.now();
  const params = { employerName, date: shanghaiDate(now), expiresOn: shanghaiDate(expiresAt) };
  if (holder.user_id) {
    const body = renderBoth(IN_APP_TEMPLATES.transfer_requested, params);
    await insertPlainNotification(q, [
      randomUUID(),
      holder.user_id,
      msg('transfers.requestTitle').zh,
      body.zh,
      msg('transfers.requestTitle').en,
      body.en,
      now,
    ]);
    return 'in_app';
  }
  if (!holder.mobile_enc) return 'none';
  const mobile = deps.pii.decrypt('holder.mobile', holder.mobile_enc);
  const body = renderBoth(SMS_TEMPLATES.transfer_requested, params);
  await insertPlainSms(q, {
    id: randomUUID(),
    ruleId: 'R-2',
    template: 'transfer_requested',
    params,
    recipientUserId: null,
    mobileEnc: deps.pii.encrypt('outbox.mobile', mobile),
    mobileMasked: maskMobile(mobile),
    textZh: body.zh,
    textEn: body.en,
    at: now,
  });
  return 'sms';
}

/**
 * The employer asks to take the holder over. Asking again while a request
 * is pending returns it (a roster re-imported daily does not pile requests
 * up, count against the cap, or text the holder again). A refusal is an
 * outcome, not a throw, so the caller's transaction keeps its audit entry.
 */
export async function requestTransfer(
  q: Sql,
  deps: Pick<ModuleDeps, 'clock' | 'pii' | 'transferRequestsPerDay'>,
  actor: Actor,
  input: { holderId: string; toEmployerId: string; requestedName: string; requestedBy: string },
): Promise<TransferRequestOutcome> {
  const now = deps.clock.now();
  await expireDue(q, now, { holderId: input.holderId });
  const pending = await findPending(q, input.holderId, input.toEmployerId);
  if (pending) return { ok: true, view: employerView(pending, now) };
  const cap = deps.transferRequestsPerDay ?? DEFAULT_TRANSFER_REQUESTS_PER_DAY;
  const started = await countStartedSinceLocked(q, input.toEmployerId, shanghaiDayStart(now));
  if (started >= cap) {
    await appendAudit(q, deps.clock, actor, {
      action: 'transfer.request_refused',
      subjectType: 'holder',
      subjectId: input.holderId,
      after: { toEmployerId: input.toEmployerId, reason: 'daily_limit', limit: cap, startedToday: started },
    });
    return { ok: false, error: transferCapError(cap, now) };
  }
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + TRANSFER_VALID_DAYS * 86_400_000);
  // Two registrations at once: the pending index keeps one, and both answer with it.
  const inserted = await insertTransfer(q, {
    id,
    holderId: input.holderId,
    toEmployerId: input.toEmployerId,
    requestedName: input.requestedName,
    requestedBy: input.requestedBy,
    at: now,
    expiresAt,
  });
  if (!inserted)
    return { ok: true, view: employerView((await findPending(q, input.holderId, input.toEmployerId))!, now) };
  const row = (await findTransfer(q, id))!;
  const told = await tellHolder(q, deps, input.holderId, row.to_employer_name, expiresAt);
  await appendAudit(q, deps.clock, actor, {
    action: 'transfer.request',
    subjectType: 'holder',
    subjectId: input.holderId,
    after: { transferId: id, toEmployerId: input.toEmployerId, expiresAt: expiresAt.toISOString(), holderTold: told },
  });
  return { ok: true, view: employerView(row, now) };
}
