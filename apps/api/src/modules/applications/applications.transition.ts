import type { ApplicationActionRequest, ApplicationDetail, UserAction } from '@jifen/contracts';
import { assessmentPolicyOn, routingCommand, type AssessmentInput, type Command, type Role } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, fail } from '../../errors.ts';
import { msg } from '@jifen/messages';
import { runSubmissionChecks, checksFailedError, type SubmissionChecks } from './applications.checks.ts';
import { contextOf, decideOrThrow, persist, type Ctx, type Meta } from './applications.decision.ts';
import { detailOf } from './applications.detail.ts';
import { findApplication, lastApproved, type ApplicationRow } from './applications.repository.ts';
import { assertEmployerVerified, canSee, domainApplication, notFound } from './applications.view.ts';
import { loadHolderInput } from './assessment-input.ts';
import {
  approvedForPermitError,
  currentPermitId,
  ONE_APPROVED_PER_PERMIT,
  violates,
} from './applications.uniqueness.ts';

/** A person's action on an application (issue 23 item 8: the system's moves are applications.system-moves.ts). */

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

/** Issue #12: a case a reviewer has claimed is decided by them; a colleague asks for it to be handed over. */
function assertNotHeldByOther(user: AuthUser, current: ApplicationRow): void {
  if (user.role !== 'reviewer' || current.assignee_id === null || current.assignee_id === user.id) return;
  throw fail('REVIEW.HELD_BY_OTHER', msg('applications.heldByOtherReviewer'), [], {
    ruleId: 'R-3',
    details: { assigneeId: current.assignee_id },
  });
}

function conflict(expected: number, current: number): AppError {
  return fail('APPLICATION.CONFLICT', msg('applications.versionConflict', { expected, current }), [], {
    details: { expectedVersion: expected, currentVersion: current },
  });
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
