import { randomUUID } from 'node:crypto';
import type { CreateThreadRequest, PublicThread, ThreadCreated, ThreadMessage } from '@jifen/contracts';
import { PRIVACY_NOTICE_VERSION } from '@jifen/contracts';
import { selectPolicy, type LocalMoment, type Policy } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { maskIdNumbersInText } from '../../security/free-text.ts';
import { maskMobile } from '../../security/pii.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { attachAssessment, deleteAfterOf, type ConsultationPolicy } from '../consultations/consultations.service.ts';
import { newReferenceCode } from '../consultations/reference-code.ts';
import { deleteSmsAllowancesBefore } from './mobile-verification.repository.ts';
import { MOBILE_FIELD, mobileVerified, sendMobileCode, verifyMobileCode } from './mobile-verification.ts';
import {
  deleteThread,
  deleteThreadsCreatedBefore,
  findThreadByReference,
  insertMessage,
  insertThread,
  listMessages,
  listThreadsOfUser,
  updateThread,
  type MessageRow,
  type ThreadRow,
} from './online-consult.repository.ts';

/** Issue #14: online consultation: questions answered in writing and the consultant's workbench (the knowledge base and instant answers: knowledge.service.ts). */

/** Used when the policy version in force predates the parameter (`workflow.firstAnswerWorkingHours`). */
export const DEFAULT_FIRST_ANSWER_HOURS = 4;

export const notFound = () => denied.notFound(msg('nouns.consultationThread'));

export type NewThread = Omit<CreateThreadRequest, 'language' | 'noticeVersion' | 'notifySms'> & {
  language: 'zh' | 'en';
  noticeVersion: string;
  notifySms: boolean;
};

export function policyToday(deps: Pick<ModuleDeps, 'clock' | 'policy'>): { today: string; policy: Policy } {
  const today = shanghaiDate(deps.clock.now());
  const p = selectPolicy(deps.policy.set(), today);
  if (!p.ok) throw fail(p.error.code, p.error.message, [], p.error);
  return { today, policy: p.value };
}

