import type { IndicatorDecisionRequest, ReviewView } from '@jifen/contracts';
import {
  ADJUSTABLE,
  getPolicy,
  reviewTotals,
  type AdjustedValue,
  type AssessmentInput,
  type IndicatorDecision,
  type ReviewableIndicator,
} from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, fail } from '../../errors.ts';
import { maskIdNumbersInOptionalText } from '../../security/free-text.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import { today } from '../applications/applications.view.ts';
import { findingViews } from '../findings/findings.service.ts';
import { latestMaterialCheck, reviewFacts, upsertIndicatorReview } from './review.repository.ts';
import { indicatorReviews, type IndicatorReviewRow } from '../applications/review-reads.ts';
import { recordFileRetrieval, setAssignee, setReviewedTotal } from '../applications/case-facts.ts';
import { lockForReview } from './review-case-lock.ts';

/** Issue 23, item 8: the review of one case, R-3 steps 2 and 3 (file retrieval, indicator decisions, the reviewed total). */

interface ReviewBasis {
  input: AssessmentInput;
  asOf: string;
  policy: {
    id: string;
    hash: string;
    params: Parameters<typeof reviewTotals>[3]['params'];
    wages: Parameters<typeof reviewTotals>[3]['wages'];
  };
}

/** The input the submission was decided on, under its recorded policy version (P-3); undefined before submission. */
function basisOf(
  deps: ModuleDeps,
  row: { policy_id: string | null; policy_hash: string | null },
  facts: { input_enc: string | null; submitted_on: string | null },
): ReviewBasis | undefined {
  if (!facts.input_enc || !facts.submitted_on || !row.policy_id) return undefined;
  const set = deps.policy.set();
  const version = getPolicy(set, row.policy_id);
  if (!version.ok) throw new AppError(version.error);
  const input = JSON.parse(deps.pii.decrypt('application.input', facts.input_enc)) as AssessmentInput;
  return {
    input,
    asOf: facts.submitted_on,
    policy: { id: version.value.id, hash: version.value.hash, params: version.value.params, wages: set.wages },
  };
}

const toDecision = (r: IndicatorReviewRow): IndicatorDecision => ({
  indicator: r.indicator as ReviewableIndicator,
  decision: r.decision,
  reason: r.reason,
  ...(r.value ? { value: r.value as AdjustedValue } : {}),
});

async function buildReview(
  q: Sql,
  deps: ModuleDeps,
  row: Awaited<ReturnType<typeof visibleApplication>>,
): Promise<ReviewView> {
  const facts = await reviewFacts(q, row.id);
  const decisions = await indicatorReviews(q, row.id);
  const basis = basisOf(deps, row, facts);
  const t = today(deps);
  let totals: ReviewView['totals'] = null;
  let lines: ReviewView['lines'] = [];
  if (basis) {
    const r = reviewTotals(basis.input, decisions.map(toDecision), basis.asOf, basis.policy);
    if (!r.ok) throw new AppError(r.error);
    const byIndicator = new Map(decisions.map((d) => [d.indicator, d]));
    totals = {
      policyId: r.value.policyId,
      policyHash: r.value.policyHash,
      claimedTotal: r.value.claimedTotal,
      reviewedTotal: r.value.reviewedTotal,
      standardScore: basis.policy.params.points.standardScore,
    };
    lines = r.value.lines.map((l) => {
      const d = byIndicator.get(l.indicator);
      return {
        indicator: l.indicator,
        ruleId: l.ruleId,
        claimed: l.claimed,
        reviewed: l.reviewed,
        reviewable: l.reviewable,
        adjustable: ADJUSTABLE[l.indicator as ReviewableIndicator] ?? null,
        ...(l.reason ? { reason: l.reason } : {}),
        decision: d
          ? {
              decision: d.decision,
              value: (d.value as AdjustedValue | null) ?? null,
              reason: maskIdNumbersInOptionalText(d.reason) ?? '',
              by: { id: d.reviewed_by, name: d.reviewer_name },
              at: d.reviewed_at.toISOString(),
            }
          : null,
      };
    });
  }
  const m = await latestMaterialCheck(q, row.id);
  return {
    fileRetrieval:
      facts.file_retrieved_at && facts.file_retriever_id
        ? {
            at: facts.file_retrieved_at.toISOString(),
            by: { id: facts.file_retriever_id, name: facts.file_retriever_name ?? '' },
          }
        : null,
    assignee: facts.assignee_id ? { id: facts.assignee_id, name: facts.assignee_name ?? '' } : null,
    totals,
    lines,
    materials: m
      ? {
          outcome: m.outcome,
          visitDate: m.visit_date,
          items: m.items,
          problems: m.problems,
          receiptNo: m.receipt_no,
          checkedBy: { id: m.checked_by, name: m.checker_name },
          checkedAt: m.checked_at.toISOString(),
        }
      : null,
    findings: await findingViews(q, row.holder_id, t.today),
  };
}

