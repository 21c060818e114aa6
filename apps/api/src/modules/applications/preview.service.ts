import type { ApplicationPreview } from '@jifen/contracts';
import {
  assessPoints,
  claimedLines,
  compareClaimedLines,
  getPolicy,
  type AssessmentInput,
  type ClaimedLine,
  type LocalizedText,
} from '@jifen/domain';
import { msg } from '@jifen/messages';
import type { AuthUser } from '../../access.ts';
import type { ModuleDeps } from '../../deps.ts';
import { visibleApplication } from './applications.service.ts';
import { today } from './applications.view.ts';
import { loadHolderInput } from './assessment-input.ts';
import { lastApprovedBaseline, type ApprovedBaselineRow } from './preview.repository.ts';

type LastApproved = NonNullable<ApplicationPreview['lastApproved']>;

/** The lines the centre approved, recomputed from the stored input under the recorded version on the submission day (as replay does, P-3). */
function approvedLines(deps: Pick<ModuleDeps, 'pii' | 'policy'>, row: ApprovedBaselineRow): ClaimedLine[] | null {
  if (!row.input_enc || !row.submitted_on || !row.policy_id) return null;
  const set = deps.policy.set();
  const version = getPolicy(set, row.policy_id);
  if (!version.ok || version.value.hash !== row.policy_hash) return null;
  const input = JSON.parse(deps.pii.decrypt('application.input', row.input_enc)) as AssessmentInput;
  const policy = { id: version.value.id, hash: version.value.hash, params: version.value.params, wages: set.wages };
  return claimedLines(assessPoints(input, row.submitted_on, policy));
}

function explain(
  total: number,
  approvedTotal: number,
  linesKnown: boolean,
  changes: LastApproved['changes'],
): LocalizedText {
  if (!linesKnown) return msg('applications.preview.linesNotKept', { approvedTotal });
  if (changes.length === 0) {
    return total === approvedTotal
      ? msg('applications.preview.sameTotal', { approvedTotal })
      : msg('applications.preview.sameLinesReviewerTotal', { approvedTotal });
  }
  const delta = total - approvedTotal;
  const difference =
    delta < 0
      ? msg('applications.preview.less', { delta: -delta })
      : delta > 0
        ? msg('applications.preview.more', { delta })
        : msg('applications.preview.equal');
  return msg('applications.preview.changed', {
    total,
    approvedTotal,
    difference,
    changes: { zh: changes.map((c) => c.text.zh).join('；'), en: changes.map((c) => c.text.en).join('; ') },
  });
}

/**
 * Issue 17, problem 7: what the holder confirms (and HR and the paper
 * confirmation show), computed by the engine today under the policy in
 * force from the holder's stored data, beside the last approved total.
 * Visible to whoever can see the application (the same 404 otherwise).
 */
export async function previewApplication(deps: ModuleDeps, user: AuthUser, id: string): Promise<ApplicationPreview> {
  const row = await visibleApplication(deps, user, id);
  const t = today(deps);
  const input = await loadHolderInput(deps, row.holder_id);
  const base = { asOf: t.today, policyId: t.policy.id, policyHash: t.policy.hash };
  const baseline = await lastApprovedBaseline(deps.db, row.holder_id, row.id);
  if (!input.ok) {
    const cause = (input.error.details as { cause?: unknown } | undefined)?.cause;
    return {
      ...base,
      total: 0,
      standardScore: t.policy.params.points.standardScore,
      lines: [],
      unavailable: { code: typeof cause === 'string' ? cause : input.error.code, message: input.error.message },
      lastApproved:
        baseline?.total == null
          ? null
          : {
              number: baseline.number,
              approvedOn: baseline.notice_issued_on,
              total: Number(baseline.total),
              linesKnown: false,
              changes: [],
              explanation: msg('applications.preview.approvedTotalOnly', { total: baseline.total }),
            },
    };
  }
  const assessment = assessPoints(input.value, t.today, {
    id: t.policy.id,
    hash: t.policy.hash,
    params: t.policy.params,
    wages: deps.policy.set().wages,
  });
  const lines = claimedLines(assessment);
  let lastApproved: LastApproved | null = null;
  if (baseline && baseline.total !== null) {
    const before = approvedLines(deps, baseline);
    const approvedTotal = Number(baseline.total);
    const changes = before ? compareClaimedLines(before, lines) : [];
    lastApproved = {
      number: baseline.number,
      approvedOn: baseline.notice_issued_on,
      total: approvedTotal,
      linesKnown: before !== null,
      changes,
      explanation: explain(assessment.total, approvedTotal, before !== null, changes),
    };
  }
  return {
    ...base,
    total: assessment.total,
    standardScore: assessment.standardScore,
    lines,
    unavailable: null,
    lastApproved,
  };
}
