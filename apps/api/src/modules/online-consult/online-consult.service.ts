import { randomUUID } from 'node:crypto';
import type {
  CreateThreadRequest,
  PublicThread,
  ThreadCreated,
  ThreadMessage,
  WorkbenchThread,
} from '@jifen/contracts';
import { PRIVACY_NOTICE_VERSION } from '@jifen/contracts';
import { firstAnswerClock, selectPolicy, type LocalMoment, type Policy } from '@jifen/domain';
import type { AuthUser } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail, text } from '../../errors.ts';
import { maskIdNumbersInText } from '../../security/free-text.ts';
import { maskMobile } from '../../security/pii.ts';
import { appendAudit, type Actor } from '../audit/audit.service.ts';
import { attachAssessment, deleteAfterOf, type ConsultationPolicy } from '../consultations/consultations.service.ts';
import { newReferenceCode } from '../consultations/reference-code.ts';
import { livePolicySet } from '../../policy/live-policy.ts';
import { deleteSmsAllowancesBefore } from './mobile-verification.repository.ts';
import {
  MOBILE_FIELD,
  mobileVerified,
  sendMobileCode,
  smsToThreadNumber,
  verifyMobileCode,
} from './mobile-verification.ts';
import {
  deleteThread,
  deleteThreadsCreatedBefore,
  findThreadById,
  findThreadByReference,
  insertMessage,
  insertThread,
  listConsultants,
  listMessages,
  listThreadRows,
  listThreadsOfUser,
  updateThread,
  type MessageRow,
  type QueueCursor,
  type ThreadRow,
} from './online-consult.repository.ts';
import { insertAnswerNotification } from '../notifications/messages.service.ts';

/** Issue #14: online consultation: questions answered in writing and the consultant's workbench (the knowledge base and instant answers: knowledge.service.ts). */

/** Used when the policy version in force predates the parameter (`workflow.firstAnswerWorkingHours`). */
export const DEFAULT_FIRST_ANSWER_HOURS = 4;

const notFound = () => denied.notFound(text('在线咨询', 'consultation thread'));

export type NewThread = Omit<CreateThreadRequest, 'language' | 'noticeVersion' | 'notifySms'> & {
  language: 'zh' | 'en';
  noticeVersion: string;
  notifySms: boolean;
};

export function policyToday(deps: Pick<ModuleDeps, 'clock'>): { today: string; policy: Policy } {
  const today = shanghaiDate(deps.clock.now());
  const p = selectPolicy(livePolicySet(), today);
  if (!p.ok) throw fail(p.error.code, p.error.message, [], p.error);
  return { today, policy: p.value };
}

