import {
  getPolicy,
  reviewTotals,
  type AdjustedValue,
  type AssessmentInput,
  type IndicatorDecision,
  type PolicySet,
  type ReviewableIndicator,
} from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { latestAudited } from '../audit/audit.service.ts';
import { indicatorReviews, reviewedApplications, type IndicatorReviewRow } from './review-reads.ts';

/**
 * The reviewed total (R-3 step 3) against what decided it (issue 18): the
 * newest audited indicator decision (`review.indicator_decided`, whose
 * `after.reviewedTotal` the audit chain and its signed head protect) and
 * the engine's recomputation from the stored indicator decisions. An UPDATE
 * of `applications.reviewed_total` by hand agrees with neither, so replay
 * reports it and the points notice refuses to sign it.
 */
const DECIDED = 'review.indicator_decided';

const asNumber = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/** The reviewed total each application's newest audited decision recorded (absent: never reviewed). */
export async function auditedReviewedTotals(q: Sql, applicationIds: string[]): Promise<Map<string, number | null>> {
  const afters = await latestAudited(q, DECIDED, applicationIds);
  return new Map(
    [...afters].map(([id, after]) => [id, asNumber((after as { reviewedTotal?: unknown } | null)?.reviewedTotal)]),
  );
}

/** Null when the stored reviewed total is the audited one; else what each says. */
export async function reviewedTotalDisagreement(
  q: Sql,
  applicationId: string,
  stored: string | null,
): Promise<{ stored: number | null; audited: number | null } | null> {
  const audited = (await auditedReviewedTotals(q, [applicationId])).get(applicationId) ?? null;
  const mine = asNumber(stored);
  return mine === audited ? null : { stored: mine, audited };
}

const toDecision = (r: IndicatorReviewRow): IndicatorDecision => ({
  indicator: r.indicator as ReviewableIndicator,
  decision: r.decision,
  reason: r.reason,
  ...(r.value ? { value: r.value as AdjustedValue } : {}),
});

export interface ReviewedTotalReplay {
  subjectId: string;
  policyId: string;
  problem: string | null;
  stored: unknown;
  replayed: unknown;
}

/** P-3 for the reviewed totals: every one against its audited decision and its recomputation. */
export async function replayReviewedTotals(q: Sql, pii: PiiCipher, set: PolicySet): Promise<ReviewedTotalReplay[]> {
  const rows = await reviewedApplications(q);
  const audited = await auditedReviewedTotals(
    q,
    rows.map((r) => r.id),
  );
  const out: ReviewedTotalReplay[] = [];
  for (const row of rows) {
    const stored = asNumber(row.reviewed_total);
    const recorded = audited.get(row.id) ?? null;
    let recomputed: number | null = null;
    const version = row.policy_id ? getPolicy(set, row.policy_id) : undefined;
    if (row.input_enc && row.submitted_on && version?.ok) {
      const input = JSON.parse(pii.decrypt('application.input', row.input_enc)) as AssessmentInput;
      const decisions = (await indicatorReviews(q, row.id)).map(toDecision);
      const r = reviewTotals(input, decisions, row.submitted_on, {
        id: version.value.id,
        hash: version.value.hash,
        params: version.value.params,
        wages: set.wages,
      });
      if (r.ok && decisions.length > 0) recomputed = r.value.reviewedTotal;
    }
    const problem =
      stored !== recorded
        ? 'the reviewed total differs from the audited indicator decision'
        : row.input_enc && recomputed !== stored
          ? 'the reviewed total differs from the one recomputed from the indicator decisions'
          : null;
    out.push({
      subjectId: row.id,
      policyId: row.policy_id ?? '',
      problem,
      stored: { reviewedTotal: stored },
      replayed: { audited: recorded, recomputed },
    });
  }
  return out;
}
