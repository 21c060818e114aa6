import { randomUUID } from 'node:crypto';
import { decide, type CheckOutcome, type Command, type Decision, type DecisionContext } from '@jifen/domain';
import type { Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { maskIdNumbersInOptionalText } from '../../security/free-text.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  recordApproval,
  recordRenewalEnded,
  recordRenewalSubmitted,
} from '../points-records/points-records.service.ts';
import { storeMessages } from './applications.intents.ts';
import {
  insertEvent,
  updateApplication,
  type ApplicationPatch,
  type ApplicationRow,
} from './applications.repository.ts';
import { requireTimelineTarget } from './applications.timeline.ts';
import { domainApplication, today } from './applications.view.ts';
import { recordSubmissionData, type SubmissionData } from './pending-data.repository.ts';

/**
 * Issue 23 item 8: one decision of the workflow, decided and stored (state, event, points record, messages,
 * audit) in the caller's transaction. A person's action (applications.transition.ts) and the system's moves
 * (applications.system-moves.ts) both end here.
 */

/** The states of a submitted application: only those had cancelled the reminders. */
const SUBMITTED_STATES: readonly string[] = ['submitted', 'awaiting_visit', 'under_review', 'returned'];

export interface Meta {
  policyId: string | null;
  policyHash: string | null;
  checks: CheckOutcome[] | null;
  extra?: Omit<ApplicationPatch, 'state'>;
  /** P-2 / P-3 columns stored with the transition (pending data, the input it was decided on). */
  submission?: SubmissionData;
  /** What caused a system move besides a person's action (issue 17: the publication of the data a case waited for), for the audit entry. */
  cause?: Record<string, unknown>;
}

export type Ctx = DecisionContext & { at: Date; policyId: string; policyHash: string };

export function contextOf(deps: Pick<ModuleDeps, 'clock' | 'policy'>): Ctx {
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

export function decideOrThrow(row: ApplicationRow, cmd: Command, ctx: DecisionContext): Decision {
  const d = decide(domainApplication(row), cmd, ctx);
  if (!d.ok) throw new AppError(d.error);
  return d.value;
}

/** Stores one decision: state, event, messages and audit, in the caller's transaction (principle 3). */
export async function persist(
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
