import { randomUUID } from 'node:crypto';
import type { ApplicationDetail, FalseMaterialRequest, FalseMaterialView } from '@jifen/contracts';
import { falseMaterialFinding } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { ModuleDeps } from '../../deps.ts';
import { maskIdNumbersInOptionalText } from '../../security/free-text.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { detailOf } from '../applications/applications.detail.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import { moveInTransaction } from '../applications/applications.transition.ts';
import { notFound, today } from '../applications/applications.view.ts';
import { revokeNotice } from '../notices/notices.service.ts';
import { findingViews, recordFinding } from '../findings/findings.service.ts';
import { holderIdOfUser, issuedNoticeApplications } from './review.repository.ts';
import { lockForReview } from './review-case-lock.ts';

/** Issue 23, item 8: C-5 false-material findings from the review, and the holder's own. */

/**
 * C-5: a false-material finding on the holder (the penalty and the bar from
 * the policy in force today), and the application rejected with the reason
 * the holder reads, in one transaction.
 */
export async function recordFalseMaterial(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  body: FalseMaterialRequest,
): Promise<ApplicationDetail> {
  await visibleApplication(deps, user, id);
  const t = today(deps);
  await deps.db.tx(async (q) => {
    const { row } = await lockForReview(q, deps, user, id);
    const finding = falseMaterialFinding(t.today, t.policy.params);
    const reason = maskIdNumbersInOptionalText(body.reason) ?? '';
    const holderReason = `${finding.message.zh}。${reason}`;
    await moveInTransaction(q, deps, user, actor, row, 'reject', body.expectedVersion, holderReason);
    await recordFinding(q, {
      id: randomUUID(),
      holderId: row.holder_id,
      applicationId: id,
      foundOn: finding.foundOn,
      penalty: finding.penalty,
      barredUntil: finding.barredUntil,
      countsUntil: finding.countsUntil,
      policyId: t.policy.id,
      reason,
      by: user.id,
      at: deps.clock.now(),
    });
    await appendAudit(q, deps.clock, actor, {
      action: 'review.false_material',
      subjectType: 'holder',
      subjectId: row.holder_id,
      after: {
        applicationId: id,
        foundOn: finding.foundOn,
        penalty: finding.penalty,
        barredUntil: finding.barredUntil,
        countsUntil: finding.countsUntil,
        policyId: t.policy.id,
      },
      reason,
    });
    // The holder's points notices are revoked with the finding: the public verification page shows it at once.
    for (const approvedId of await issuedNoticeApplications(q, row.holder_id)) {
      await revokeNotice(q, deps.clock, actor, { applicationId: approvedId, reason: 'false_material', note: reason });
    }
  });
  const row = await visibleApplication(deps, user, id);
  return detailOf(deps, row, user);
}

/** The holder's own C-5 findings, with their dates. */
export async function myFindings(deps: ModuleDeps, user: AuthUser): Promise<FalseMaterialView[]> {
  const holderId = await holderIdOfUser(deps.db, user.id);
  if (!holderId) throw notFound();
  return findingViews(deps.db, holderId, today(deps).today);
}
