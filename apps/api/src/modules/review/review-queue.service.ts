import type { ReviewQueueQuery, ReviewQueueResponse } from '@jifen/contracts';
import { compareByDue, countSla, queueSla } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { visibleApplication } from '../applications/applications.service.ts';
import { today } from '../applications/applications.view.ts';
import { districtReviewers, queueRows, reviewerInDistrict } from './review.repository.ts';
import { setAssignee } from '../applications/case-facts.ts';
import { type Assignment, lockCase, openAtCentre } from './review-case-lock.ts';

/** Issue 23, item 8: the district's queue and who holds each case (claim, hand-over), R-3 step 4. */

function districtOf(user: AuthUser): string {
  if (!user.district) throw denied.forbidden();
  return user.district.code;
}

/** R-3 step 4: the district's cases with their SLA status, filtered, most urgent first, with counts and who holds what. */
export async function workbenchQueue(
  deps: ModuleDeps,
  user: AuthUser,
  query: ReviewQueueQuery,
): Promise<ReviewQueueResponse> {
  const district = districtOf(user);
  const t = today(deps);
  const atRisk = t.policy.params.workflow.reviewAtRiskWorkingDays;
  const calendar = deps.policy.set().calendar;
  const assigneeId = query.holder === 'me' ? user.id : query.holder === 'unclaimed' ? null : undefined;
  const rows = await queueRows(deps.db, district, {
    ...(query.state ? { state: query.state } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.employerId ? { employerId: query.employerId } : {}),
    ...(assigneeId !== undefined ? { assigneeId } : {}),
  });
  const all = rows.map((r) => ({
    r,
    sla: queueSla({ state: r.state, slaDue: r.sla_due, slaPendingYear: r.sla_pending_year }, t.today, calendar, atRisk),
  }));
  // Counts are over the filters but the SLA one, so the header shows what each SLA filter would give.
  const counts = countSla(all.map((x) => x.sla));
  const cases = all
    .filter((x) => !query.sla || x.sla.status === query.sla)
    .sort((a, b) => compareByDue(a.sla, b.sla))
    .map(({ r, sla }) => ({
      id: r.id,
      number: r.number,
      holderName: r.holder_name,
      employer: { id: r.employer_id, name: r.employer_name },
      kind: r.kind as ReviewQueueResponse['cases'][number]['kind'],
      state: r.state as ReviewQueueResponse['cases'][number]['state'],
      version: r.version,
      sla,
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
      assignedAt: r.assigned_at ? r.assigned_at.toISOString() : null,
      updatedAt: r.updated_at.toISOString(),
    }));
  return {
    today: t.today,
    atRiskWorkingDays: atRisk,
    counts,
    cases,
    colleagues: await districtReviewers(deps.db, district),
  };
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
