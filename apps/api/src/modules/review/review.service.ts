import { randomUUID } from 'node:crypto';
import type {
  ApplicationDetail,
  FalseMaterialRequest,
  FalseMaterialView,
  IndicatorDecisionRequest,
  ReviewView,
  ReviewQueueQuery,
  ReviewQueueResponse,
} from '@jifen/contracts';
import {
  ADJUSTABLE,
  compareByDue,
  countSla,
  falseMaterialFinding,
  getPolicy,
  queueSla,
  reviewTotals,
  type AdjustedValue,
  type AssessmentInput,
  type IndicatorDecision,
  type ReviewableIndicator,
} from '@jifen/domain';
import type { AuthUser } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, denied, fail, text } from '../../errors.ts';
import { maskIdNumbersInOptionalText } from '../../security/free-text.ts';
import { appendAudit, type Actor } from '../audit/audit.service.ts';
import { detailOf } from '../applications/applications.detail.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import { moveInTransaction } from '../applications/applications.transition.ts';
import { notFound, today } from '../applications/applications.view.ts';
import { livePolicySet } from '../../policy/live-policy.ts';
import { revokeNotice } from '../notices/notices.service.ts';
import { findingViews, recordFinding } from '../findings/findings.service.ts';
import {
  districtReviewers,
  holderIdOfUser,
  issuedNoticeApplications,
  latestMaterialCheck,
  queueRows,
  reviewerInDistrict,
  reviewFacts,
  upsertIndicatorReview,
} from './review.repository.ts';
import { indicatorReviews, type IndicatorReviewRow } from '../applications/review-reads.ts';
import { recordFileRetrieval, setAssignee, setReviewedTotal } from '../applications/case-facts.ts';

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
  const t = today(deps.clock);
  const atRisk = t.policy.params.workflow.reviewAtRiskWorkingDays;
  const calendar = livePolicySet().calendar;
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

const heldBy = (name: string) =>
  fail(
    'REVIEW.HELD_BY_OTHER',
    text(
      `该案件由${name}办理中；请${name}移交给您，或联系其本人`,
      `${name} holds this case; ask them to hand it over to you`,
    ),
    [],
    { ruleId: 'R-3' },
  );

const closed = (state: string) =>
  fail(
    'REVIEW.CASE_CLOSED',
    text(
      `该申请当前状态（${state}）不在中心办理中，无需认领或移交`,
      `The application (state: ${state}) is not at the centre; there is nothing to claim or hand over`,
    ),
    [],
    { ruleId: 'R-3' },
  );

const OPEN_AT_CENTRE = ['awaiting_visit', 'under_review', 'returned'];

type Assignment = { assignee: { id: string; name: string }; assignedAt: string };

/**
 * Locks the application row for one move of the centre: visible to the
 * user, in a state `check` allows, and not held by another reviewer.
 */
async function lockCase(
  q: Sql,
  deps: ModuleDeps,
  user: AuthUser,
  id: string,
  check: (state: string) => AppError | null,
) {
  await q.query('SELECT id FROM applications WHERE id = $1 FOR UPDATE', [id]);
  const row = await visibleApplication({ ...deps, db: q as ModuleDeps['db'] }, user, id);
  const refused = check(row.state);
  if (refused) throw refused;
  const facts = await reviewFacts(q, id);
  if (facts.assignee_id && facts.assignee_id !== user.id) throw heldBy(facts.assignee_name ?? '');
  return { row, facts };
}

const openAtCentre = (state: string) => (OPEN_AT_CENTRE.includes(state) ? null : closed(state));

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
      throw fail(
        'REVIEW.COLLEAGUE_UNKNOWN',
        text(
          '只能移交给本区在岗的审核人员；请从同事列表中选择',
          'A case can only be handed to an active reviewer of your district; choose one from the list of colleagues',
        ),
        [{ path: 'toUserId', message: text('不是本区在岗的审核人员', 'not an active reviewer of your district') }],
      );
    }
    return assign(q, deps, actor, id, facts.assignee_id, to, 'review.handover');
  });
}

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
  const set = livePolicySet();
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
  const t = today(deps.clock);
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

const notUnderReview = (state: string) =>
  fail(
    'REVIEW.NOT_UNDER_REVIEW',
    text(
      `申请当前状态为“${state}”，不在调档审核中，不能调档或审核指标`,
      `The application is ${state}, not under review; files can only be retrieved and indicators reviewed under review`,
    ),
    [],
    { ruleId: 'R-3' },
  );

/** Locks the row and checks it is under review and not held by someone else. */
function lockForReview(q: Sql, deps: ModuleDeps, user: AuthUser, id: string) {
  return lockCase(q, deps, user, id, (state) => (state === 'under_review' ? null : notUnderReview(state)));
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
      throw fail(
        'REVIEW.FILE_NOT_RETRIEVED',
        text(
          '请先调档（记录调取档案），再审核积分指标',
          'Retrieve the file first (record the file retrieval), then review the indicators',
        ),
        [],
        { ruleId: 'R-3' },
      );
    }
    const basis = basisOf(deps, row, facts);
    if (!basis)
      throw fail(
        'REVIEW.NO_INPUT',
        text(
          '该申请没有提交时的数据，无法复核积分',
          'The application has no stored submission data; its points cannot be recomputed',
        ),
        [],
        { ruleId: 'P-3' },
      );
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
        text('调整指标须填写调整后的等级或年限', 'An adjusted indicator needs its new level or number of years'),
        [{ path: 'value', message: text('请填写调整值', 'enter the adjusted value') }],
        { ruleId: 'R-3' },
      );
    }
    const others = (await indicatorReviews(q, id)).filter((d) => d.indicator !== indicator).map(toDecision);
    const before = reviewTotals(basis.input, others, basis.asOf, basis.policy);
    const result = reviewTotals(basis.input, [...others, mine], basis.asOf, basis.policy);
    if (!result.ok) throw new AppError(result.error);
    const claimedLine = result.value.lines.find((l) => l.indicator === indicator);
    if (!claimedLine || claimedLine.claimed === 0) {
      throw fail(
        'REVIEW.NOT_CLAIMED',
        text(
          `申请未申报指标“${indicator}”（该项为0分），无需审核`,
          `Indicator "${indicator}" is not claimed (0 points); there is nothing to review`,
        ),
        [],
        { ruleId: 'R-3' },
      );
    }
    if (body.decision === 'adjusted' && claimedLine.reviewed >= claimedLine.claimed) {
      throw fail(
        'REVIEW.ADJUSTMENT_INVALID',
        text(
          '调整后的分值须低于申报分值；若材料属实请选择“认定”',
          'The adjusted points must be below the claimed points; if the claim is right, accept it instead',
        ),
        [{ path: 'value', message: text('须低于申报值', 'must be below the claimed value') }],
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
  const t = today(deps.clock);
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
  return findingViews(deps.db, holderId, today(deps.clock).today);
}
