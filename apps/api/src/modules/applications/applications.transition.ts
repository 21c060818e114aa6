import { randomUUID } from 'node:crypto';
import type { ApplicationActionRequest, ApplicationDetail, UserAction } from '@jifen/contracts';
import {
  assessmentPolicyOn,
  decide,
  routingCommand,
  type AssessmentInput,
  type CheckOutcome,
  type Command,
  type Decision,
  type DecisionContext,
  type Role,
} from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, fail, text } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { runSubmissionChecks, checksFailedError, type SubmissionChecks } from './applications.checks.ts';
import { storeMessages } from './applications.intents.ts';
import { detailOf } from './applications.detail.ts';
import {
  findApplication,
  insertEvent,
  lastApproved,
  updateApplication,
  type ApplicationPatch,
  type ApplicationRow,
} from './applications.repository.ts';
import { assertEmployerVerified, canSee, domainApplication, notFound, today } from './applications.view.ts';
import { loadHolderInput } from './assessment-input.ts';
import { recordSubmissionData, type SubmissionData } from './pending-data.repository.ts';
import { maskIdNumbersInOptionalText } from '../../security/free-text.ts';
import {
  approvedForPermitError,
  currentPermitId,
  ONE_APPROVED_PER_PERMIT,
  violates,
} from './applications.uniqueness.ts';
import { requireTimelineTarget, timelineTarget } from './applications.timeline.ts';
import { shanghaiDate } from '../../clock.ts';
import {
  recordApproval,
  recordRenewalEnded,
  recordRenewalSubmitted,
} from '../points-records/points-records.service.ts';

/** The states of a submitted application: only those had cancelled the reminders. */
const SUBMITTED_STATES: readonly string[] = ['submitted', 'awaiting_visit', 'under_review', 'returned'];

interface Meta {
  policyId: string | null;
  policyHash: string | null;
  checks: CheckOutcome[] | null;
  extra?: Omit<ApplicationPatch, 'state'>;
  /** P-2 / P-3 columns stored with the transition (pending data, the input it was decided on). */
  submission?: SubmissionData;
  /** What caused a system move besides a person's action (issue 17: the publication of the data a case waited for), for the audit entry. */
  cause?: Record<string, unknown>;
}

type Ctx = DecisionContext & { at: Date; policyId: string; policyHash: string };

function contextOf(deps: Pick<ModuleDeps, 'clock' | 'policy'>): Ctx {
  const t = today(deps);
  return {
    now: t.now.toISOString(),
    at: t.now,
    today: t.today,
    calendar: deps.policy.set().calendar,
    policy: t.policy.params,
    policyId: t.policy.id,
    policyHash: t.policy.hash,
  };
}

function decideOrThrow(row: ApplicationRow, cmd: Command, ctx: DecisionContext): Decision {
  const d = decide(domainApplication(row), cmd, ctx);
  if (!d.ok) throw new AppError(d.error);
  return d.value;
}