export function moment(at: Date): LocalMoment {
  const minute = Math.floor(((((at.getTime() + 8 * 3_600_000) % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
  return { date: shanghaiDate(at), minute };
}

export function goalHoursOf(policy: Policy): number {
  return policy.params.workflow.firstAnswerWorkingHours ?? DEFAULT_FIRST_ANSWER_HOURS;
}

export async function createThread(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'pii' | 'policy'>,
  policy: ConsultationPolicy,
  user: AuthUser | null,
  actor: Actor | null,
  body: NewThread,
): Promise<ThreadCreated> {
  const now = deps.clock.now();
  const mobile = body.mobile ?? null;
  const row: ThreadRow = {
    id: randomUUID(),
    reference: newReferenceCode(),
    user_id: user?.id ?? null,
    mobile_enc: mobile ? deps.pii.encrypt(MOBILE_FIELD, mobile) : null,
    mobile_masked: mobile ? maskMobile(mobile) : null,
    notify_sms: mobile !== null && body.notifySms,
    question: maskIdNumbersInText(body.question),
    language: body.language,
    status: 'waiting',
    claimed_by: null,
    assessment: body.assessment ? attachAssessment(deps.policy.set(), body.assessment, shanghaiDate(now)) : null,
    consent_notice_version: body.noticeVersion || PRIVACY_NOTICE_VERSION,
    consented_at: now,
    created_at: now,
    updated_at: now,
    first_answered_at: null,
    version: 1,
  };
  const codeSent = await deps.db.tx(async (q) => {
    await insertThread(q, row);
    // Issue 18: the number is proved by a code before any answer is texted to it.
    const sent = row.notify_sms ? await sendMobileCode(q, deps, row) : false;
    await appendAudit(q, deps.clock, actor, {
      action: 'consult_thread.created',
      subjectType: 'consultation',
      subjectId: row.id,
      after: {
        noticeVersion: row.consent_notice_version,
        withAssessment: row.assessment !== null,
        notifySms: row.notify_sms,
        codeSent: sent,
        signedIn: user !== null,
      },
    });
    return sent;
  });
  return {
    reference: row.reference,
    status: row.status,
    deleteAfter: deleteAfterOf(now, policy),
    retentionDays: policy.retentionDays,
    mobileCode: !row.notify_sms ? 'none' : codeSent ? 'sent' : 'limit_reached',
  };
}

export function toMessage(m: MessageRow): ThreadMessage {
  return {
    seq: m.seq,
    author: m.author,
    authorName: m.author_name,
    body: maskIdNumbersInText(m.body),
    ruleIds: m.rule_ids,
    at: m.created_at.toISOString(),
  };
}

/**
 * A thread is read with its code; one asked while signed in only by that
 * same account (another account, or nobody signed in, gets "not found").
 */
async function ownThread(q: Sql, reference: string, user: AuthUser | null, forUpdate = false): Promise<ThreadRow> {
  const row = await findThreadByReference(q, reference, forUpdate);
  if (!row) throw notFound();
  if (row.user_id !== null && row.user_id !== user?.id) throw notFound();
  return row;
}

export async function publicThreadOf(
  deps: Pick<ModuleDeps, 'db'>,
  policy: ConsultationPolicy,
  reference: string,
  user: AuthUser | null,
): Promise<PublicThread> {
  const row = await ownThread(deps.db, reference, user);
  const messages = await listMessages(deps.db, [row.id]);
  return {
    reference: row.reference,
    status: row.status,
    question: maskIdNumbersInText(row.question),
    mobile: row.mobile_masked,
    notifySms: row.notify_sms,
    mobileVerified: row.notify_sms && (await mobileVerified(deps.db, row.id)),
    hasAssessment: row.assessment !== null,
    messages: messages.map(toMessage),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    deleteAfter: deleteAfterOf(row.created_at, policy),
  };
}

/** The person's follow-up; a closed or answered thread goes back to the queue as waiting. */
export async function followUp(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  policy: ConsultationPolicy,
  reference: string,
  user: AuthUser | null,
  body: string,
): Promise<PublicThread> {
  await deps.db.tx(async (q) => {
    const row = await ownThread(q, reference, user, true);
    const now = deps.clock.now();
    await insertMessage(q, {
      id: randomUUID(),
      thread_id: row.id,
      author: 'person',
      author_user_id: user?.id ?? null,
      author_name: null,
      body: maskIdNumbersInText(body),
      rule_ids: [],
      created_at: now,
    });
    await updateThread(q, row.id, {
      status: 'waiting',
      claimedBy: row.claimed_by,
      firstAnsweredAt: row.first_answered_at,
      at: now,
    });
    await appendAudit(q, deps.clock, null, {
      action: 'consult_thread.follow_up',
      subjectType: 'consultation',
      subjectId: row.id,
      before: { status: row.status },
      after: { status: 'waiting' },
    });
  });
  return publicThreadOf(deps, policy, reference, user);
}

/** Issue 18: the asker enters the code from the SMS; from then on answers are texted to the number too. */
export async function verifyThreadMobile(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'pii'>,
  policy: ConsultationPolicy,
  reference: string,
  user: AuthUser | null,
  code: string,
): Promise<PublicThread> {
  const refused = await deps.db.tx(async (q) =>
    verifyMobileCode(q, deps, await ownThread(q, reference, user, true), code),
  );
  if (refused) throw refused;
  return publicThreadOf(deps, policy, reference, user);
}

/** PI-3: withdrawing deletes the thread, its messages and any SMS or in-app message about it; the audit keeps only that it happened. */
export async function withdrawThread(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  reference: string,
  user: AuthUser | null,
): Promise<void> {
  await deps.db.tx(async (q) => {
    const row = await ownThread(q, reference, user, true);
    await deleteThread(q, row.id);
    await appendAudit(q, deps.clock, null, {
      action: 'consult_thread.withdrawn',
      subjectType: 'consultation',
      subjectId: row.id,
    });
  });
}

/** PI-3 retention, called by the consultations purge in the same transaction; SMS allowances of days before the cutoff go too (issue 18). */
export async function purgeThreadsCreatedBefore(q: Sql, cutoff: Date): Promise<number> {
  await deleteSmsAllowancesBefore(q, shanghaiDate(cutoff));
  return deleteThreadsCreatedBefore(q, cutoff);
}

export async function myThreads(deps: Pick<ModuleDeps, 'db'>, user: AuthUser) {
  const rows = await listThreadsOfUser(deps.db, user.id);
  return {
    threads: rows.map((r) => ({
      reference: r.reference,
      status: r.status,
      question: maskIdNumbersInText(r.question),
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    })),
  };
}

// ---- the consultant's workbench ----