/** What the reviewer decided, read by the reviewer, the clerk, HR and the holder alike. */
export async function getReview(deps: ModuleDeps, user: AuthUser, id: string): Promise<ReviewView> {
  const row = await visibleApplication(deps, user, id);
  return buildReview(deps.db, deps, row);
}

/** R-3 step 2: the file retrieval (调档) recorded, once; claims the case if nobody holds it. */
export async function retrieveFile(deps: ModuleDeps, user: AuthUser, actor: Actor, id: string): Promise<ReviewView> {
  await visibleApplication(deps, user, id);
  return deps.db.tx(async (q) => {
    const { row, facts } = await lockForReview(q, deps, user, id);
    const at = deps.clock.now();
    if (!facts.file_retrieved_at) {
      await recordFileRetrieval(q, id, user.id, at);
      if (!facts.assignee_id) await setAssignee(q, id, user.id, at);
      await appendAudit(q, deps.clock, actor, {
        action: 'review.file_retrieved',
        subjectType: 'application',
        subjectId: id,
        after: { retrievedBy: user.id },
      });
    }
    return buildReview(q, deps, row);
  });
}

/** R-3 step 3: accept, adjust or reject one claimed indicator with the reason the holder reads; the reviewed total is recomputed. */
export async function decideIndicator(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  indicator: ReviewableIndicator,
  body: IndicatorDecisionRequest,
): Promise<ReviewView> {
  await visibleApplication(deps, user, id);
  return deps.db.tx(async (q) => {
    const { row, facts } = await lockForReview(q, deps, user, id);
    if (!facts.file_retrieved_at) {
      throw fail('REVIEW.FILE_NOT_RETRIEVED', msg('review.retrieveFileFirst'), [], { ruleId: 'R-3' });
    }
    const basis = basisOf(deps, row, facts);
    if (!basis) throw fail('REVIEW.NO_INPUT', msg('review.noSubmission'), [], { ruleId: 'P-3' });
    const reason = maskIdNumbersInOptionalText(body.reason) ?? '';
    const mine: IndicatorDecision = {
      indicator,
      decision: body.decision,
      reason,
      ...(body.decision === 'adjusted' && body.value ? { value: body.value } : {}),
    };
    if (body.decision === 'adjusted' && !body.value) {
      throw fail(
        'REVIEW.ADJUSTMENT_INVALID',
        msg('review.adjustmentNeedsValue'),
        [{ path: 'value', message: msg('review.enterAdjustedValue') }],
        { ruleId: 'R-3' },
      );
    }
    const others = (await indicatorReviews(q, id)).filter((d) => d.indicator !== indicator).map(toDecision);
    const before = reviewTotals(basis.input, others, basis.asOf, basis.policy);
    const result = reviewTotals(basis.input, [...others, mine], basis.asOf, basis.policy);
    if (!result.ok) throw new AppError(result.error);
    const claimedLine = result.value.lines.find((l) => l.indicator === indicator);
    if (!claimedLine || claimedLine.claimed === 0) {
      throw fail('REVIEW.NOT_CLAIMED', msg('review.indicatorNotClaimed', { indicator }), [], { ruleId: 'R-3' });
    }
    if (body.decision === 'adjusted' && claimedLine.reviewed >= claimedLine.claimed) {
      throw fail(
        'REVIEW.ADJUSTMENT_INVALID',
        msg('review.adjustmentNotLower'),
        [{ path: 'value', message: msg('review.adjustmentNotLowerShort') }],
        { ruleId: 'R-3' },
      );
    }
    const at = deps.clock.now();
    await upsertIndicatorReview(q, {
      applicationId: id,
      indicator,
      decision: body.decision,
      value: mine.value ?? null,
      reason,
      by: user.id,
      at,
    });
    await setReviewedTotal(q, id, result.value.reviewedTotal);
    await appendAudit(q, deps.clock, actor, {
      action: 'review.indicator_decided',
      subjectType: 'application',
      subjectId: id,
      before: { reviewedTotal: before.ok ? before.value.reviewedTotal : null },
      after: {
        indicator,
        decision: body.decision,
        value: mine.value ?? null,
        claimed: claimedLine.claimed,
        reviewed: claimedLine.reviewed,
        reviewedTotal: result.value.reviewedTotal,
        policyId: result.value.policyId,
      },
      reason,
    });
    return buildReview(q, deps, row);
  });
}