/** Stores one decision: state, event, messages and audit, in the caller's transaction (principle 3). */
async function persist(
  q: Sql,
  deps: ModuleDeps,
  actor: Actor,
  row: ApplicationRow,
  cmd: Command,
  d: Decision,
  meta: Meta,
  at: Date,
): Promise<ApplicationRow> {
  const patch: ApplicationPatch = { state: d.next, ...meta.extra };
  const submission: SubmissionData = { ...meta.submission };
  // Issue 17: a submission is for the permit period the timeline allows (L-5, L-4, L-7), and an approval
  // for the same period, checked again on its day; one approval per period (migration 008).
  const today = shanghaiDate(at);
  if (cmd.action === 'submit')
    patch.permitId = (await requireTimelineTarget(q, deps.policy.set(), row, 'submit', today))?.id ?? null;
  if (d.next === 'approved') {
    // Approved on the submission's terms: a renewal submitted in time stays approvable after its cycle's dates pass.
    const submittedOn = row.submitted_on ?? today;
    patch.permitId =
      (await requireTimelineTarget(q, deps.policy.set(), { ...row, submitted_on: submittedOn }, 'approve', today))
        ?.id ?? row.permit_id;
  }
  let ruleId: string | null = null;
  let routeRuleId: string | null = null;
  for (const i of d.intents) {
    if (i.type === 'sla_start') {
      patch.slaDue = i.dueDate;
      submission.slaStartedOn = i.startedOn;
      submission.slaPendingYear = i.pendingYear;
    }
    if (i.type === 'sla_stop') submission.slaPendingYear = null;
    if (i.type === 'sla_stop') patch.slaDue = null;
    if (i.type === 'issue_notice') patch.noticeIssuedOn = i.issuedOn;
    if (i.type === 'audit') {
      ruleId = i.ruleId;
      routeRuleId = i.routeRuleId ?? null;
    }
  }
  const version = await updateApplication(q, row.id, patch, at);
  if (Object.keys(submission).length > 0) await recordSubmissionData(q, row.id, submission);
  // Issue 13: L-1, the approval creates or renews the points record; a renewal submitted in time cancels the cycle's reminders, and one rejected or withdrawn gives them back.
  const pointsActor = cmd.role === 'system' ? null : actor;
  if (d.next === 'approved')
    await recordApproval(q, deps, pointsActor, {
      holderId: row.holder_id,
      applicationId: row.id,
      permitId: patch.permitId ?? null,
    });
  if (cmd.action === 'submit' && row.kind !== 'first_application')
    await recordRenewalSubmitted(q, deps, pointsActor, row.holder_id, row.id);
  if (
    (d.next === 'rejected' || d.next === 'withdrawn') &&
    row.kind !== 'first_application' &&
    SUBMITTED_STATES.includes(row.state)
  )
    await recordRenewalEnded(q, deps, pointsActor, row.holder_id, row.id);
  const eventId = randomUUID();
  // PI-1: a decision reason is free text; an ID number or mobile in it is stored masked (issue 11).
  const reason = maskIdNumbersInOptionalText(cmd.reason?.trim() || null);
  await insertEvent(q, {
    id: eventId,
    applicationId: row.id,
    seq: version,
    from: row.state,
    to: d.next,
    action: cmd.action,
    role: cmd.role,
    actorId: cmd.role === 'system' ? null : cmd.actorId,
    ruleId,
    reason,
    policyId: meta.policyId,
    policyHash: meta.policyHash,
    checks: meta.checks,
    at,
  });
  const updated = {
    ...row,
    state: d.next,
    version,
    permit_id: patch.permitId ?? row.permit_id,
    submitted_on: cmd.action === 'submit' ? today : row.submitted_on,
  };
  await storeMessages(q, deps, updated, eventId, d.intents, at);
  // Routing and automatic decisions are the system's, as in the application's history; the request that triggered them stays traceable.
  const system = cmd.role === 'system';
  await appendAudit(q, deps.clock, system ? null : actor, {
    requestId: system ? (actor.requestId ?? null) : null,
    action: `application.${cmd.action}`,
    subjectType: 'application',
    subjectId: row.id,
    before: { state: row.state, version: row.version },
    after: {
      state: d.next,
      version,
      role: cmd.role,
      ruleId,
      ...(routeRuleId ? { routeRuleId } : {}),
      policyId: meta.policyId,
      policyHash: meta.policyHash,
      checks: meta.checks?.map((c) => ({ ruleId: c.ruleId, passed: c.passed })) ?? null,
      ...(meta.cause ? { cause: meta.cause } : {}),
    },
    reason,
  });
  return updated;
}

/** after `submit`, route by the checks: auto-approve, visit or review, in the same transaction. */
async function route(
  q: Sql,
  deps: ModuleDeps,
  actor: Actor,
  row: ApplicationRow,
  checks: SubmissionChecks,
  ctx: Ctx,
): Promise<ApplicationRow> {
  const prev = await lastApproved(q, row.holder_id, row.id);
  const employerChanged = prev ? prev.employer_id !== row.employer_id : row.kind === 'renewal_changed_employer';
  const dataChanged = !prev || prev.data_hash !== checks.dataHash;
  const facts = { ...row, employer_changed: employerChanged, data_changed: dataChanged };
  const cmd = routingCommand(domainApplication(facts), checks.checks, actor.id);
  const d = decideOrThrow(facts, cmd, ctx);
  const meta: Meta = {
    policyId: checks.policyId,
    policyHash: checks.policyHash,
    checks: checks.checks,
    extra: { employerChanged, dataChanged },
  };
  return persist(q, deps, actor, facts, cmd, d, meta, ctx.at);
}

/** The publication that made a case computable (P-2): named in the approval's event and audit entry. */
export interface PublicationCause {
  /** `policy_document:<id>`, as the checks' and due dates' audit entries name it. */
  cause: string;
  documentId: string | null;
  /** calendar, wage or version, and its year or id. */
  kind: string | null;
  key: string | null;
  /** The administrator who published it: the approval's audit entry keeps the request traceable. */
  actor?: Actor;
}

