import { randomUUID } from 'node:crypto';
import type {
  ApplicationDetail,
  ApplicationSummary,
  ChecklistResponse,
  CreateApplicationRequest,
  ListApplicationsQuery,
} from '@jifen/contracts';
import { materialsChecklist } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { detailOf } from './applications.detail.ts';
import { employerForHolderRenewal } from './holder-renewal.ts';
import {
  findApplication,
  findHolderForEmployer,
  insertApplicationOnce,
  listApplicationRows,
  type ApplicationRow,
} from './applications.repository.ts';
import { ONE_OPEN_PER_HOLDER, openApplicationError, violates } from './applications.uniqueness.ts';
import { requireTimelineTarget } from './applications.timeline.ts';
import { assertEmployerVerified, canSee, notFound, scopeOf, toSummary, today } from './applications.view.ts';

/** The application if the user may see it (canSee); otherwise the same 404 as a missing one (docs/adr/0003). */
export async function visibleApplication(deps: ModuleDeps, user: AuthUser, id: string): Promise<ApplicationRow> {
  assertEmployerVerified(user);
  const row = await findApplication(deps.db, id);
  if (!row || !canSee(user, row)) throw notFound();
  return row;
}

/** The employer a new draft belongs to: HR's own (R-4, the holder registered with it), or the holder's for a renewal they start (issue 17). */
async function employerForDraft(deps: ModuleDeps, user: AuthUser, body: CreateApplicationRequest): Promise<string> {
  if (user.role === 'holder') return employerForHolderRenewal(deps.db, user, body);
  assertEmployerVerified(user);
  const employerId = user.employer?.id;
  if (user.role !== 'hr' || !employerId) throw denied.forbidden();
  const holder = await findHolderForEmployer(deps.db, body.holderId);
  if (!holder || holder.employer_id !== employerId) throw denied.notFound(msg('nouns.holder'));
  return employerId;
}

/**
 * A draft for a holder of the HR specialist's verified employer, or
 * the holder's own renewal, which goes to their verified employer's HR
 * for review and submission (issue 17; audited with the holder as actor). The
 * same Idempotency-Key returns the same application, however many requests
 * race: the unique (employer, key) decides, not a read before the write.
 */
export async function createApplication(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  idempotencyKey: string,
  body: CreateApplicationRequest,
): Promise<{ created: boolean; application: ApplicationDetail }> {
  const employerId = await employerForDraft(deps, user, body);
  // Issue 17: a lapsed permit (L-5) cannot be renewed; a draft may otherwise be prepared before the endorsement.
  await requireTimelineTarget(
    deps.db,
    deps.policy.set(),
    { holder_id: body.holderId, kind: body.kind, submitted_on: null },
    'create',
    today(deps).today,
  );
  const newId = randomUUID();
  // The unique (employer, key) makes a retry return its application; the
  // one-open-per-holder index refuses a second open one whatever the key.
  const id = await deps.db
    .tx(async (q) => {
      const at = deps.clock.now();
      const got = await insertApplicationOnce(q, {
        id: newId,
        holderId: body.holderId,
        employerId,
        kind: body.kind,
        createdBy: user.id,
        idempotencyKey,
        at,
      });
      if (got === newId) {
        await appendAudit(q, deps.clock, actor, {
          action: 'application.create',
          subjectType: 'application',
          subjectId: newId,
          after: {
            kind: body.kind,
            holderId: body.holderId,
            state: 'draft',
            number: (await findApplication(q, newId))?.number ?? null,
          },
        });
      }
      return got;
    })
    .catch(async (error: unknown) => {
      if (violates(error, ONE_OPEN_PER_HOLDER)) throw await openApplicationError(deps.db, body.holderId);
      throw error;
    });
  const row = await findApplication(deps.db, id);
  if (!row || !canSee(user, row)) throw notFound();
  // A retried request repeats its body; the same key with another holder or kind is a client bug, not a retry.
  if (id !== newId && (row.holder_id !== body.holderId || row.kind !== body.kind)) {
    throw fail('IDEMPOTENCY.CONFLICT', msg('applications.idempotencyKeyAlreadyUsed'), [], {
      details: { applicationId: row.id },
    });
  }
  return { created: id === newId, application: await detailOf(deps, row, user) };
}

export async function listApplications(
  deps: ModuleDeps,
  user: AuthUser,
  query: ListApplicationsQuery,
): Promise<ApplicationSummary[]> {
  const rows = await listApplicationRows(deps.db, scopeOf(user), query);
  return rows.map(toSummary);
}

export async function getApplication(deps: ModuleDeps, user: AuthUser, id: string): Promise<ApplicationDetail> {
  return detailOf(deps, await visibleApplication(deps, user, id), user);
}

/** The materials for the application's path: M-1..M-4 when the employer changed, none otherwise. */
export async function getChecklist(deps: ModuleDeps, user: AuthUser, id: string): Promise<ChecklistResponse> {
  const row = await visibleApplication(deps, user, id);
  const changed = row.employer_changed || row.kind === 'renewal_changed_employer' || row.state === 'awaiting_visit';
  const { policy } = today(deps);
  return { checklist: materialsChecklist(changed ? 'employer_changed' : 'employer_unchanged', policy) };
}
