import {
  REVIEW_QUEUE_PAGE_SIZE,
  type QueueCase,
  type ReviewQueueQuery,
  type ReviewQueueResponse,
} from '@jifen/contracts';
import { queueSla, queueSlaBounds } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { visibleApplication } from '../applications/applications.service.ts';
import { today } from '../applications/applications.view.ts';
import { districtReviewers, reviewerInDistrict } from './review.repository.ts';
import { queuePage } from './review-queue.repository.ts';
import { setAssignee } from '../applications/case-facts.ts';
import { type Assignment, lockCase, openAtCentre } from './review-case-lock.ts';

/** Issue 23, item 8: the district's queue and who holds each case (claim, hand-over), R-3 step 4. */

function districtOf(user: AuthUser): string {
  if (!user.district) throw denied.forbidden();
  return user.district.code;
}

/**
 * R-3 step 4: a page of the district's cases with their SLA status, filtered,
 * most urgent first, with counts and who holds what. Issue 20: the database
 * classifies, counts and orders by the date bounds the domain works out once
 * (`queueSlaBounds`); the domain still words each listed case (`queueSla`:
 * working days left, the pending year), for one page only.
 */
export async function workbenchQueue(
  deps: ModuleDeps,
  user: AuthUser,
  query: ReviewQueueQuery,
): Promise<ReviewQueueResponse> {
  const district = districtOf(user);
  const t = today(deps);
  const atRisk = t.policy.params.workflow.reviewAtRiskWorkingDays;
  const calendar = deps.policy.set().calendar;
  const bounds = queueSlaBounds(t.today, calendar, atRisk);
  const assigneeId = query.holder === 'me' ? user.id : query.holder === 'unclaimed' ? null : undefined;
  const filter = {
    ...(query.state ? { state: query.state } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.employerId ? { employerId: query.employerId } : {}),
    ...(assigneeId !== undefined ? { assigneeId } : {}),
  };
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? REVIEW_QUEUE_PAGE_SIZE;
  // Counts are over the filters but the SLA one, so the header shows what each SLA filter would give.
  const [{ counts, employers, rows }, colleagues] = await Promise.all([
    queuePage(deps.db, district, { ...filter, ...(query.sla ? { sla: query.sla } : {}) }, bounds, {
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }),
    districtReviewers(deps.db, district),
  ]);
  const total = query.sla ? counts[query.sla] : Object.values(counts).reduce((a, b) => a + b, 0);
  const cases = rows.map((r) => ({
    id: r.id,
    number: r.number,
    holderName: r.holder_name,
    employer: { id: r.employer_id, name: r.employer_name },
    kind: r.kind as QueueCase['kind'],
    state: r.state as QueueCase['state'],
    version: r.version,
    sla: queueSla({ state: r.state, slaDue: r.sla_due, slaPendingYear: r.sla_pending_year }, t.today, calendar, atRisk),
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    assignedAt: r.assigned_at ? r.assigned_at.toISOString() : null,
    updatedAt: r.updated_at.toISOString(),
  }));
  return { today: t.today, atRiskWorkingDays: atRisk, counts, total, page, pageSize, cases, employers, colleagues };
}

async function assign(
  q: Sql,
  deps: ModuleDeps,
  actor: Actor,
  id: string,
  from: string | null,
  to: { id: string; name: string },
  action: 'review.claim' | 'review.handover',
): Promise<Assignment> {
  const at = deps.clock.now();
  await setAssignee(q, id, to.id, at);
  await appendAudit(q, deps.clock, actor, {
    action,
    subjectType: 'application',
    subjectId: id,
    before: { assigneeId: from },
    after: { assigneeId: to.id },
  });
  return { assignee: to, assignedAt: at.toISOString() };
}

/** Claim a case of the district: free, or already one's own. Someone else's case is handed over by them. */
export async function claimCase(deps: ModuleDeps, user: AuthUser, actor: Actor, id: string): Promise<Assignment> {
  await visibleApplication(deps, user, id);
  return deps.db.tx(async (q) => {
    const { facts } = await lockCase(q, deps, user, id, openAtCentre);
    return assign(q, deps, actor, id, facts.assignee_id, { id: user.id, name: user.displayName }, 'review.claim');
  });
}

/** Hand a case one holds (or nobody holds) to another reviewer of the same district. */
export async function handOver(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  toUserId: string,
): Promise<Assignment> {
  const district = districtOf(user);
  await visibleApplication(deps, user, id);
  return deps.db.tx(async (q) => {
    const { facts } = await lockCase(q, deps, user, id, openAtCentre);
    const to = await reviewerInDistrict(q, toUserId, district);
    if (!to) {
      throw fail('REVIEW.COLLEAGUE_UNKNOWN', msg('review.handOverToActive'), [
        { path: 'toUserId', message: msg('review.notActiveReviewer') },
      ]);
    }
    return assign(q, deps, actor, id, facts.assignee_id, to, 'review.handover');
  });
}
