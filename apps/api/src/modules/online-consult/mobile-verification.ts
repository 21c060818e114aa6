import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { fail, type AppError } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  countCodeAttempt,
  markMobileVerified,
  mobileCodeOf,
  setMobileCode,
  takeSmsAllowance,
} from './mobile-verification.repository.ts';
import { type ThreadRow } from './online-consult.repository.ts';
import { insertAnswerSms } from '../notifications/messages.service.ts';

/**
 * Issue 18, item 7: jifen texts only numbers their askers proved they hold.
 * A question that asks for SMS gets one code by SMS; answers go out by SMS
 * only after the code was entered on the thread's page, and each number gets
 * at most SMS_PER_NUMBER_PER_DAY messages a day (codes and answers together),
 * whatever thread or account asks. Without a proved number the answer is
 * read on the page, as every answer is.
 */
export const MOBILE_FIELD = 'consult_thread.mobile';
export const SMS_PER_NUMBER_PER_DAY = 5;
export const MAX_CODE_ATTEMPTS = 5;

const codeHash = (deps: Pick<ModuleDeps, 'pii'>, threadId: string, code: string) =>
  deps.pii.lookupHash('consult_thread.mobile_code', `${threadId}:${code}`);
const numberHash = (deps: Pick<ModuleDeps, 'pii'>, mobile: string) => deps.pii.lookupHash('consult_sms.mobile', mobile);

/**
 * One SMS to the thread's number, if the number has allowance left today:
 * false when it has not (the caller sends nothing more; the page has it all).
 */
export async function smsToThreadNumber(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii' | 'clock'>,
  row: ThreadRow,
  texts: { zh: string; en: string },
  template: 'consult_answered' | 'consult_mobile_code',
  params: Record<string, string> = {},
): Promise<boolean> {
  if (!row.mobile_enc || !row.mobile_masked) return false;
  const mobile = deps.pii.decrypt(MOBILE_FIELD, row.mobile_enc);
  const now = deps.clock.now();
  if (!(await takeSmsAllowance(q, numberHash(deps, mobile), shanghaiDate(now), SMS_PER_NUMBER_PER_DAY))) return false;
  // Re-encrypted under the outbox's field so the worker can send it; deleted with the thread.
  await insertAnswerSms(
    q,
    {
      id: randomUUID(),
      threadId: row.id,
      userId: row.user_id,
      mobileEnc: deps.pii.encrypt('outbox.mobile', mobile),
      mobileMasked: row.mobile_masked,
      textZh: msg('onlineConsult.answerSms', { text: texts.zh }).zh,
      textEn: msg('onlineConsult.answerSms', { text: texts.en }).en,
      at: now,
    },
    template,
    params,
  );
  return true;
}

/** At the question: the code, by SMS, once. Returns whether it was sent (false: the number's allowance for today is used up). */
export async function sendMobileCode(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii' | 'clock'>,
  row: ThreadRow,
): Promise<boolean> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await setMobileCode(q, row.id, codeHash(deps, row.id, code));
  return smsToThreadNumber(
    q,
    deps,
    row,
    msg('onlineConsult.codeSms', { code, reference: row.reference }),
    'consult_mobile_code',
    { code, reference: row.reference },
  );
}

/** Answers by SMS go only to a proved number. */
export async function mobileVerified(q: Sql, threadId: string): Promise<boolean> {
  return (await mobileCodeOf(q, threadId)).mobile_verified_at !== null;
}

const wrongCode = (left: number) =>
  fail('VALIDATION.SMS_CODE', msg('onlineConsult.codeWrong', { left }), [
    { path: 'code', message: msg('onlineConsult.codeWrongShort') },
  ]);
const noCode = () => fail('CONSULT_CODE.NOT_AVAILABLE', msg('onlineConsult.noCodeWaiting'));

/**
 * The code from the SMS, entered on the thread's page; at most
 * MAX_CODE_ATTEMPTS wrong ones. A wrong code is counted in the caller's
 * transaction, which commits: the refusal is returned, for the caller to
 * throw after the commit.
 */
export async function verifyMobileCode(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii' | 'clock'>,
  row: ThreadRow,
  code: string,
): Promise<AppError | null> {
  const state = await mobileCodeOf(q, row.id);
  if (state.mobile_verified_at) return null;
  if (!state.mobile_code_hash || state.mobile_code_attempts >= MAX_CODE_ATTEMPTS) return noCode();
  const given = Buffer.from(codeHash(deps, row.id, code));
  const expected = Buffer.from(state.mobile_code_hash);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    await countCodeAttempt(q, row.id);
    return wrongCode(MAX_CODE_ATTEMPTS - state.mobile_code_attempts - 1);
  }
  await markMobileVerified(q, row.id, deps.clock.now());
  await appendAudit(q, deps.clock, null, {
    action: 'consult_thread.mobile_verified',
    subjectType: 'consultation',
    subjectId: row.id,
  });
  return null;
}