/**
 * P-2 (issue 17): a case in review whose data was missing is routed again,
 * exactly as at submission (the employer and data facts stored then, the
 * checks now computed), once the data is published. An R-1 renewal whose
 * checks now all pass is approved automatically with the publication as
 * its cause; any other case stays in review. Returns the approved row, or
 * null. Runs in the publishing transaction.
 */
export async function rerouteAfterPublication(
  q: Sql,
  deps: ModuleDeps,
  id: string,
  checks: readonly CheckOutcome[],
  publication: PublicationCause,
): Promise<ApplicationRow | null> {
  const row = await findApplication(q, id, true);
  if (!row || row.state !== 'under_review') return null;
  const cmd0 = routingCommand(domainApplication(row), checks, 'system');
  if (cmd0.action !== 'auto_approve') return null;
  // The holder's timeline (issue 17: L-5, L-4, L-7) and one approval per permit period (migration 008): a case either
  // would stop stays with the reviewer, who sees why; a publication is never aborted by it.
  const target = await timelineTarget(q, deps.policy.set(), row, 'approve', shanghaiDate(deps.clock.now()));
  if (!target.ok) return null;
  const permitId = target.period?.id ?? null;
  if (
    permitId &&
    (await q.maybeOne(`SELECT 1 FROM applications WHERE permit_id = $1 AND state = 'approved'`, [permitId]))
  )
    return null;
  const what =
    publication.kind === 'wage'
      ? `${publication.key}年职工月平均工资`
      : publication.kind === 'calendar'
        ? `${publication.key}年工作日历`
        : `政策数据 ${publication.key ?? ''}`.trim();
  const whatEn =
    publication.kind === 'wage'
      ? `the ${publication.key} average wage`
      : publication.kind === 'calendar'
        ? `the ${publication.key} working-day calendar`
        : `policy data ${publication.key ?? ''}`.trim();
  const reason = `P-2：${what}已发布（${publication.cause}），重新核查全部通过，按R-1自动核准 / ${whatEn} was published (${publication.cause}); every check now passes, approved automatically under R-1`;
  const cmd: Command = { ...cmd0, reason };
  const ctx = contextOf(deps);
  const d = decideOrThrow(row, cmd, ctx);
  const actor: Actor = publication.actor ?? { id: 'system', role: 'system' };
  const meta: Meta = {
    policyId: row.policy_id,
    policyHash: row.policy_hash,
    checks: [...checks],
    cause: {
      ruleId: 'P-2',
      publication: publication.cause,
      documentId: publication.documentId,
      kind: publication.kind,
      key: publication.key,
    },
  };
  return persist(q, deps, actor, row, cmd, d, meta, ctx.at);
}

/** Issue #12: a case a reviewer has claimed is decided by them; a colleague asks for it to be handed over. */
function assertNotHeldByOther(user: AuthUser, current: ApplicationRow): void {
  if (user.role !== 'reviewer' || current.assignee_id === null || current.assignee_id === user.id) return;
  throw fail(
    'REVIEW.HELD_BY_OTHER',
    text(
      '该案件已由其他审核人员认领；请对方移交给您后再办理',
      'Another reviewer holds this case; ask them to hand it over to you first',
    ),
    [],
    { ruleId: 'R-3', details: { assigneeId: current.assignee_id } },
  );
}

function conflict(expected: number, current: number): AppError {
  return fail(
    'APPLICATION.CONFLICT',
    text(
      `申请已被他人更新（您看到的是第${expected}版，当前为第${current}版），请刷新后重试`,
      `The application was changed by someone else (you saw version ${expected}, it is now version ${current}); reload it and try again`,
    ),
    [],
    { details: { expectedVersion: expected, currentVersion: current } },
  );
}

async function loadInput(deps: ModuleDeps, holderId: string): Promise<AssessmentInput> {
  const input = await loadHolderInput(deps, holderId);
  if (!input.ok) throw new AppError(input.error);
  return input.value;
}

/**
 * One action on an application, in one transaction: lock the row, check
 * the version, decide, store state + event + outbox + notifications +
 * audit, commit. A stale version is a 409; of two concurrent decisions one
 * wins. `submit` runs the automatic checks first; a hard failure stores
 * nothing (422).
 */