function moment(at: Date): LocalMoment {
  const minute = Math.floor(((((at.getTime() + 8 * 3_600_000) % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
  return { date: shanghaiDate(at), minute };
}

export function goalHoursOf(policy: Policy): number {
  return policy.params.workflow.firstAnswerWorkingHours ?? DEFAULT_FIRST_ANSWER_HOURS;
}

export async function createThread(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'pii'>,
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
    assessment: body.assessment ? attachAssessment(body.assessment, shanghaiDate(now)) : null,
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

function toMessage(m: MessageRow): ThreadMessage {
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

function toWorkbench(
  row: ThreadRow,
  messages: MessageRow[],
  policy: ConsultationPolicy,
  goalHours: number,
  now: Date,
): WorkbenchThread {
  const clock = firstAnswerClock(
    livePolicySet().calendar,
    moment(row.created_at),
    moment(row.first_answered_at ?? now),
    goalHours,
  );
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    question: maskIdNumbersInText(row.question),
    language: row.language,
    signedIn: row.user_id !== null,
    mobile: row.mobile_masked,
    notifySms: row.notify_sms,
    claimedBy: row.claimed_by ? { id: row.claimed_by, name: row.claimed_name ?? '' } : null,
    // Only what the person attached: never the holder's records (issue #14).
    assessment: row.assessment?.summary ?? null,
    goal: clock.ok
      ? {
          goalHours,
          waitedMinutes: clock.value.waitedMinutes,
          leftMinutes: clock.value.leftMinutes,
          overdue: clock.value.overdue,
          answered: row.first_answered_at !== null,
        }
      : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deleteAfter: deleteAfterOf(row.created_at, policy),
    messages: messages.map(toMessage),
  };
}

export const WORKBENCH_PAGE = 50;

const badCursor = () =>
  fail(
    'VALIDATION.CURSOR',
    text(
      '翻页参数无效：请从队列第一页重新开始',
      'The page cursor is not valid: start again from the first page of the queue',
    ),
    [{ path: 'cursor', message: text('无效的翻页参数', 'not a cursor this queue gave') }],
  );

function readCursor(cursor: string): QueueCursor {
  try {
    const [rank, createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof rank === 'number' &&
      [0, 1, 2].includes(rank) &&
      typeof createdAt === 'string' &&
      !Number.isNaN(Date.parse(createdAt)) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { rank, createdAt, id };
    }
  } catch {
    // falls through to the refusal
  }
  throw badCursor();
}

const cursorOf = (r: ThreadRow & { rank: number }) =>
  Buffer.from(JSON.stringify([r.rank, r.created_at.toISOString(), r.id])).toString('base64url');

/** The queue, a page at a time (issue 18): waiting first, oldest first; `nextCursor` reads on. */
export async function workbenchQueue(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  policy: ConsultationPolicy,
  query: { status?: ThreadRow['status'] | undefined; limit?: number | undefined; cursor?: string | undefined },
): Promise<{ threads: WorkbenchThread[]; goalHours: number; nextCursor: string | null }> {
  const goalHours = goalHoursOf(policyToday(deps).policy);
  const limit = query.limit ?? WORKBENCH_PAGE;
  const found = await listThreadRows(
    deps.db,
    query.status,
    limit,
    query.cursor === undefined ? undefined : readCursor(query.cursor),
  );
  const rows = found.slice(0, limit);
  const messages = await listMessages(
    deps.db,
    rows.map((r) => r.id),
  );
  const now = deps.clock.now();
  return {
    goalHours,
    threads: rows.map((r) =>
      toWorkbench(
        r,
        messages.filter((m) => m.thread_id === r.id),
        policy,
        goalHours,
        now,
      ),
    ),
    nextCursor: found.length > limit ? cursorOf(rows[rows.length - 1]!) : null,
  };
}

async function workbenchThreadOf(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  policy: ConsultationPolicy,
  id: string,
): Promise<WorkbenchThread> {
  const row = await findThreadById(deps.db, id);
  if (!row) throw notFound();
  return toWorkbench(
    row,
    await listMessages(deps.db, [row.id]),
    policy,
    goalHoursOf(policyToday(deps).policy),
    deps.clock.now(),
  );
}

const claimedByOther = () =>
  fail(
    'CONSULT_CLAIM.CONFLICT',
    text(
      '该问题已由其他顾问认领：请对方转交后再答复',
      'Another consultant has claimed this question: ask them to hand it over first',
    ),
  );
const closedConflict = () =>
  fail(
    'CONSULT_CLOSED.CONFLICT',
    text(
      '该咨询已结束：咨询人追问后会重新进入队列',
      'This thread is closed: it returns to the queue when the person follows up',
    ),
  );

async function change(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'pii'>,
  policy: ConsultationPolicy,
  id: string,
  fn: (q: Sql, row: ThreadRow, now: Date) => Promise<void>,
): Promise<WorkbenchThread> {
  await deps.db.tx(async (q) => {
    const row = await findThreadById(q, id, true);
    if (!row) throw notFound();
    await fn(q, row, deps.clock.now());
  });
  return workbenchThreadOf(deps, policy, id);
}

export function claimThread(deps: ModuleDeps, policy: ConsultationPolicy, user: AuthUser, actor: Actor, id: string) {
  return change(deps, policy, id, async (q, row, now) => {
    if (row.status === 'closed') throw closedConflict();
    if (row.claimed_by && row.claimed_by !== user.id) throw claimedByOther();
    await updateThread(q, id, {
      status: row.status,
      claimedBy: user.id,
      firstAnsweredAt: row.first_answered_at,
      at: now,
    });
    await appendAudit(q, deps.clock, actor, {
      action: 'consult_thread.claimed',
      subjectType: 'consultation',
      subjectId: id,
      before: { claimedBy: row.claimed_by },
      after: { claimedBy: user.id },
    });
  });
}

/** The answer: claims an unclaimed question; tells the person (SMS only with a number and consent; in-app when signed in). */
export function answerThread(
  deps: ModuleDeps,
  policy: ConsultationPolicy,
  user: AuthUser,
  actor: Actor,
  id: string,
  body: string,
  ruleIds: string[],
) {
  return change(deps, policy, id, async (q, row, now) => {
    if (row.claimed_by && row.claimed_by !== user.id) throw claimedByOther();
    await insertMessage(q, {
      id: randomUUID(),
      thread_id: id,
      author: 'consultant',
      author_user_id: user.id,
      author_name: user.displayName,
      body: maskIdNumbersInText(body),
      rule_ids: ruleIds,
      created_at: now,
    });
    await updateThread(q, id, {
      status: 'answered',
      claimedBy: user.id,
      firstAnsweredAt: row.first_answered_at ?? now,
      at: now,
    });
    const zh = `您的在线咨询（查询码 ${row.reference}）已有顾问答复，请凭查询码查看。`;
    const en = `A consultant has answered your online question (reference ${row.reference}); open it with your reference code.`;
    // Issue 18: by SMS only to a number its asker proved, within the number's daily allowance.
    const sms =
      row.notify_sms &&
      (await mobileVerified(q, id)) &&
      (await smsToThreadNumber(q, deps, row, { zh, en }, 'consult_answered'));
    if (row.user_id) {
      await insertAnswerNotification(q, {
        id: randomUUID(),
        userId: row.user_id,
        threadId: id,
        title: '在线咨询有新答复',
        body: zh,
        titleEn: 'Your online question was answered',
        bodyEn: en,
        at: now,
      });
    }
    await appendAudit(q, deps.clock, actor, {
      action: 'consult_thread.answered',
      subjectType: 'consultation',
      subjectId: id,
      before: { status: row.status },
      after: { status: 'answered', ruleIds, sms, inApp: row.user_id !== null },
    });
  });
}

export async function handOverThread(
  deps: ModuleDeps,
  policy: ConsultationPolicy,
  user: AuthUser,
  actor: Actor,
  id: string,
  toUserId: string | undefined,
  note: string | undefined,
) {
  if (toUserId) {
    const consultants = await listConsultants(deps.db);
    if (!consultants.some((c) => c.id === toUserId)) {
      throw fail(
        'VALIDATION.NOT_A_CONSULTANT',
        text(
          '只能转交给在岗的顾问：请从列表中选择',
          'You can hand over only to an active consultant: pick one from the list',
        ),
        [{ path: 'toUserId', message: text('不是在岗顾问', 'not an active consultant') }],
      );
    }
  }
  return change(deps, policy, id, async (q, row, now) => {
    if (row.status === 'closed') throw closedConflict();
    if (row.claimed_by && row.claimed_by !== user.id) throw claimedByOther();
    await updateThread(q, id, {
      status: row.status,
      claimedBy: toUserId ?? null,
      firstAnsweredAt: row.first_answered_at,
      at: now,
    });
    await appendAudit(q, deps.clock, actor, {
      action: 'consult_thread.handed_over',
      subjectType: 'consultation',
      subjectId: id,
      before: { claimedBy: row.claimed_by },
      after: { claimedBy: toUserId ?? null },
      reason: note ? maskIdNumbersInText(note) : undefined,
    });
  });
}

export function closeThread(deps: ModuleDeps, policy: ConsultationPolicy, user: AuthUser, actor: Actor, id: string) {
  return change(deps, policy, id, async (q, row, now) => {
    if (row.claimed_by && row.claimed_by !== user.id) throw claimedByOther();
    await updateThread(q, id, {
      status: 'closed',
      claimedBy: row.claimed_by,
      firstAnsweredAt: row.first_answered_at,
      at: now,
    });
    await appendAudit(q, deps.clock, actor, {
      action: 'consult_thread.closed',
      subjectType: 'consultation',
      subjectId: id,
      before: { status: row.status },
      after: { status: 'closed' },
    });
  });
}

export async function consultants(deps: Pick<ModuleDeps, 'db'>) {
  return { consultants: (await listConsultants(deps.db)).map((c) => ({ id: c.id, name: c.display_name })) };
}
