import { randomUUID } from 'node:crypto';
import type { WorkbenchThread } from '@jifen/contracts';
import { firstAnswerClock, type PolicySet } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { maskIdNumbersInText } from '../../security/free-text.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { deleteAfterOf, type ConsultationPolicy } from '../consultations/consultations.service.ts';
import { mobileVerified, smsToThreadNumber } from './mobile-verification.ts';
import {
  findThreadById,
  insertMessage,
  listConsultants,
  listMessages,
  listThreadRows,
  updateThread,
  type MessageRow,
  type QueueCursor,
  type ThreadRow,
} from './online-consult.repository.ts';
import { insertAnswerNotification } from '../notifications/messages.service.ts';
import { goalHoursOf, moment, notFound, policyToday, toMessage } from './online-consult.service.ts';

/** Issue 23, item 8: the consultant's side of the online consultation (the queue in pages, claim, answer, hand-over, close); the asker's side is online-consult.service.ts. */

function toWorkbench(
  set: PolicySet,
  row: ThreadRow,
  messages: MessageRow[],
  policy: ConsultationPolicy,
  goalHours: number,
  now: Date,
): WorkbenchThread {
  const clock = firstAnswerClock(set.calendar, moment(row.created_at), moment(row.first_answered_at ?? now), goalHours);
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
  fail('VALIDATION.CURSOR', msg('onlineConsult.badCursor'), [
    { path: 'cursor', message: msg('onlineConsult.badCursorShort') },
  ]);

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
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'policy'>,
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
        deps.policy.set(),
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
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'policy'>,
  policy: ConsultationPolicy,
  id: string,
): Promise<WorkbenchThread> {
  const row = await findThreadById(deps.db, id);
  if (!row) throw notFound();
  return toWorkbench(
    deps.policy.set(),
    row,
    await listMessages(deps.db, [row.id]),
    policy,
    goalHoursOf(policyToday(deps).policy),
    deps.clock.now(),
  );
}

const claimedByOther = () => fail('CONSULT_CLAIM.CONFLICT', msg('onlineConsult.claimedByAnother'));
const closedConflict = () => fail('CONSULT_CLOSED.CONFLICT', msg('onlineConsult.threadClosed'));

async function change(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'pii' | 'policy'>,
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
    const { zh, en } = msg('onlineConsult.answered.body', { reference: row.reference });
    const title = msg('onlineConsult.answered.title');
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
        title: title.zh,
        body: zh,
        titleEn: title.en,
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
      throw fail('VALIDATION.NOT_A_CONSULTANT', msg('onlineConsult.handOverToActive'), [
        { path: 'toUserId', message: msg('onlineConsult.notActiveConsultant') },
      ]);
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