export async function actOnApplication(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  action: UserAction,
  body: ApplicationActionRequest,
): Promise<ApplicationDetail> {
  assertEmployerVerified(user);
  const cmd: Command = {
    action,
    role: user.role as Role,
    actorId: user.id,
    ...(body.reason ? { reason: body.reason } : {}),
  };
  const ctx = contextOf(deps);
  let input: AssessmentInput | undefined;
  if (action === 'submit') {
    const seen = await findApplication(deps.db, id);
    if (!seen || !canSee(user, seen)) throw notFound();
    decideOrThrow(seen, cmd, ctx);
    input = await loadInput(deps, seen.holder_id);
  }
  await deps.db
    .tx(async (q) => {
      const current = await findApplication(q, id, true);
      if (!current || !canSee(user, current)) throw notFound();
      if (current.version !== body.expectedVersion) throw conflict(body.expectedVersion, current.version);
      assertNotHeldByOther(user, current);
      const d = decideOrThrow(current, cmd, ctx);
      if (!input)
        return persist(
          q,
          deps,
          actor,
          current,
          cmd,
          d,
          { policyId: ctx.policyId, policyHash: ctx.policyHash, checks: null },
          ctx.at,
        );
      const policy = assessmentPolicyOn(deps.policy.set(), ctx.today);
      if (!policy.ok) throw new AppError(policy.error);
      const checks = runSubmissionChecks(input, ctx.today, policy.value);
      if (checks.blocking.length > 0) throw checksFailedError(checks.blocking, policy.value);
      const meta: Meta = {
        policyId: checks.policyId,
        policyHash: checks.policyHash,
        checks: checks.checks,
        extra: {
          dataHash: checks.dataHash,
          total: checks.total,
          policyId: checks.policyId,
          policyHash: checks.policyHash,
          checks: checks.checks,
        },
        submission: {
          pendingWageYear: checks.pendingWageYear,
          submittedOn: ctx.today,
          inputEnc: deps.pii.encrypt('application.input', JSON.stringify(input)),
        },
      };
      const submitted = await persist(q, deps, actor, current, cmd, d, meta, ctx.at);
      return route(q, deps, actor, submitted, checks, ctx);
    })
    .catch(async (error: unknown) => {
      if (!violates(error, ONE_APPROVED_PER_PERMIT)) throw error;
      const permitId = await currentPermitId(deps.db, (await findApplication(deps.db, id))?.holder_id ?? '');
      throw await approvedForPermitError(deps.db, permitId ?? '');
    });
  const row = await findApplication(deps.db, id);
  if (!row) throw notFound();
  return detailOf(deps, row, user);
}

/**
 * One person's move inside the caller's transaction, for a move that stores
 * a record of its own beside it (the signed paper confirmation): version
 * check, decision, state + event + messages + audit, as `actOnApplication`.
 */
export async function moveInTransaction(
  q: Sql,
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  current: ApplicationRow,
  action: Command['action'],
  expectedVersion: number,
  reason?: string,
): Promise<ApplicationRow> {
  if (current.version !== expectedVersion) throw conflict(expectedVersion, current.version);
  assertNotHeldByOther(user, current);
  const cmd: Command = { action, role: user.role as Role, actorId: user.id, ...(reason ? { reason } : {}) };
  const ctx = contextOf(deps);
  const d = decideOrThrow(current, cmd, ctx);
  return persist(
    q,
    deps,
    actor,
    current,
    cmd,
    d,
    { policyId: ctx.policyId, policyHash: ctx.policyHash, checks: null },
    ctx.at,
  );
}

/**
 * R-2 (issue 17): a holder who consented to move to another employer
 * leaves the old employer's open application behind; the system withdraws
 * it with the reason. It is decided as the holder's withdrawal (whose
 * consent ends it: the workflow's table allows that move) and stored as the
 * system's, so the history says the system did it and the old HR is told.
 * Returns the withdrawn application's number, or null when none was open.
 */
export async function withdrawOpenForTransfer(
  q: Sql,
  deps: ModuleDeps,
  cause: { holderId: string; employerId: string; requestId?: string },
  reason: string,
): Promise<{ id: string; number: string | null } | null> {
  const open = await q.maybeOne<{ id: string }>(
    "SELECT id FROM applications WHERE holder_id = $1 AND employer_id = $2 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [cause.holderId, cause.employerId],
  );
  if (!open) return null;
  const current = await findApplication(q, open.id, true);
  if (!current) return null;
  const ctx = contextOf(deps);
  const d = decideOrThrow(current, { action: 'withdraw', role: 'holder', actorId: 'system', reason }, ctx);
  const actor: Actor = { id: 'system', role: 'system', ...(cause.requestId ? { requestId: cause.requestId } : {}) };
  await persist(
    q,
    deps,
    actor,
    current,
    { action: 'withdraw', role: 'system', actorId: 'system', reason },
    d,
    { policyId: ctx.policyId, policyHash: ctx.policyHash, checks: null },
    ctx.at,
  );
  return { id: current.id, number: current.number };
}
